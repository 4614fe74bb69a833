import { describe, expect, it } from 'vitest';
import type { GateResult, GateSpec } from '../../../src/core/gates/gate-spec.ts';
import { runGateSchedule } from '../../../src/workflows/verify/run-gate-schedule.ts';

const gate = (id: string, needs: string[] = []): GateSpec => ({ id, kind: 'custom', required: true, needs, after: [], run: 'x', timeoutMs: 1000, retries: 0, env: [], cache: [] });
const result = (spec: GateSpec, status: GateResult['status'] = 'pass'): GateResult => ({ id: spec.id, kind: spec.kind, required: true, status, attempts: 1, durationMs: 0, annotations: [] });
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('runGateSchedule', () => {
  it('never runs more gates at once than the concurrency, and returns results in declaration order', async () => {
    const specs = Array.from({ length: 9 }, (_, i) => gate(`g${i}`));
    let running = 0;
    let peak = 0;
    const results = await runGateSchedule(specs, 3, async (spec) => {
      peak = Math.max(peak, ++running);
      await tick();
      running--;
      return result(spec);
    }, () => undefined);
    expect(peak).toBe(3);
    expect(results.map((r) => r.id)).toEqual(specs.map((s) => s.id));
  });

  it('starts a dependant only after its need, skips it after a failure, and turns a crash into an error', async () => {
    const order: string[] = [];
    const specs = [gate('build'), gate('unit', ['build']), gate('bad'), gate('after-bad', ['bad']), gate('crash')];
    const results = await runGateSchedule(specs, 8, async (spec) => {
      order.push(`start ${spec.id}`);
      if (spec.id === 'crash') throw new Error('git exploded');
      await tick();
      order.push(`end ${spec.id}`);
      return result(spec, spec.id === 'bad' ? 'fail' : 'pass');
    }, () => undefined);
    expect(order.indexOf('start unit')).toBeGreaterThan(order.indexOf('end build'));
    expect(order).not.toContain('start after-bad');
    expect(results.map((r) => `${r.id} ${r.status}${r.reason ? `: ${r.reason}` : ''}`)).toEqual([
      'build pass', 'unit pass', 'bad fail', 'after-bad skipped: needs "bad", which ended fail', 'crash error: the gate could not run: git exploded',
    ]);
  });
});
