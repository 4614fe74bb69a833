import type { GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { nextSteps, type GateState } from '../../core/gates/next-runnable.ts';

/**
 * Runs gates as a DAG: each starts as soon as its needs passed and a slot is free; a gate whose need did
 * not pass is skipped with the reason. Results come back in declaration order.
 */
export function runGateSchedule(
  specs: readonly GateSpec[],
  concurrency: number,
  runGate: (spec: GateSpec, finished: ReadonlyMap<string, GateResult>) => Promise<GateResult>,
  onFinished: (result: GateResult) => void,
): Promise<GateResult[]> {
  const states = new Map<string, GateState>(specs.map((spec) => [spec.id, { phase: 'queued' }]));
  const results = new Map<string, GateResult>();
  let running = 0;
  return new Promise((resolve) => {
    const finish = (result: GateResult) => {
      states.set(result.id, { phase: 'done', status: result.status });
      results.set(result.id, result);
      onFinished(result);
    };
    const pump = () => {
      for (let steps = nextSteps(specs, states, concurrency - running); steps.length > 0; steps = nextSteps(specs, states, concurrency - running)) {
        for (const step of steps) {
          const spec = specs.find((s) => s.id === step.id)!;
          if (step.action === 'skip') {
            finish({ id: spec.id, kind: spec.kind, required: spec.required, status: 'skipped', reason: step.reason, attempts: 0, durationMs: 0, annotations: [] });
            continue;
          }
          states.set(spec.id, { phase: 'running' });
          running++;
          void runGate(spec, results)
            .catch((error: unknown): GateResult => ({ id: spec.id, kind: spec.kind, required: spec.required, status: 'error', reason: `the gate could not run: ${(error as Error).message}`, attempts: 0, durationMs: 0, annotations: [] }))
            .then((result) => {
              running--;
              finish(result);
              pump();
            });
        }
      }
      if (results.size === specs.length) resolve(specs.map((spec) => results.get(spec.id)!));
    };
    pump();
  });
}
