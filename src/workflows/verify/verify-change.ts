import { createHash } from 'node:crypto';
import { parseDuration } from '../../core/duration.ts';
import type { GateResult, GateSpec } from '../../core/gates/gate-spec.ts';
import { planGates } from '../../core/gates/plan-gates.ts';
import { isolationRefusal, reportIsolation } from '../../core/isolation/isolation-verdict.ts';
import { isolationPolicy } from '../../core/policy/isolation-schema.ts';
import { decideVerdict } from '../../core/report/decide-verdict.ts';
import { reportSchemaVersion, type VerificationReport } from '../../core/report/report-schema.ts';
import { renderReportFile, signingPayload } from '../../core/report/signing-payload.ts';
import { checkGateCommandsOrThrow } from './report-missing-commands.ts';
import { runBuiltinGate } from './run-builtin-gate.ts';
import { runCommandGate, type PendingCacheRecord } from './run-command-gate.ts';
import { runGateSchedule } from './run-gate-schedule.ts';
import { signReportAttestation } from './sign-attestation.ts';
import { VerifyInputError, type GateContext, type VerifyChangeOptions } from './verify-types.ts';
import { inPlaceBox, openWorkCopy } from '../work-copy/open-work-copy.ts';

export interface VerifyChangeResult {
  readonly report: VerificationReport;
  /** Every required gate passed (only the selected ones with `--gates`). */
  readonly passed: boolean;
  /** The report file in the artifact store (content-addressed). */
  readonly reportPath: string;
  readonly reportDigest: string;
  /** The signed report as an in-toto attestation (DSSE envelope) in the artifact store; only for a signed report of a clean commit. */
  readonly attestationPath?: string;
  readonly attestationDigest?: string;
}

const sha256 = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

/**
 * Verifies one change: plans the gates (policy, work-order acceptance commands, built-ins), checks that
 * their programs exist, runs them as a DAG boxed in a work copy of `head` (or in place), and writes a
 * VerificationReport bound to the work order's content hash and the base, head and tree SHAs, signed
 * when a signer is given. Bad input throws `VerifyInputError` before anything is written.
 */
