/**
 * Finds where in a speaker's words a quote most likely comes from: every turn of the speaker
 * across the story's primaries is indexed by word once; a quote's words vote for the stretch
 * they fall in (word position less quote position, in bands), and the best few stretches are
 * aligned in full. So a quote costs a few small alignments however long the transcripts are.
 */
import { alignWords, type Alignment } from './align-words.ts';
import type { PrimaryWord, QuoteWord } from './passage-words.ts';

/** One turn of a speaker: which primary and turn it is, and its words. */
export interface SpeakerTurn {
  primaryId: string;
  turn: number;
  words: PrimaryWord[];
}

/** A speaker's turns with an index from each word to where it is said. */
export interface SpeakerIndex {
  turns: SpeakerTurn[];
  positions: Map<string, { turn: number; at: number }[]>;
}

/** The best stretch found for a quote: the turn, the words aligned, and how. */
export interface PassageMatch {
  turn: SpeakerTurn;
  /** The window of the turn's words that was aligned (the alignment's primary indices are into it). */
  words: PrimaryWord[];
  alignment: Alignment;
}

// Positions are voted for in bands of this many words; the best CANDIDATES bands are aligned,
// with SLACK words either side (room for sentences an outlet skipped).
const BAND = 16;
const CANDIDATES = 3;
const SLACK = 60;
// A word said more often than this by the speaker says nothing about where a quote is.
const MAX_POSITIONS = 400;

/** Indexes a speaker's turns by word. */
export function indexSpeaker(turns: SpeakerTurn[]): SpeakerIndex {
  const positions = new Map<string, { turn: number; at: number }[]>();
  turns.forEach((turn, index) => {
    turn.words.forEach((word, at) => {
      let list = positions.get(word.word);
      if (!list) positions.set(word.word, (list = []));
      list.push({ turn: index, at });
    });
  });
  return { turns, positions };
}

/** The stretch of the speaker's words that fits the quote best, or null when no word of it is theirs. */
export function findPassage(index: SpeakerIndex, quote: readonly QuoteWord[]): PassageMatch | null {
  const votes = new Map<string, { turn: number; band: number; words: Set<number> }>();
  quote.forEach((word, q) => {
    if (word.inserted) return;
    const list = index.positions.get(word.word);
    if (!list || list.length > MAX_POSITIONS) return;
    for (const { turn, at } of list) {
      const band = Math.floor((at - q) / BAND);
      // A stretch near a band's edge counts for the next band too.
      for (const b of [band, band + 1]) {
        const key = `${turn}:${b}`;
        let vote = votes.get(key);
        if (!vote) votes.set(key, (vote = { turn, band: b, words: new Set() }));
        vote.words.add(q);
      }
    }
  });
  const ranked = [...votes.values()].sort((a, b) => b.words.size - a.words.size || a.turn - b.turn || a.band - b.band);
  let best: PassageMatch | null = null;
  const tried: { turn: number; from: number; to: number }[] = [];
  for (const vote of ranked) {
    if (tried.length === CANDIDATES) break;
    const turn = index.turns[vote.turn]!;
    const from = Math.max(0, vote.band * BAND - SLACK);
    const to = Math.min(turn.words.length, vote.band * BAND + quote.length + BAND + SLACK);
    if (tried.some((other) => other.turn === vote.turn && other.from <= from && other.to >= to)) continue;
    tried.push({ turn: vote.turn, from, to });
    const words = turn.words.slice(from, to);
    const alignment = alignWords(quote, words);
    if (!best || alignment.score > best.alignment.score) best = { turn, words, alignment };
  }
  return best;
}
