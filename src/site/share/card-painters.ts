/**
 * The painters of a build's share cards: worker threads (card-worker.ts) that draw the cards no
 * earlier build left in the card cache, while the build's own thread goes on rendering pages. A
 * card goes to the painter with the fewest cards waiting; a card asked for twice is drawn once.
 * Used by the `share-cards` integration in astro.config.mjs, which closes the painters once the
 * last card is drawn.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from './card.ts';
import type { CardDone, CardJob } from './card-worker.ts';

interface Painter {
  worker: Worker;
  waiting: number;
  /** False once the worker stopped on an error: it is given no more cards. */
  alive: boolean;
}

interface Pending {
  promise: Promise<string>;
  resolve: (file: string) => void;
  reject: (error: Error) => void;
  painter: Painter;
}

/**
 * How many painters a build starts: SHARE_CARD_PAINTERS, else one per core. (The build's own
 * thread renders pages meanwhile; on two cores two painters drew 16,686 cards sooner than one,
 * the operating system sharing the cores between them and the pages.)
 */
export function painterCount(): number {
  const asked = Number(process.env.SHARE_CARD_PAINTERS);
  return Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
}

export class CardPainters {
  readonly #painters: Painter[];
  readonly #pending = new Map<string, Pending>();
  #drawn = 0;

  constructor(count = painterCount()) {
    this.#painters = Array.from({ length: count }, () => {
      const painter: Painter = {
        worker: new Worker(new URL('./card-worker.ts', import.meta.url)),
        waiting: 0,
        alive: true,
      };
      painter.worker.on('message', ({ file, error }: CardDone) => {
        this.#done(painter, file, error);
      });
      painter.worker.on('error', (error) => {
        this.#fail(painter, error);
      });
      // A painter with nothing to draw does not keep the build's process alive.
      painter.worker.unref();
      return painter;
    });
  }

  /** Draws a card into `file` (its place in the card cache); resolves with the file once it is written. */
  draw(file: string, card: ShareCard): Promise<string> {
    const pending = this.#pending.get(file);
    if (pending) return pending.promise;
    const painter = this.#painters
      .filter(({ alive }) => alive)
      .reduce<Painter | undefined>(
        (least, candidate) => (least && least.waiting <= candidate.waiting ? least : candidate),
        undefined,
      );
    if (painter === undefined)
      return Promise.reject(new Error(`share cards: every painter stopped, so ${file} cannot be drawn`));
    let resolve!: (file: string) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<string>((done, fail) => {
      resolve = done;
      reject = fail;
    });
    this.#pending.set(file, { promise, resolve, reject, painter });
    painter.waiting++;
    painter.worker.ref();
    painter.worker.postMessage({ file, card } satisfies CardJob);
    return promise;
  }

  /** Cards drawn so far. */
  get drawn(): number {
    return this.#drawn;
  }

  /** Stops the painters (a card still waiting is refused). */
  async close(): Promise<void> {
    for (const { reject } of this.#pending.values()) reject(new Error('share cards: the painters were closed'));
    this.#pending.clear();
    await Promise.all(this.#painters.map(({ worker }) => worker.terminate()));
  }

  #done(painter: Painter, file: string, error: string | undefined): void {
    const pending = this.#pending.get(file);
    if (pending === undefined) return;
    this.#pending.delete(file);
    if (--painter.waiting === 0) painter.worker.unref();
    if (error === undefined) {
      this.#drawn++;
      pending.resolve(file);
    } else pending.reject(new Error(`share cards: ${file} could not be drawn: ${error}`));
  }

  /** A painter that stopped: every card it was given is refused, so the build fails rather than waits. */
  #fail(painter: Painter, error: Error): void {
    for (const [file, pending] of this.#pending)
      if (pending.painter === painter) {
        this.#pending.delete(file);
        pending.reject(new Error(`share cards: a painter stopped before drawing ${file}: ${error.message}`));
      }
    painter.waiting = 0;
    painter.alive = false;
  }
}
