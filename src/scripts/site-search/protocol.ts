/**
 * Messages between the page and the search worker. The page asks for searches on a channel (one
 * per search box); the worker answers each, or says it was replaced by a newer search on the same
 * channel before it finished.
 */
import type { PreparedAnswer, SearchAnswer, SearchRequest } from '../../lib/search/session.ts';

export type ToWorker =
  /** Load the index below `base` (an absolute URL ending in `/`). */
  | { type: 'open'; base: string }
  | { type: 'search'; id: number; channel: string; request: SearchRequest }
  /** The answer to search `id` is on screen: the worker may fetch ahead now, between keystrokes. */
  | { type: 'drawn'; id: number };

export type FromWorker =
  | { type: 'ready' }
  /** The index could not be loaded. */
  | { type: 'unavailable'; message: string }
  /** `answer` is null when a newer search on the same channel replaced this one before its postings were loaded. */
  | { type: 'answer'; id: number; answer: SearchAnswer | null }
  | { type: 'failed'; id: number; message: string }
  /** The answer to one of the likeliest next searches on a channel, worked out ahead, for the next keystroke only. */
  | { type: 'prepared'; channel: string; prepared: PreparedAnswer };
