import { describeTrainPlace, type TrainPlace } from './describe-train-place.ts';
import type { TrainState } from './train-types.ts';

const name = (key: string) => (/^pr#\d+$/.test(key) ? `#${key.slice(3)}` : key);

/**
 * A change's place in the merge train as plain lines, the same for the Writer and the tracking comment:
 * its position, the batch (car) it rides in with whom, which staging commit is being verified, or why it
 * was evicted with the evidence and how to re-queue. Commit ids are written whole so readers can link them.
 * `detail` is untrusted evidence text: the caller escapes it for its medium.
 */
export function trainPlaceLines(place: TrainPlace): string[] {
  if (place.kind === 'evicted') {
    const what = place.reason === 'conflict' ? 'it does not merge onto the train' : `the staging commit ${place.stagingSha ?? '(not built)'}${place.base ? ` on ${place.base}` : ''} failed${place.failingGates.length ? ` ${place.failingGates.join(', ')}` : ' its gates'}`;
    return [
      `Evicted from the merge train (car ${place.car}): ${what}, after ${place.attempts} verification${place.attempts === 1 ? '' : 's'}.`,
      ...(place.detail ? [`Evidence: ${place.detail.replace(/\s+/g, ' ').trim().slice(0, 500)}`] : []),
      ...(place.evidenceUrl ? [`Evidence link: ${place.evidenceUrl}`] : []),
      `To re-queue: ${place.requeue}`,
    ];
  }
  const lines = [`Merge train: position ${place.position} of ${place.queued} (priority ${place.priority}), head ${place.headSha}, on main ${place.main}.`];
  const car = place.car;
  if (!car) lines.push(place.waitsFor.length ? `Waits for a car, and for ${place.waitsFor.join(', ')} to land first.` : 'Waits for a car.');
  else {
    const others = car.members.filter((key) => key !== place.key).map(name);
    const batch = others.length ? `with ${others.join(', ')}` : 'alone';
    const staging = car.stagingSha
      ? `staging commit ${car.stagingSha}${car.base ? ` (on ${car.base})` : ''} ${car.status === 'verifying' ? `is being verified${car.attempt > 1 ? ` (attempt ${car.attempt})` : ''}` : car.status === 'passed' || car.status === 'landing' ? 'passed; landing' : car.status === 'failed' ? 'failed' : `is ${car.status}`}`
      : 'its staging commit is being built';
    const where = `${car.cars === 1 ? 'the only car' : `one of ${car.cars} cars verified at once`}, on ${car.ridesOn === undefined ? 'main' : `car ${car.ridesOn}`}`;
    lines.push(`Rides in car ${car.id} (${where}) ${batch}${car.bisecting ? ', verified again after a staging commit holding it failed' : ''}: ${staging}.`);
  }
  return lines;
}

/**
 * The place of a work order's change in any of `states` (one train per branch): the queued or evicted
 * entry naming that work order (on GitHub its key is the PR, `pr#<n>`; locally the work-order id).
 */
export function findTrainPlace(states: readonly TrainState[], workOrderId: string): TrainPlace | undefined {
  for (const state of states) {
    const key = state.queue.find((c) => c.workOrderId === workOrderId)?.key ?? state.evictions.find((e) => e.workOrderId === workOrderId)?.key;
    const place = key === undefined ? undefined : describeTrainPlace(state, key);
    if (place) return place;
  }
  return undefined;
}
