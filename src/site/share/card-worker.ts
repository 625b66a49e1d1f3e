/**
 * A worker thread that draws share cards for a build (see card-painters.ts): it receives a card
 * and the file it goes to in the card cache, draws and writes it, and answers with the file, or
 * with the error that stopped it.
 */
import { parentPort } from 'node:worker_threads';
import type { ShareCard } from './card.ts';
import { drawCard, writeCard } from './draw-card.ts';

export interface CardJob {
  file: string;
  card: ShareCard;
}
export interface CardDone {
  file: string;
  /** Why the card could not be drawn; absent when it was. */
  error?: string;
}

if (parentPort === null) throw new Error('card-worker.ts runs as a worker thread (see card-painters.ts)');
const port = parentPort;
port.on('message', ({ file, card }: CardJob) => {
  let answer: CardDone;
  try {
    writeCard(file, drawCard(card));
    answer = { file };
  } catch (error) {
    answer = { file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(answer);
});
