import type { GateSpec, GateStatus } from './gate-spec.ts';

/** A gate's place in the schedule: waiting, running, or finished with a status. */
export type GateState = { readonly phase: 'queued' } | { readonly phase: 'running' } | { readonly phase: 'done'; readonly status: GateStatus };

export type ScheduleStep =
  | { readonly action: 'start'; readonly id: string }
  | { readonly action: 'skip'; readonly id: string; readonly reason: string };

const passing: readonly GateStatus[] = ['pass', 'cached', 'flaky'];

/**
 * The scheduler's decision, pure: which queued gates to start now (their needs passed and a slot is
 * free) and which to skip (a need did not pass). Gates start in declaration order, so runs are
 * reproducible; a skip cascades on the next call.
 */
export function nextSteps(specs: readonly GateSpec[], states: ReadonlyMap<string, GateState>, freeSlots: number): ScheduleStep[] {
  const steps: ScheduleStep[] = [];
  let slots = freeSlots;
  for (const spec of specs) {
    if (states.get(spec.id)?.phase !== 'queued') continue;
    const blocked = spec.needs.map((need) => ({ need, state: states.get(need) })).find(({ state }) => state?.phase === 'done' && !passing.includes(state.status));
    if (blocked) {
      const status = (blocked.state as { status: GateStatus }).status;
      steps.push({ action: 'skip', id: spec.id, reason: `needs "${blocked.need}", which ${status === 'skipped' ? 'was skipped' : `ended ${status}`}` });
      continue;
    }
    const waiting = [...spec.needs, ...spec.after].some((id) => states.has(id) && states.get(id)!.phase !== 'done');
    if (waiting || slots <= 0) continue;
    steps.push({ action: 'start', id: spec.id });
    slots--;
  }
  return steps;
}

