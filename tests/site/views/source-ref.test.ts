import { describe, expect, test } from 'vitest';
import { sourceLine, sourceRef } from '../../../src/site/views/source-ref.ts';
import { storyOf } from '../../support/story.ts';

const story = storyOf('s', {
  a: {
    text: 'A headline\nBody.',
    facts: { outlet: 'South China Morning Post', published: '2024-10-31', wire: 'Associated Press' },
  },
  b: { text: 'Another headline\nBody.' },
});

describe('sourceRef', () => {
  test('names a source by its outlet, with its date for people and for <time>, and the wire it carries', () => {
    const source = sourceRef(story.articleById.get('a')!);
    expect(source).toMatchObject({
      name: 'South China Morning Post',
      named: true,
      published: '2024-10-31',
      date: '31 October 2024',
      wire: 'Associated Press',
      title: 'A headline',
      href: '/articles/a/',
    });
    expect(sourceLine(source)).toBe('South China Morning Post, 31 October 2024 (Associated Press)');
  });

  test('says when the outlet is not known, and never puts the headline in its place', () => {
    const source = sourceRef(story.articleById.get('b')!);
    expect(source.name).toBe('Outlet not stated');
    expect(source.named).toBe(false);
    expect(source.date).toBeNull();
    expect(source.title).toBe('Another headline');
  });
});
