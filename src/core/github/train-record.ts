import type { TrainState } from '../train/train-types.ts';

/** The ref holding the merge train of a branch: a chain of commits, one per state, moved only forward. */
export const trainStateRef = (branch: string) => `refs/shopfloor/train/${branch}`;

/**
 * A train state as a commit message: a subject a person can read in `git log` (naming the handling that
 * wrote it, so a writer whose answer was lost recognises its own write), then the state as JSON. The
 * JSON is the state; the subject is only a summary.
 */
export function encodeTrainRecord(state: TrainState, writer: string): string {
  const riding = state.cars.map((car) => `${car.id}:${car.status}`).join(' ') || 'no cars';
  return `Shopfloor train at ${state.main.slice(0, 12)}: ${state.queue.length} queued, ${riding} (by ${writer.replace(/\s+/g, ' ')})\n\n${JSON.stringify(state)}\n`;
}

export type DecodedTrainRecord = { readonly ok: true; readonly state: TrainState } | { readonly ok: false; readonly error: string };

/** The state in a train commit's message; anything that is not one says why (the ref was written by someone else). */
export function decodeTrainRecord(message: string): DecodedTrainRecord {
  const at = message.indexOf('\n\n');
  if (at < 0) return { ok: false, error: 'the commit message has no JSON body after its subject' };
  let value: unknown;
  try {
    value = JSON.parse(message.slice(at + 2));
  } catch (error) {
    return { ok: false, error: `the JSON body does not parse (${(error as Error).message})` };
  }
  const state = value as Partial<TrainState> | null;
  const shaped = state !== null && typeof state === 'object' && state.version === 1 && typeof state.main === 'string' && Array.isArray(state.queue) && Array.isArray(state.cars) && Array.isArray(state.evictions) && typeof state.nextCar === 'number';
  return shaped ? { ok: true, state: state as TrainState } : { ok: false, error: 'the JSON body is not a version 1 train state' };
}