export async function verifyChange(options: VerifyChangeOptions): Promise<VerifyChangeResult> {
  const { git, repoDir } = options;
  const startedAt = options.clock.now();
  if ((await git.raw(repoDir, ['rev-parse', '--git-dir'])).exitCode !== 0) throw new VerifyInputError([`${repoDir} is not a git repository; a report proves a commit, so run verify inside a repository with at least one commit`]);
  const [base, head] = await Promise.all([git.revParse(repoDir, options.base), git.revParse(repoDir, options.head)]);
  const unknown = [...new Set([[options.base, base], [options.head, head]].filter(([, sha]) => !sha).map(([rev]) => rev!))];
  if (unknown.length > 0) throw new VerifyInputError(unknown.map((rev) => `"${rev}" is not a commit in ${repoDir}; ${rev === 'HEAD' ? 'commit something first' : 'pass a branch, tag or SHA that exists'}`));
  const planned = planGates({
    policy: options.policy, policyFile: options.policyFile, platform: options.runner.platform, parseDuration,
    ...(options.workOrder ? { workOrder: options.workOrder.value, workOrderFile: options.workOrder.file } : {}),
    ...(options.gates ? { only: options.gates } : {}),
  });
  if (!planned.ok) throw new VerifyInputError(planned.errors);
  const specs = planned.value.specs;

  let dirty = false;
  if (options.inPlace) {
    const current = await git.revParse(repoDir, 'HEAD');
    if (current !== head) throw new VerifyInputError([`verifying in place runs the checkout as it is, but its HEAD is ${current?.slice(0, 12)} and ${head!.slice(0, 12)} was asked for; check that commit out, or verify it in a clean worktree (--head)`]);
    // The artifact store lives in the checkout; its own files do not make the change dirty.
    dirty = (await git.status(repoDir)).some((line) => !line.slice(3).startsWith('.shopfloor/'));
  }
  await checkGateCommandsOrThrow(specs, repoDir, options);
  const isolation = isolationPolicy(options.policy.isolation);
  const refusal = options.signer ? isolationRefusal(options.runner.isolation, isolation) : undefined;
  if (refusal) throw new VerifyInputError([`${refusal}; nothing was run or signed`]);
  const boxSettings = { readOnly: isolation.readOnly, network: isolation.network.gates };

  // Gates run the change's code: in a work copy of head (a separate clone, never a worktree of the
  // repository that holds main), or in place with the repository's .git and .shopfloor masked.
  const copy = options.inPlace ? undefined : await openWorkCopy(git, repoDir, `${options.scratchDir}/${options.runId}-head`, head!, boxSettings);
  const workDir = copy?.dir ?? repoDir;
  const box = copy?.box ?? inPlaceBox(repoDir, boxSettings);
  const pending: PendingCacheRecord[] = [];
  let results: GateResult[];
  try {
    options.onProgress?.({ type: 'planned', gates: specs });
    const runGate = async (spec: GateSpec, finished: ReadonlyMap<string, GateResult>): Promise<GateResult> => {
      options.onProgress?.({ type: 'started', id: spec.id, at: options.clock.now() });
      const context: GateContext = { options, workDir, box, boxSettings, base: base!, head: head!, dirty, finished };
      if (spec.builtin) {
        const started = options.clock.now();
        return { ...(await runBuiltinGate(spec, context)), durationMs: options.clock.now() - started };
      }
      return runCommandGate(spec, context, pending);
    };
    results = await runGateSchedule(specs, Math.max(1, options.concurrency ?? options.environment.cpus), runGate, (result) => options.onProgress?.({ type: 'finished', result }));
  } finally {
    await copy?.close();
  }

  const groups = { golden: specs.filter((spec) => spec.golden).map((spec) => spec.id) };
  // Scope and acceptance belong to a work order: a change without one (a revert, a hand verify of main) cannot run them, so they are not required of it.
  const requiredGates = options.policy.merge.requiredGates?.filter((id) => options.workOrder !== undefined || (id !== 'scope' && !id.startsWith('acceptance:')));
  const verdict = decideVerdict(results, { allowFlaky: options.policy.merge.allowFlaky, groups, ...(requiredGates ? { requiredGates } : {}) }, options.gates !== undefined);
  const unsigned: VerificationReport = {
    schemaVersion: reportSchemaVersion,
    runId: options.runId,
    repo: repoDir.split(/[\\/]/).filter(Boolean).pop() ?? repoDir,
    workOrder: options.workOrder ? { id: options.workOrder.value.id, contentHash: sha256(options.workOrder.text), kind: options.workOrder.value.kind } : null,
    base: base!, head: head!, tree: await git.treeOf(repoDir, head!), dirty,
    policyDigest: sha256(options.policyText),
    // A runaway tool can print millions of problems; the report keeps the first 500 per gate, the log has all.
    gates: results.map((r) => ({ ...r, annotations: r.annotations.slice(0, 500), durationMs: Math.round(r.durationMs) })),
    omitted: [...planned.value.omitted],
    environment: { ...options.environment },
    isolation: reportIsolation(options.runner.isolation, boxSettings.network),
    ...(options.agents?.length ? { agents: options.agents.map((agent) => ({ ...agent })) } : {}),
    verdict,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(options.clock.now()).toISOString(),
  };
  const report: VerificationReport = options.signer
    ? { ...unsigned, signature: { algorithm: 'ed25519', keyId: options.signer.keyId, value: await options.signer.sign(signingPayload(unsigned)) } }
    : unsigned;
  const reportDigest = await options.store.put(renderReportFile(report));
  // A dirty report proves nothing about head, so it gets no attestation whose subject would say it does.
  const attestationDigest = options.signer && !dirty ? await options.store.put(await signReportAttestation(report, options.signer)) : undefined;
  await options.store.writeRunIndex({
    runId: options.runId, createdAt: startedAt, head: head!, base: base!, reportDigest,
    ...(options.workOrder ? { workOrder: options.workOrder.value.id } : {}),
    artifacts: [
      ...results.filter((r) => r.logDigest).map((r) => ({ name: `${r.id}.log`, digest: r.logDigest! })),
      ...(attestationDigest ? [{ name: 'report.intoto.jsonl', digest: attestationDigest }] : []),
    ],
  });
  if (options.noteRef && !dirty) await git.notesAdd(repoDir, options.noteRef, head!, renderReportFile(report));
  for (const record of pending) await options.store.recordCache(record.key, { runId: options.runId, gateId: record.gateId, logDigest: record.logDigest, reportDigest, at: startedAt });
  return {
    report, passed: verdict.passed, reportPath: options.store.pathOf(reportDigest), reportDigest,
    ...(attestationDigest ? { attestationPath: options.store.pathOf(attestationDigest), attestationDigest } : {}),
  };
}
