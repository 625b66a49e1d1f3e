/**
 * Where the page's searches run: in a Web Worker, started when the search box is first used and
 * shared by every box on the page.
 */
import { PREPARED_TIMING, requestKey, type SearchAnswer, type SearchRequest } from '../../lib/search/session.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export interface SearchBackend {
  /** Answers a search; null when a newer search on the same channel replaced it early. */
  search(channel: string, request: SearchRequest): Promise<SearchAnswer | null>;
  /** Says that the channel's last answer is on screen: time to fetch ahead for the next keystroke. */
  drawn(channel: string): void;
  /** The answer to a search, when the worker prepared it ahead of the keystroke. */
  prepared(channel: string, request: SearchRequest): SearchAnswer | null;
  /** Calls `listener` with the query of each search the worker prepares ahead on the channel. */
  onPrepared(channel: string, listener: (q: string) => void): void;
}

function startWorker(base: string): Promise<SearchBackend> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'search' });
    const pending = new Map<
      number,
      { resolve: (answer: SearchAnswer | null) => void; reject: (error: Error) => void; sent: number }
    >();
    let next = 0;
    const asked = new Map<string, number>();
    const ready = new Map<string, Map<string, SearchAnswer>>();
    const listeners = new Map<string, (q: string) => void>();
    const backend: SearchBackend = {
      search(channel, request) {
        const id = ++next;
        asked.set(channel, id);
        return new Promise((done, fail) => {
          pending.set(id, { resolve: done, reject: fail, sent: performance.now() });
          worker.postMessage({ type: 'search', id, channel, request } satisfies ToWorker);
        });
      },
      prepared(channel, request) {
        const answer = ready.get(channel)?.get(requestKey(request)) ?? null;
        ready.delete(channel);
        return answer && { ...answer, timing: { ...PREPARED_TIMING } };
      },
      onPrepared(channel, listener) {
        listeners.set(channel, listener);
      },
      drawn(channel) {
        const id = asked.get(channel);
        if (id !== undefined) worker.postMessage({ type: 'drawn', id } satisfies ToWorker);
      },
    };
    worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'ready') resolve(backend);
      else if (data.type === 'unavailable') reject(new Error(data.message));
      else if (data.type === 'prepared') {
        const answers = ready.get(data.channel) ?? new Map<string, SearchAnswer>();
        answers.set(requestKey(data.prepared.request), data.prepared.answer);
        ready.set(data.channel, answers);
        listeners.get(data.channel)?.(data.prepared.request.state.q);
      } else {
        const waiting = pending.get(data.id);
        pending.delete(data.id);
        if (data.type === 'failed') waiting?.reject(new Error(data.message));
        else {
          if (data.answer && waiting) data.answer.timing.roundTrip = performance.now() - waiting.sent;
          waiting?.resolve(data.answer);
        }
      }
    });
    // A worker whose script cannot load or run.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the search worker did not start'));
      for (const waiting of pending.values()) waiting.reject(new Error('the search worker stopped'));
      pending.clear();
    });
    worker.postMessage({ type: 'open', base } satisfies ToWorker);
  });
}

let backend: Promise<SearchBackend> | null = null;

/** The page's search backend, started on first use; rejects when the worker or the index cannot be loaded. */
export function openBackend(base: string): Promise<SearchBackend> {
  backend ??= startWorker(new URL(base, window.location.href).href);
  return backend;
}
