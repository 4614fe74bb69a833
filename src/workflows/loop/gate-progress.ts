import { gateWhy } from '../../core/gates/gate-why.ts';
import type { GateMark } from '../../core/loop/work-order-progress.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import type { GateProgress } from '../verify/verify-types.ts';

/**
 * Follows one verification's gates: each gate's live mark for the loop's display, and a Verifier line in
 * the run document as each gate finishes, saying why a gate that did not pass did not (its first error).
 */
export function followGates(recorder: RunRecorder, onGates: (gates: readonly GateMark[]) => void): (event: GateProgress) => void {
  const marks = new Map<string, string>();
  return (event) => {
    if (event.type === 'planned') for (const gate of event.gates) marks.set(gate.id, 'queued');
    else if (event.type === 'started') marks.set(event.id, 'running');
    else if (event.type === 'finished') {
      const { result } = event;
      marks.set(result.id, result.status);
      const why = result.status === 'pass' ? result.reason : gateWhy(result);
      void recorder.appendLine('verifier', `${result.id}: ${result.status}${why ? ` — ${why}` : ''} (${Math.round(result.durationMs)} ms)`, { source: 'system' });
    }
    onGates([...marks].map(([gate, status]) => ({ id: gate, status })));
  };
}
