import { MAX_ARTICLE_BYTES, problems, type ContentProblem } from '../lib/errors.ts';

/** The text of a file that passed every check, or the reason it did not. */
export type DecodedText = { ok: true; text: string } | { ok: false; problem: ContentProblem };

/** Where a file is: its path relative to the content folder, and its story. */
export type FileAt = Pick<ContentProblem, 'file' | 'storyId'>;

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** 1-based line number of the byte at `index`. */
function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return bytes.length;
}

/**
 * Checks the bytes of one text file (an article or a primary source) and decodes them.
 * Accepts a UTF-8 byte order mark (dropped) and CRLF or CR line endings (turned into LF),
 * so that line numbers and offsets mean the same on every platform.
 */
export function decodeText(at: FileAt, bytes: Uint8Array, limit: number): DecodedText {
  if (bytes.length === 0) return { ok: false, problem: problems.empty(at) };
  if (bytes.length > limit) return { ok: false, problem: problems.tooLarge(at, bytes.length, limit) };
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: problems.nulByte(at, lineOfByte(bytes, nul)) };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, problem: problems.notUtf8(at, lineOfByte(bytes, firstInvalidUtf8(bytes))) };
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, problem: problems.blank(at) };
  return { ok: true, text };
}

/** Checks and decodes an article file, under the article size limit. */
export function decodeArticle(file: string, bytes: Uint8Array): DecodedText {
  return decodeText({ file }, bytes, MAX_ARTICLE_BYTES);
}
