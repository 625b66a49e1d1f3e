import { describe, expect, test } from 'vitest';
import type { Claim } from '../../../../src/lib/schemas.ts';
import { storyPeople, unifyPeople } from '../../../../src/pipeline/extract/people/story-people.ts';
import { processArticle } from '../../../../src/pipeline/process-article.ts';

// One invented story told by four outlets, each naming its people its own way.
const ARTICLES: Record<string, string> = {
  a: [
    'Defense chief warns of troop build-up',
    'US Defense Secretary Jonah K. Mercer III said on Monday that about 5,000 troops had moved to the border.',
    '"We are watching this very closely," Mercer said.',
    'Foreign Minister Lena Park of Veloria said her government "will not be provoked."',
  ].join('\n'),
  b: [
    'Secretary says build-up is real',
    'Jonah Mercer told reporters in Rome the build-up was "real and growing."',
    'Min-jun Park, a Veloran army spokesman, said the troops "are on exercises."',
  ].join('\n'),
  c: [
    'Build-up on the border',
    'Defense Secretary Mercer said the troops were "ready to move."',
    '"It is a dangerous moment," the secretary added.',
  ].join('\n'),
  d: [
    'Border talks',
    'The defense secretary said the build-up was "a dangerous moment for the region."',
    '"We have seen no sign of it," Park said.',
  ].join('\n'),
};

const claims = (): Claim[] => Object.entries(ARTICLES).flatMap(([id, text]) => processArticle(id, text).claims);
const speakers = (list: readonly Claim[], articleId: string) =>
  list.flatMap((claim) => (claim.kind === 'quote' && claim.articleId === articleId ? [claim.speaker] : []));

describe('storyPeople', () => {
  const people = storyPeople(claims());

  test('makes one person of every name a story writes for them, called by the fullest', () => {
    const mercer = people.people.find((person) => person.name === 'Jonah K. Mercer III');
    expect(mercer?.names.sort()).toEqual(['Jonah K. Mercer III', 'Jonah Mercer', 'Mercer']);
    expect(mercer?.role).toBe('US Defense Secretary');
  });

  test('keeps two people who share a family name apart, and a bare family name with neither', () => {
    expect(people.named('Lena Park')?.name).toBe('Lena Park');
    expect(people.named('Min-jun Park')?.name).toBe('Min-jun Park');
    expect(people.named('Park')).toBeUndefined();
  });

  test('reads a description by the one holder of its title in the story, never an anonymous one', () => {
    expect(people.holding('defense secretary')?.name).toBe('Jonah K. Mercer III');
    expect(people.holding('secretary')?.name).toBe('Jonah K. Mercer III');
    expect(people.holding('Veloran army spokesman')).toBeUndefined();
    expect(people.holding('senior official')).toBeUndefined();
  });

  test('never reads a former, then or unnamed holder of a title as the holder the story names', () => {
    expect(people.holding('former defense secretary')).toBeUndefined();
    expect(people.holding('then secretary')).toBeUndefined();
    expect(people.holding('unnamed defense secretary')).toBeUndefined();
  });

  test('resolves transcript speaker labels to the story people', () => {
    expect(people.labelled('MR. MERCER:')?.name).toBe('Jonah K. Mercer III');
    expect(people.labelled('SECRETARY MERCER')?.name).toBe('Jonah K. Mercer III');
    expect(people.labelled('MS. PARK')).toBeUndefined();
    expect(people.labelled('MINISTER LENA PARK')?.name).toBe('Lena Park');
    expect(people.labelled('Q')).toBeUndefined();
    expect(people.labelled('MODERATOR')).toBeUndefined();
  });
});

describe('unifyPeople', () => {
  const before = claims();
  const after = unifyPeople(before);

  test('names every quote of one person with the same name, in every article', () => {
    expect(speakers(before, 'b')[0]).toBe('Jonah Mercer');
    for (const article of ['a', 'b', 'c']) expect(speakers(after, article)[0]).toBe('Jonah K. Mercer III');
    expect(speakers(after, 'c')).toEqual(['Jonah K. Mercer III', 'Jonah K. Mercer III']);
  });

  test('gives a title the text names no holder for to the story’s one holder, and leaves an ambiguous name as written', () => {
    expect(speakers(before, 'd')).toEqual(['defense secretary', 'Park']);
    expect(speakers(after, 'd')).toEqual(['Jonah K. Mercer III', 'Park']);
  });

  test('names people and attributions the same way, and keeps every id, offset and text', () => {
    const names = after.flatMap((claim) => (claim.kind === 'person' ? [claim.name] : []));
    expect(names).not.toContain('Mercer');
    expect(after.find((claim) => claim.kind === 'figure')).toMatchObject({ attribution: 'Jonah K. Mercer III' });
    expect(
      after.map(({ id, articleId, line, start, end, text }) => ({ id, articleId, line, start, end, text })),
    ).toEqual(before.map(({ id, articleId, line, start, end, text }) => ({ id, articleId, line, start, end, text })));
  });
});
