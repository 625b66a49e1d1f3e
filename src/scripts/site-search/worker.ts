/**
 * The search worker: holds the index and runs every search off the page's main thread, so that
 * parsing index files, correcting words with Fuse.js and ranking never hold up typing or
 * scrolling. The page only draws the results it sends back.
 */
import { SearchSession } from '../../lib/search/session.ts';
import { messageOf } from '../../lib/errors.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let session: Promise<SearchSession> | null = null;
/** The newest search asked for on each channel. */
const latest = new Map<string, number>();
/** Fetching ahead for an answer, waiting until the page has drawn it. */
const afterDrawn = new Map<number, () => void>();

function open(base: string): Promise<SearchSession> {
  const root = new URL(base);
  session ??= SearchSession.open(async (path) => {
    const response = await fetch(new URL(path, root));
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return response.json() as Promise<unknown>;
  });
  return session;
}

/**
 * Runs the session's warm-up steps, one per task (searches go in between), so that the first
 * real keystroke does not pay for compiling the code and building the correction prefilter.
 */
function warmUp(ready: SearchSession) {
  const steps = ready.warmUp();
  const next = () => {
    steps.shift()?.();
    if (steps.length > 0) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

async function search(id: number, channel: string, request: Extract<ToWorker, { type: 'search' }>['request']) {
  const received = performance.now();
  latest.set(channel, id);
  const current = () => latest.get(channel) === id;
  try {
    const ready = await session!;
    const answer = current() ? await ready.answer(request, current) : null;
    if (answer) answer.timing.worker = performance.now() - received;
    scope.postMessage({ type: 'answer', id, answer });
    // Fetching ahead starts once results are showing (so the first results come with no extra
    // bytes), after the page has drawn them (so it does not compete with drawing), and is
    // skipped when the reader has typed on.
    if (answer && answer.results.total > 0 && current()) {
      afterDrawn.set(id, () => {
        if (!current()) return;
        void ready.prefetch(current, (prepared) => {
          scope.postMessage({ type: 'prepared', channel, prepared });
        });
      });
    }
  } catch (error) {
    scope.postMessage({ type: 'failed', id, message: messageOf(error) });
  }
}

scope.onmessage = ({ data }) => {
  if (data.type === 'open') {
    open(data.base).then(
      (ready) => {
        scope.postMessage({ type: 'ready' });
        warmUp(ready);
      },
      (error: unknown) => {
        scope.postMessage({ type: 'unavailable', message: messageOf(error) });
      },
    );
  } else if (data.type === 'drawn') {
    const prefetch = afterDrawn.get(data.id);
    afterDrawn.clear();
    prefetch?.();
  } else void search(data.id, data.channel, data.request);
};
