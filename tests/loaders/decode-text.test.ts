import { describe, expect, test } from 'vitest';
import { decodeArticle } from '../../src/loaders/decode-text.ts';
import { MAX_ARTICLE_BYTES } from '../../src/lib/errors.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle (decodeText under the article limit)', () => {
  test('accepts plain UTF-8 text as it is', () => {
    expect(decodeArticle('a.txt', bytes('Headline\nBody “quoted”.'))).toEqual({
      ok: true,
      text: 'Headline\nBody “quoted”.',
    });
  });

  test('drops a UTF-8 byte order mark and turns CRLF and CR line endings into LF', () => {
    const input = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('One\r\nTwo\rThree\n')]);
    expect(decodeArticle('a.txt', input)).toEqual({ ok: true, text: 'One\nTwo\nThree\n' });
  });

  test('rejects an empty file', () => {
    const result = decodeArticle('empty.txt', new Uint8Array());
    expect(result).toMatchObject({ ok: false, problem: { file: 'empty.txt', code: 'empty' } });
  });

  test('rejects a file of only white space', () => {
    expect(decodeArticle('blank.txt', bytes(' \n\t\r\n  '))).toMatchObject({ ok: false, problem: { code: 'blank' } });
  });

  test('rejects Latin-1 text and names the line of the first bad byte', () => {
    const latin1 = new Uint8Array([...bytes('Fine line\nSecond line\nCaf'), 0xe9, ...bytes(' au lait\n')]);
    const result = decodeArticle('latin1.txt', latin1);
    expect(result).toMatchObject({ ok: false, problem: { code: 'not-utf8', line: 3 } });
    expect(!result.ok && result.problem.reason).toContain('line 3');
  });

  test('rejects a file with a NUL byte and names its line', () => {
    expect(decodeArticle('nul.txt', bytes('a\nb\u0000c'))).toMatchObject({
      ok: false,
      problem: { code: 'nul-byte', line: 2 },
    });
  });

  test(`rejects a file over the size limit of ${MAX_ARTICLE_BYTES} bytes`, () => {
    const result = decodeArticle('big.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61));
    expect(result).toMatchObject({ ok: false, problem: { code: 'too-large' } });
  });

  test('accepts a file of exactly the size limit', () => {
    expect(decodeArticle('max.txt', new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61)).ok).toBe(true);
  });
});
