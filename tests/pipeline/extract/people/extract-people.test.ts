import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import extractPeople from '../../../../src/pipeline/extract/extract-people.ts';
import '../../../../src/pipeline/file-data.ts';
import parseArticle, { splitLines } from '../../../../src/pipeline/parse/parse-article.ts';
import { fixtureCases } from '../../../support/fixtures.ts';

const processor = unified().use(parseArticle).use(extractPeople).freeze();

/** The person claims of a text, without ids, in document order. */
function people(text: string) {
  const lines = splitLines(text);
  const file = new VFile({ value: text, data: { articleId: 'test', lines, claims: [] } });
  processor.runSync(processor.parse(file), file);
  return (file.data.claims ?? []).flatMap((claim) => {
    if (claim.kind !== 'person') return [];
    expect(lines[claim.line]!.slice(claim.start, claim.end)).toBe(claim.text);
    return [{ line: claim.line, text: claim.text, name: claim.name, role: claim.role }];
  });
}

describe('extractPeople', () => {
  fixtureCases(new URL('./fixtures/', import.meta.url), people);

  test('the roster is shared on file.data for the collectors that run after it', () => {
    const text = 'Defense Minister Kim Yong-hyun spoke.\nKim said talks went well.\n';
    const file = new VFile({ value: text, data: { articleId: 'test', lines: splitLines(text), claims: [] } });
    processor.runSync(processor.parse(file), file);
    expect(file.data.people?.map((person) => [person.name, person.mentions.length])).toEqual([['Kim Yong-hyun', 2]]);
  });

  test('a text that names no one yields no person claims', () => {
    expect(people('Storm closes pass\nThe North Korea border stayed closed on Monday, officials said.\n')).toEqual([]);
  });
});
