import { describe, expect, test } from 'vitest';
import { findTurns } from '../../../src/pipeline/parse/find-turns.ts';
import { parsePrimaryText } from '../../../src/pipeline/parse/parse-primary.ts';
import { withoutRepairs } from '../../../src/pipeline/parse/transcript-repairs.ts';

const words = (lines: readonly string[], turn: { pieces: { line: number; start: number; end: number }[] }) =>
  turn.pieces.map((piece) => lines[piece.line]!.slice(piece.start, piece.end));

describe('findTurns', () => {
  const lines = [
    'Briefing by the Harbour Master',
    '10:02 A.M. EDT',
    'MS. OKAFOR:  Good morning.',
    'We opened the north quay today.',
    'Q    How many ships are waiting?',
    'MS. OKAFOR:  About forty. Over to you, Captain. DEPUTY HARBOUR MASTER TOMAS RIEL: Thanks.',
    'Q\u00a0\u00a0 And tomorrow?',
    'MR. RIEL: We will see.',
    '10:31 A.M. EDT',
  ];
  const { turns, statement } = findTurns(lines, 0);

  test('reads labels as printed, a question as a question, and a label in the middle of a line', () => {
    expect(statement).toBe(false);
    expect(turns.map((turn) => [turn.label, turn.question])).toEqual([
      ['MS. OKAFOR', false],
      ['Q', true],
      ['MS. OKAFOR', false],
      ['DEPUTY HARBOUR MASTER TOMAS RIEL', false],
      ['Q', true],
      ['MR. RIEL', false],
    ]);
  });

  test('gives each turn its words up to the next label, over the lines between', () => {
    expect(words(lines, turns[0]!)).toEqual(['Good morning.', 'We opened the north quay today.']);
    expect(words(lines, turns[2]!)).toEqual(['About forty. Over to you, Captain.']);
    expect(words(lines, turns[3]!)).toEqual(['Thanks.']);
    expect(words(lines, turns[4]!)).toEqual(['And tomorrow?']);
  });

  test('leaves the title, the header and time stamps to no one', () => {
    const spoken = new Set(turns.flatMap((turn) => turn.pieces.map((piece) => piece.line)));
    expect([0, 1, 8].filter((line) => spoken.has(line))).toEqual([]);
  });

  test('reads a text without any label as one statement, its title left out', () => {
    const statement = ['Statement on the north quay', 'The quay reopens today.', '', 'Ships may berth from noon.'];
    const found = findTurns(statement, 0);
    expect(found.statement).toBe(true);
    expect(found.turns).toHaveLength(1);
    expect(found.turns[0]!.label).toBeNull();
    expect(words(statement, found.turns[0]!)).toEqual(['The quay reopens today.', 'Ships may berth from noon.']);
  });

  test('takes a title-case label only when it opens more than one line, so that "Note: ..." stays a sentence', () => {
    const interview = ['Mr. Riel: We will see.', 'Ms. Okafor: Fine.', 'Mr. Riel: Good.', 'Note: times are local.'];
    expect(findTurns(interview).turns.map((turn) => turn.label)).toEqual(['Mr. Riel', 'Mr. Riel']);
  });

  test('does not read a single capital or a time as a label', () => {
    expect(findTurns(['A: fine', '10:30: late.', 'It was late: very.']).statement).toBe(true);
  });
});

describe('parsePrimaryText', () => {
  test('marks turn lines with their label, a mid-line label in turnMarks, and folds no repeated line away', () => {
    const text = 'Remarks\nMR. RIEL:  Thank you.\nThank you.\nAnd now. MS. ANNA OKAFOR: Yes.';
    const { tree } = parsePrimaryText(text);
    const data = tree.children.map((node) => node.data);
    expect(data.map((block) => block?.role)).toEqual(['headline', 'turn', 'paragraph', 'paragraph']);
    expect(data[1]?.speakerLabel).toBe('MR. RIEL');
    expect(data[2]?.duplicateOf).toBeUndefined();
    expect(data[3]?.turnMarks?.map((mark) => mark.label)).toEqual(['MS. ANNA OKAFOR']);
  });
});

describe('withoutRepairs', () => {
  test('blanks a dash and the word it repeats, and a word cut off before a dash, keeping every offset', () => {
    const line = 'we shipped 7.4 million — million liters to the st- — staging area, the — the port';
    const repaired = withoutRepairs(line);
    expect(repaired).toHaveLength(line.length);
    expect(repaired.replace(/\s+/gu, ' ')).toBe('we shipped 7.4 million liters to the staging area, the port');
  });
});
