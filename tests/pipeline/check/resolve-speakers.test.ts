import { describe, expect, test } from 'vitest';
import { resolveSpeaker, type KnownPerson } from '../../../src/pipeline/check/resolve-speakers.ts';

const story = (name: string, role: string | null = null): KnownPerson => ({ name, role, from: 'story' });
const title = (name: string, role: string | null = null): KnownPerson => ({ name, role, from: 'title' });

describe('resolveSpeaker', () => {
  test('reads a courtesy title and a surname as the person of that name the story knows', () => {
    expect(resolveSpeaker('MR. RIEL', [story('Tomas Riel', 'harbour master')])).toMatchObject({
      name: 'Tomas Riel',
      how: 'name',
    });
  });

  test('reads a role and a full name as the story’s person, in the name the articles use most', () => {
    const people = [story('Anna B. Okafor III'), story('Anna Okafor'), story('Anna Okafor')];
    expect(resolveSpeaker('MINISTER OF PORTS ANNA OKAFOR', people)?.name).toBe('Anna Okafor');
  });

  test('reads a role alone as the one holder of that role the title names, before those of the text or story', () => {
    const people = [title('Okafor', 'Minister'), story('Marta Lind', 'Minister'), story('Anna Okafor')];
    expect(resolveSpeaker('THE MINISTER', people)).toMatchObject({ name: 'Anna Okafor', how: 'role' });
  });

  test('leaves a role alone unresolved when two people hold it at the same level', () => {
    expect(
      resolveSpeaker('THE MINISTER', [story('Anna Okafor', 'Minister'), story('Marta Lind', 'Minister')]),
    ).toBeNull();
  });

  test('does not take a vice minister for the minister', () => {
    expect(resolveSpeaker('THE MINISTER', [title('Lind', 'Vice Minister')])).toBeNull();
  });

  test('tells two people of one surname apart by the role the label prints, and not at all without it', () => {
    const people = [story('Anna Kim', 'ports minister'), story('Jae Kim', 'trade envoy')];
    expect(resolveSpeaker('MINISTER KIM', people)?.name).toBe('Anna Kim');
    expect(resolveSpeaker('MR. KIM', people)).toBeNull();
  });

  test('keeps the name a label prints when no one known has it', () => {
    expect(resolveSpeaker('PORT PRESS SECRETARY MAJOR GENERAL PAT RYE', [])).toMatchObject({
      name: 'Pat Rye',
      how: 'label',
    });
    expect(resolveSpeaker('MR. RYE', [])).toMatchObject({ name: 'Rye', how: 'label' });
  });

  test('says nothing of a label that names no one and no known role', () => {
    expect(resolveSpeaker('MODERATOR', [])).toBeNull();
  });
});
