/**
 * Speaker turns of a primary source (a transcript), as printed: "MR. KIRBY:  ...",
 * "SECRETARY OF DEFENSE LLOYD AUSTIN: ...", "Q    ...", a turn that starts in the middle of a
 * line ("... over to you sir. SECRETARY OF DEFENSE LLOYD AUSTIN: Thanks, Pat."), and lines with
 * no speaker (a header, a time stamp). Rules read the shape of a label, never particular names.
 */

/** One stretch of a turn's words on one line: `lines[line].slice(start, end)`. */
export interface TurnPiece {
  line: number;
  start: number;
  end: number;
}

/** A speaker turn: its label as printed and where its words are, line by line. */
export interface Turn {
  /** The label as printed ("MR. KIRBY", "Q"); null for a statement read as one speaker's. */
  label: string | null;
  /** True for a reporter's question ("Q"): never the words of a named speaker. */
  question: boolean;
  /** 0-based line of the label, and where the label starts in it. */
  line: number;
  labelStart: number;
  /** The turn's words, one piece per line, in order; the first starts after the label. */
  pieces: TurnPiece[];
}

/** The turns of a primary, and the lines that belong to none (title, header, time stamps). */
export interface PrimaryTurns {
  turns: Turn[];
  /** True when the text has no speaker label at all, so it is read as one statement. */
  statement: boolean;
}

// An upper-case label: words of capitals (with dots, hyphens, apostrophes: "MR.", "JEAN-PIERRE",
// "O’BRIEN"), joined by single spaces; at least two letters in all.
const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’\-]*`;
const CAPS_LABEL = String.raw`${CAPS_WORD}(?: ${CAPS_WORD}){0,7}`;
// A label that opens a line: capitals and a colon, or a lone "Q" (the reporter) with a colon,
// a full stop, two spaces or a no-break space, as transcripts print it.
const LINE_LABEL = new RegExp(
  String.raw`^[ \t]*(?:(${CAPS_LABEL})[ \t]*:|(Q)(?::|\.(?=\s)|(?=[ \t\u00a0]{2}|\u00a0)))[ \t\u00a0]*`,
  'u',
);
// A title-case label that opens a line ("Mr. Kirby:", "Secretary Austin:"): read as a label only
// when the same label opens another line too, as speakers speak more than once.
const TITLE_LABEL = /^[ \t]*((?:\p{Lu}[\p{L}.'’-]*)(?: (?:of|the|\p{Lu}[\p{L}.'’-]*)){0,5}):[ \t\u00a0]+(?=\S)/u;
// A label in the middle of a line: after the end of a sentence, capitals and a colon.
const MID_LABEL = new RegExp(String.raw`(?<=[.!?…"”)][ \t\u00a0]+)(${CAPS_LABEL}):[ \t\u00a0]+`, 'gu');
// Lines that are no one's words: time stamps ("11:12 A.M. EDT", "END 2:01 P.M. EDT"), "###".
const NOT_SPEECH =
  /^\s*(?:(?:end\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?(?:\s+\p{Lu}{2,4})?|#{1,3}|-?\s*end\s*-?)\s*$/iu;

/** Whether an upper-case label is a label and not a shouted word: two letters at least, some of them a word. */
function isCapsLabel(label: string): boolean {
  return (label.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

interface LabelAt {
  line: number;
  labelStart: number;
  start: number;
  label: string;
  question: boolean;
}

function labelsOf(lines: readonly string[]): LabelAt[] {
  const titleLabels = new Map<string, number>();
  for (const text of lines) {
    const label = TITLE_LABEL.exec(text)?.[1];
    if (label !== undefined && /\p{Ll}/u.test(label)) titleLabels.set(label, (titleLabels.get(label) ?? 0) + 1);
  }
  const found: LabelAt[] = [];
  lines.forEach((text, line) => {
    const atStart = LINE_LABEL.exec(text);
    const caps = atStart?.[1];
    if (atStart && (caps === undefined || isCapsLabel(caps))) {
      const label = caps ?? 'Q';
      found.push({
        line,
        labelStart: atStart.index + atStart[0].search(/\S/u),
        start: atStart[0].length,
        label,
        question: caps === undefined,
      });
    } else {
      const title = TITLE_LABEL.exec(text);
      if (title && (titleLabels.get(title[1]!) ?? 0) >= 2)
        found.push({
          line,
          labelStart: title[0].search(/\S/u),
          start: title[0].length,
          label: title[1]!,
          question: false,
        });
    }
    for (const match of text.matchAll(MID_LABEL)) {
      if (!isCapsLabel(match[1]!) || match[1]!.split(' ').length < 2) continue;
      found.push({
        line,
        labelStart: match.index,
        start: match.index + match[0].length,
        label: match[1]!,
        question: false,
      });
    }
  });
  return found.sort((a, b) => a.line - b.line || a.labelStart - b.labelStart);
}

/** The end of a line's words: before trailing white space. */
function trimmedEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/u.test(text[at - 1]!)) at--;
  return at;
}

/**
 * Finds the speaker turns of a primary's lines. A turn runs from its label to the next label,
 * over the lines between; lines before the first label (title, place, time) are no one's, and so
 * are time stamps. A text without any label is one statement: every line but the title
 * (`titleLine`, when the first line is the title) is its words.
 */
export function findTurns(lines: readonly string[], titleLine: number | null = null): PrimaryTurns {
  const labels = labelsOf(lines);
  const piece = (line: number, start: number, end: number): TurnPiece[] => {
    const text = lines[line]!;
    const from = start + (/^\s*/u.exec(text.slice(start))?.[0].length ?? 0);
    const to = trimmedEnd(text, from, end);
    return to > from && !NOT_SPEECH.test(text.slice(from, to)) ? [{ line, start: from, end: to }] : [];
  };
  if (labels.length === 0) {
    const pieces = lines.flatMap((text, line) => (line === titleLine ? [] : piece(line, 0, text.length)));
    const first = pieces[0];
    return {
      turns: first ? [{ label: null, question: false, line: first.line, labelStart: first.start, pieces }] : [],
      statement: true,
    };
  }
  const turns = labels.map((at, index): Turn => {
    const next = labels[index + 1];
    const lastLine = next ? next.line : lines.length - 1;
    const pieces: TurnPiece[] = [];
    for (let line = at.line; line <= lastLine; line++) {
      const start = line === at.line ? at.start : 0;
      const end = next?.line === line ? next.labelStart : lines[line]!.length;
      pieces.push(...piece(line, start, end));
    }
    return { label: at.label, question: at.question, line: at.line, labelStart: at.labelStart, pieces };
  });
  return { turns, statement: false };
}
