import { carTree } from './car-tree.ts';
import type { CarStatus, EvictionReason, TrainPriority, TrainState } from './train-types.ts';

/** The staging commit (car) a change rides in, as a reader sees it. */
export interface TrainPlaceCar {
  readonly id: number;
  /** Keys of every change the car's tree adds to main, in merge order (this one included): what lands with it. */
  readonly members: readonly string[];
  readonly status: CarStatus;
  /** 1-based place of the car among the cars in flight. */
  readonly index: number;
  /** Cars in flight (verified at once, side by side or one on another). */
  readonly cars: number;
  /** The car this one is built on; absent: built on main. */
  readonly ridesOn?: number;
  /** The commit the car is built on: main, or the staging commit of the car it rides on; absent until planned. */
  readonly base?: string;
  /** The staging commit being (or to be) verified; absent while it is being built. */
  readonly stagingSha?: string;
  /** Verification runs started on `stagingSha` (a retry after a flake raises it). */
  readonly attempt: number;
  /** The car holds a change a failed staging commit held too: it is being verified again to find the culprit. */
  readonly bisecting: boolean;
}

/** Where one change stands in the train; pure data for the Writer, the tracking comment and the checks. */
export type TrainPlace =
  | {
      readonly kind: 'queued';
      readonly key: string;
      readonly workOrderId: string;
      readonly headSha: string;
      readonly priority: TrainPriority;
      /** 1-based place among everything queued: cars first in order, then the waiting ones in queue order. */
      readonly position: number;
      readonly queued: number;
      /** The main the train builds on. */
      readonly main: string;
      /** Absent while it waits for a car. */
      readonly car?: TrainPlaceCar;
      /** Work-order ids it waits for (not on main and not ahead of it in the train). */
      readonly waitsFor: readonly string[];
      /** A staging commit that held it failed: the train verifies it again, in smaller trees, until it lands or fails alone. */
      readonly suspect: boolean;
    }
  | {
      readonly kind: 'evicted';
      readonly key: string;
      readonly workOrderId: string;
      readonly headSha: string;
      readonly reason: EvictionReason;
      /** The car it was evicted from and the staging commit that failed (absent for a merge conflict). */
      readonly car: number;
      readonly base?: string;
      readonly stagingSha?: string;
      readonly failingGates: readonly string[];
      readonly attempts: number;
      /** The first http(s) link in `detail` (the failing report or run document), when there is one. */
      readonly evidenceUrl?: string;
      /** The driver's evidence text (the failing report's summary, a conflict's message), as data: escape it when rendering. */
      readonly detail?: string;
      /** How to bring it back. */
      readonly requeue: string;
    };

/** The first http(s) link in the driver's evidence text (the App writes "signed report … (<url>)"). */
function firstLink(text: string): string | undefined {
  for (const [match] of text.matchAll(/https?:\/\/[^\s)<>"'`]+/g)) {
    try {
      return new URL(match).href;
    } catch {
      continue;
    }
  }
  return undefined;
}

/**
 * Where `key` (`pr#12` on GitHub, a work-order id locally) stands in `state`: queued (with its car and
 * the staging commit being verified) or evicted (with the evidence); `undefined` when the train does not
 * hold it (never queued, dequeued, or landed: a landed change is on main).
 */
export function describeTrainPlace(state: TrainState, key: string): TrainPlace | undefined {
  const candidate = state.queue.find((c) => c.key === key);
  if (!candidate) {
    const eviction = state.evictions.find((e) => e.key === key);
    if (!eviction) return undefined;
    const { evidence } = eviction;
    return {
      kind: 'evicted', key, workOrderId: eviction.workOrderId, headSha: eviction.headSha, reason: eviction.reason,
      car: evidence.car, ...(evidence.base ? { base: evidence.base } : {}), ...(evidence.sha ? { stagingSha: evidence.sha } : {}),
      failingGates: evidence.failingGates, attempts: evidence.attempts,
      ...(evidence.detail !== undefined ? { detail: evidence.detail, ...(firstLink(evidence.detail) ? { evidenceUrl: firstLink(evidence.detail) } : {}) } : {}),
      requeue: eviction.requeue,
    };
  }
  const suspected = (k: string) => (state.findings ?? []).some((f) => f.keys.includes(k));
  const inCars = [...new Set(state.cars.flatMap((car) => car.members))];
  const tree = (id: number) => carTree(state.cars, id);
  const order = [...inCars, ...state.queue.map((c) => c.key).filter((k) => !inCars.includes(k))];
  const index = state.cars.findIndex((c) => c.members.includes(key));
  const car = state.cars[index];
  const ahead = new Set(state.queue.filter((c) => order.indexOf(c.key) < order.indexOf(key)).map((c) => c.workOrderId));
  return {
    kind: 'queued', key, workOrderId: candidate.workOrderId, headSha: candidate.headSha, priority: candidate.priority,
    position: order.indexOf(key) + 1, queued: order.length, main: state.main,
    ...(car
      ? {
          car: {
            id: car.id, members: tree(car.id), status: car.status, index: index + 1, cars: state.cars.length, ...(car.parent !== undefined ? { ridesOn: car.parent } : {}),
            ...(car.base ? { base: car.base } : {}), ...(car.sha ? { stagingSha: car.sha } : {}), attempt: car.attempt, bisecting: tree(car.id).some(suspected),
          },
        }
      : {}),
    waitsFor: candidate.dependsOn.filter((w) => !ahead.has(w)),
    suspect: suspected(key),
  };
}
