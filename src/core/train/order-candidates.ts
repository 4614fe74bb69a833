import { trainPriorities, type TrainCandidate } from './train-types.ts';

const rank = (candidate: TrainCandidate) => trainPriorities.indexOf(candidate.priority);

/** Priority first, then age, then key, so every replica orders alike. */
export function compareCandidates(a: TrainCandidate, b: TrainCandidate): number {
  return rank(a) - rank(b) || a.enqueuedAt - b.enqueuedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Up to `limit` waiting candidates for the next car, in landing order: the best-ranked candidate whose
 * dependencies are all placed ahead (in `placed`, or earlier in this pick) goes next. A candidate whose
 * dependency is neither on main nor placed waits.
 */
export function pickBatch(waiting: readonly TrainCandidate[], placed: ReadonlySet<string>, limit: number): TrainCandidate[] {
  const sorted = [...waiting].sort(compareCandidates);
  const seen = new Set(placed);
  const picked: TrainCandidate[] = [];
  while (picked.length < limit) {
    const next = sorted.find((c) => !picked.includes(c) && c.dependsOn.every((d) => seen.has(d)));
    if (!next) break;
    picked.push(next);
    seen.add(next.workOrderId);
  }
  return picked;
}
