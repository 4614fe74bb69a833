import { describe, expect, it } from 'vitest';
import type { GateSpec } from '../../../src/core/gates/gate-spec.ts';
import { nextSteps, type GateState } from '../../../src/core/gates/next-runnable.ts';

const gate = (id: string, needs: string[] = [], after: string[] = []): GateSpec => ({ id, kind: 'custom', required: true, needs, after, run: 'true', timeoutMs: 1000, retries: 0, env: [], cache: [] });
const specs = [gate('build'), gate('lint'), gate('unit', ['build']), gate('e2e', ['unit']), gate('secrets', [], ['build', 'lint', 'unit', 'e2e'])];
const states = (entries: Record<string, GateState>) => new Map<string, GateState>(specs.map((s) => [s.id, entries[s.id] ?? { phase: 'queued' }]));
const done = (status: 'pass' | 'fail' | 'flaky' | 'error' | 'skipped' | 'cached'): GateState => ({ phase: 'done', status });

describe('nextSteps', () => {
  it.each([
    ['starts independent gates up to the free slots', {}, 8, ['start build', 'start lint']],
    ['respects the slot count', {}, 1, ['start build']],
    ['waits for a running need', { build: { phase: 'running' } as GateState }, 8, ['start lint']],
    ['starts a gate once its need passed', { build: done('pass'), lint: done('pass') }, 8, ['start unit']],
    ['cached and flaky needs count as passed', { build: done('cached'), lint: done('flaky') }, 8, ['start unit']],
    ['skips a dependant of a failed need with the reason', { build: done('fail'), lint: done('pass') }, 8, ['skip unit: needs "build", which ended fail']],
    ['cascades skips', { build: done('fail'), lint: done('pass'), unit: done('skipped') }, 8, ['skip e2e: needs "unit", which was skipped']],
    ['an ordering-only gate runs after the others whatever their outcome', { build: done('fail'), lint: done('error'), unit: done('skipped'), e2e: done('skipped') }, 8, ['start secrets']],
    ['no slots, no starts, but skips still happen', { build: done('error'), lint: { phase: 'running' } as GateState }, 0, ['skip unit: needs "build", which ended error']],
  ])('%s', (_, entries, slots, expected) => {
    const steps = nextSteps(specs, states(entries), slots).map((s) => (s.action === 'start' ? `start ${s.id}` : `skip ${s.id}: ${s.reason}`));
    expect(steps).toEqual(expected);
  });
});
