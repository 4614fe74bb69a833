import type { ReportGate, VerificationReport } from '../../../src/core/report/report-schema.ts';

/** A valid unsigned report with `gates` gates, for core report tests and the bench. */
export function sampleReport(gates = 3, annotationsPerGate = 1): VerificationReport {
  const gate = (i: number): ReportGate => ({
    id: `gate-${i}`, kind: 'unit', required: true, status: i % 7 === 3 ? 'fail' : 'pass', attempts: 1, durationMs: 1200 + i,
    logDigest: `sha256:${String(i).padStart(64, '0')}`,
    annotations: Array.from({ length: annotationsPerGate }, (_, j) => ({ path: `src/m${i}.ts`, line: j + 1, column: 3, level: 'error' as const, message: `problem ${j} in gate ${i}`, title: 'TS2322' })),
  });
  return {
    schemaVersion: 'shopfloor.verification-report/v1', runId: 'run-1', repo: 'demo',
    workOrder: { id: 'wo-1', contentHash: `sha256:${'a'.repeat(64)}`, kind: 'feature' },
    base: '1'.repeat(40), head: '2'.repeat(40), tree: '3'.repeat(40), dirty: false, policyDigest: `sha256:${'b'.repeat(64)}`,
    gates: Array.from({ length: gates }, (_, i) => gate(i)), omitted: [],
    environment: { os: 'linux', arch: 'x64', node: 'v20.20.0', runner: 'local', cpus: 2 },
    verdict: { passed: true, complete: true, reasons: [] },
    startedAt: '2026-11-22T04:00:00.000Z', finishedAt: '2026-11-22T04:01:00.000Z',
  };
}
