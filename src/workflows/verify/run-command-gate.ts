import { createHash } from 'node:crypto';
import { buildEnvironment } from '../../core/env/build-environment.ts';
import { parseAnnotations } from '../../core/gates/annotations/parse-annotations.ts';
import { cacheKeyMaterial } from '../../core/gates/cache-key.ts';
import { classifyAttempts, shouldRetry, type AttemptOutcome } from '../../core/gates/classify-attempts.ts';
import type { GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { defaultShellFor } from './default-shell.ts';
import { compareGolden } from './compare-golden.ts';
import { cacheInputsHash } from './cache-inputs-hash.ts';
import { openRedactedLog } from './open-redacted-log.ts';
import type { GateContext } from './verify-types.ts';

/** Output kept in memory per attempt for annotations and golden files; the full log streams to disk. */
const memoryCapBytes = 4 * 1024 * 1024;

/** A cache entry to write once the run's report exists, so it can point at the proving report. */
export interface PendingCacheRecord {
  readonly key: string;
  readonly gateId: string;
  readonly logDigest: string;
}

/**
 * Runs a command gate: cache lookup, then attempts (retrying plain failures), the whole log streamed to
 * the artifact store, annotations parsed from what was captured, and the golden comparison.
 */
export async function runCommandGate(spec: GateSpec, context: GateContext, pending: PendingCacheRecord[]): Promise<GateResult> {
  const { options, workDir } = context;
  const shell = spec.shell ?? defaultShellFor(options.runner.platform);
  const set = { CI: 'true', SHOPFLOOR: '1', SHOPFLOOR_GATE: spec.id, SHOPFLOOR_BASE: context.base, SHOPFLOOR_HEAD: context.head };
  const { env } = buildEnvironment(options.sourceEnv, { allow: spec.env, platform: options.runner.platform, set });
  const base = { id: spec.id, kind: spec.kind, required: spec.required };
  const started = options.clock.now();

  const material = !context.dirty && !options.updateGolden ? cacheKeyMaterial(spec, shell, env, await cacheInputsHash(options.git, options.repoDir, context.head, spec.cache), options.runner.platform) : undefined;
  const cacheKey = material === undefined ? undefined : `sha256:${createHash('sha256').update(material).digest('hex')}`;
  if (cacheKey) {
    const hit = await options.store.lookupCache(cacheKey);
    if (hit) {
      return { ...base, status: 'cached', reason: 'command, environment and cache inputs unchanged since a passing run', attempts: 0, durationMs: 0, annotations: [], cacheKey, ...(hit.logDigest ? { logDigest: hit.logDigest } : {}), cachedFrom: { runId: hit.runId, ...(hit.reportDigest ? { reportDigest: hit.reportDigest } : {}) } };
    }
  }

  // A gate may be given a credential by name; its value (and encodings of it) never reaches the log. Every
  // other secret this process holds, and every token shape, is redacted too (open-redacted-log.ts).
  const log = openRedactedLog(options, env);
  const { redact } = log;
  const attempts: AttemptOutcome[] = [];
  let output = '';
  let stdout = '';
  let exitCode: number | undefined;
  const cwd = spec.workingDirectory ? `${workDir}/${spec.workingDirectory}` : workDir;
  for (;;) {
    if (attempts.length > 0) {
      options.onProgress?.({ type: 'retrying', id: spec.id, attempt: attempts.length + 1 });
      log.write(`\n=== shopfloor: attempt ${attempts.length + 1} of ${spec.retries + 1} ===\n`);
    }
    const result = await options.runner.run({
      script: spec.run!, shell, cwd, env, timeoutMs: spec.timeoutMs, maxCaptureBytes: memoryCapBytes, box: context.box,
      ...(options.signal ? { signal: options.signal } : {}),
      onOutput: (chunk) => log.write(chunk),
    });
    if (result.startError) log.write(`\nshopfloor: could not start: ${result.startError}\n`);
    if (result.timedOut) log.write(`\nshopfloor: timed out after ${spec.timeoutMs} ms; killed the process tree\n`);
    const attempt = { exitCode: result.exitCode, timedOut: result.timedOut, aborted: result.aborted, startError: result.startError, timeoutMs: spec.timeoutMs };
    attempts.push(attempt);
    output = redact(`${result.stdout}\n${result.stderr}\n`);
    stdout = result.stdout;
    exitCode = result.exitCode;
    if (!shouldRetry(attempt, attempts.length, spec.retries)) break;
  }
  const { digest } = await log.finish();
  let { status, reason } = classifyAttempts(attempts);
  const annotations = parseAnnotations(output, workDir).map((a) => ({ ...a, message: redact(a.message) }));
  if (spec.golden && (status === 'pass' || status === 'flaky')) {
    const golden = await compareGolden(spec, stdout, context);
    if (golden) ({ status, reason } = { status: golden.status, reason: golden.reason });
    if (golden?.annotation) annotations.push(golden.annotation);
  }
  if (cacheKey && status === 'pass') pending.push({ key: cacheKey, gateId: spec.id, logDigest: digest });
  return {
    ...base, status, ...(reason ? { reason } : {}), attempts: attempts.length, durationMs: options.clock.now() - started,
    ...(exitCode !== undefined ? { exitCode } : {}), logDigest: digest, annotations, ...(cacheKey ? { cacheKey } : {}),
  };
}
