import { describe, expect, it } from 'vitest';
import { renderProgress } from '../../../src/core/gates/render-progress.ts';

describe('renderProgress', () => {
  it('shows each gate queued, running with elapsed time and attempt, or finished', () => {
    const lines = renderProgress([
      { id: 'lint' },
      { id: 'unit', startedAt: 1_000, attempt: 2 },
      { id: 'build', startedAt: 0, result: { id: 'build', kind: 'build', required: true, status: 'fail', reason: 'exit code 2', attempts: 1, durationMs: 4_200, annotations: [] } },
    ], 3_500);
    expect(lines).toEqual(['  lint   queued', '… unit   running 2.5s  (attempt 2)', '✗ build  fail    4.2s  exit code 2']);
  });
});
