// Gates: scheduler overhead on a DAG of sleeping gates (wall time ÷ critical path, goal ≤ 1.05), parallel
// speed-up against running the same gates one after another, and sign + verify throughput of a 50-gate report.
import { createEd25519Signer, ed25519Verifier, generateSigningKey } from '../src/adapters/signing/ed25519-keys.ts';
import { createNodeProcessRunner } from '../src/adapters/process/node-process-runner.ts';
import type { GateResult, GateSpec } from '../src/core/gates/gate-spec.ts';
import { signingPayload } from '../src/core/report/signing-payload.ts';
import { runGateSchedule } from '../src/workflows/verify/run-gate-schedule.ts';
import { sampleReport } from '../test/core/report/report-fixture.ts';
import { fastestMs, type BenchFigure } from './bench-figure.ts';

export const title = 'Gates: scheduler, parallelism, signing';

const spec = (id: string, needs: string[], sleepMs: number): GateSpec & { sleepMs: number } => ({ id, kind: 'custom', required: true, needs, after: [], run: `sleep ${sleepMs / 1000}`, timeoutMs: 60_000, retries: 0, env: [], cache: [], sleepMs });

// 12 gates in 4 layers; the critical path is a -> c -> g -> l = 200 + 300 + 200 + 300 ms = 1 s.
const dag = [
  spec('a', [], 200), spec('b', [], 150), spec('c', ['a'], 300), spec('d', ['a'], 100), spec('e', ['b'], 250), spec('f', ['b'], 100),
  spec('g', ['c'], 200), spec('h', ['d', 'e'], 200), spec('i', ['f'], 150), spec('j', ['g'], 100), spec('k', ['h', 'i'], 250), spec('l', ['g', 'h'], 300),
];

function criticalPath(specs: typeof dag): number {
  const finish = new Map<string, number>();
  for (const s of specs) finish.set(s.id, Math.max(0, ...s.needs.map((n) => finish.get(n)!)) + s.sleepMs);
  return Math.max(...finish.values());
}

async function runDag(concurrency: number, real: boolean, scale = 1): Promise<number> {
  const runner = createNodeProcessRunner();
  const started = performance.now();
  const scaled = dag.map((d) => ({ ...d, run: `sleep ${(d.sleepMs * scale) / 1000}` }));
  await runGateSchedule(scaled, concurrency, async (s): Promise<GateResult> => {
    const t = performance.now();
    if (real) await runner.run({ script: s.run!, shell: 'sh', cwd: '.', env: { PATH: process.env.PATH ?? '' } });
    else await new Promise((resolve) => setTimeout(resolve, dag.find((d) => d.id === s.id)!.sleepMs * scale));
    return { id: s.id, kind: s.kind, required: true, status: 'pass', attempts: 1, durationMs: performance.now() - t, annotations: [] };
  }, () => undefined);
  return performance.now() - started;
}

export async function run(): Promise<BenchFigure[]> {
  const path = criticalPath(dag);
  const total = dag.reduce((sum, s) => sum + s.sleepMs, 0);
  // Fastest of three: the machine is shared, and the least disturbed run shows the scheduler's own cost.
  const timerWall = await fastestMs(3, () => runDag(64, false));
  const processWall = await fastestMs(3, () => runDag(64, true));
  const sequentialWall = await runDag(1, true);
  const longWall = await runDag(64, true, 5);

  const key = generateSigningKey();
  const signer = createEd25519Signer(key.privateKeyPem);
  const report = sampleReport(50, 4);
  const rounds = 500;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) {
    const payload = signingPayload({ ...report, runId: `run-${i}` });
    const signature = await signer.sign(payload);
    if (!ed25519Verifier.verify(key.publicKey, payload, signature)) throw new Error('signature did not verify');
  }
  const perSecond = rounds / ((performance.now() - t0) / 1000);
  return [
    { name: 'critical path of the 12-gate DAG', value: `${path} ms`, note: `${total} ms of work in all` },
    { name: 'scheduler overhead, in-process sleeps', value: (timerWall / path).toFixed(3), note: 'wall ÷ critical path; goal ≤ 1.05' },
    { name: 'scheduler overhead, real `sleep` processes', value: (processWall / path).toFixed(3), note: 'includes process spawn; goal ≤ 1.05' },
    { name: 'scheduler overhead, real processes, 5× longer', value: (longWall / (path * 5)).toFixed(3), note: 'spawn cost amortised over 0.5-1.5 s gates' },
    { name: 'parallel speed-up vs one at a time', value: `${(sequentialWall / processWall).toFixed(2)}×`, note: `ideal ${(total / path).toFixed(2)}×; ${Math.round(sequentialWall)} ms vs ${Math.round(processWall)} ms` },
    { name: 'sign + verify, 50-gate report', value: `${Math.round(perSecond)} /s`, note: `${(1000 / perSecond).toFixed(2)} ms each, canonical JSON included (${signingPayload(report).length} bytes)` },
  ];
}
