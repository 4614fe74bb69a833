import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { arch, availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { uploadActionsArtifact } from '../../adapters/artifacts/actions-artifact-uploader.ts';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { createEd25519Signer, SigningKeyError } from '../../adapters/signing/ed25519-keys.ts';
import { publishableLogs } from '../../core/action/publishable-logs.ts';
import { renderVerifySummary } from '../../core/action/render-verify-summary.ts';
import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import { formatFinding } from '../../core/validation/finding.ts';
import type { ReportSigner } from '../../ports/report-signer.ts';
import { publishGatesCheck } from '../../workflows/github/publish-report-check.ts';
import { loadVerifyInputs } from '../../workflows/verify/load-verify-inputs.ts';
import { verifyChange } from '../../workflows/verify/verify-change.ts';
import { VerifyInputError } from '../../workflows/verify/verify-types.ts';
import { createVerifyAdapters, reportNotesRef } from '../cli/verify-command.ts';
import { ActionExit, ActionInputError, runLink, type ActionContext } from './action-context.ts';
import { mergeBaseWithFirst } from '../../workflows/verify/merge-base-with.ts';
import { readRefusalRecord } from '../../workflows/verify/read-refusal-record.ts';

/**
 * `verify`: the gates on the checked-out commit (for the work order of `work-order`, or of the agent
 * branch under test when that input is absent), a signed report, the `shopfloor/gates` check run that
 * carries it (report envelope in `output.text`), logs and report uploaded as artifacts, and the job
 * summary. An upload that fails is a warning: the report is already in the check run and the outputs.
 */
export async function verifyAction({ inputs, io, root, git, forge }: ActionContext<'verify'>): Promise<ActionExit> {
  const workOrder = inputs.workOrder ?? agentWorkOrder(inputs.branch, io);
  if (workOrder !== undefined && inputs.workOrder === undefined) io.log(`work order ${workOrder}, from the agent branch (no \`work-order\` input)`);
  const loaded = await loadVerifyInputs(createNodeRepoFiles(root), workOrder);
  if (!loaded.ok) {
    // Annotated on the file and line (workspace-relative, as GitHub wants), so the PR's Files tab shows it.
    for (const finding of loaded.findings) io.error(formatFinding(finding), { file: relative(io.context.workspace, join(root, finding.file)).split(sep).join('/'), ...(finding.line > 0 ? { line: finding.line, column: finding.column } : {}) });
    throw new ActionInputError(workOrder && !loaded.findings.length ? 'work-order' : undefined, loaded.message ?? `fix the ${loaded.findings.length} problem(s) above in ${root}, then run verify again`);
  }
  const signer = inputs.signingKey ? loadSigner(inputs.signingKey, io.mask) : undefined;
  // The checkout is the change under judgement: Shopfloor's store and caches live outside it (see createVerifyAdapters).
  const adapters = createVerifyAdapters(root, await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), 'shopfloor-state-')));
  const head = (await git.revParse(root, 'HEAD')) ?? '';
  if (!head) throw new ActionInputError('working-directory', `${root} is not a git checkout with a commit; run actions/checkout first`);
  // actions/checkout gives a pull_request job the merge commit; a report (and its check run) on that SHA never shows on the PR.
  const pullHead = (io.context.event.pull_request as { head?: { sha?: unknown } } | undefined)?.head?.sha;
  if (typeof pullHead === 'string' && pullHead !== head) throw new ActionInputError(undefined, `verify checked out ${head.slice(0, 12)}, but the pull request head is ${pullHead.slice(0, 12)}: a report proves only its own commit. Check out the head: actions/checkout with \`ref: \${{ github.event.pull_request.head.sha }}\` and \`fetch-depth: 0\``);
  const base = inputs.base ? await baseOfChange(git, root, inputs.base, io) : await mergeBaseWithFirst(git, root, [...(io.env.GITHUB_BASE_REF ? [`origin/${io.env.GITHUB_BASE_REF}`, io.env.GITHUB_BASE_REF] : []), 'origin/main', 'origin/master', 'main', 'master'], 'HEAD');
  // Shopfloor's own record of what the implement job left out (trailers on the commit it made, which the boxed agent could not write).
  const refused = loaded.workOrder ? await readRefusalRecord(git, root, { base, head }, loaded.workOrder.value.id, loaded.policy.scope.outside) : undefined;
  if (refused) io.log(`the implement job left out ${refused.paths.join(', ')} (outside the scope; recorded on ${refused.commit.slice(0, 12)}); policy scope.outside: ${refused.decision}`);
  const scratchDir = await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), 'shopfloor-verify-'));
  const runId = `gh-${io.context.runId ?? 'local'}-${randomBytes(3).toString('hex')}`;
  let result: Awaited<ReturnType<typeof verifyChange>>;
  try {
    result = await verifyChange({
      repoDir: root, base, head: 'HEAD', ...(loaded.workOrder ? { workOrder: loaded.workOrder } : {}),
      ...(refused ? { refused: { paths: refused.paths, decision: refused.decision, patch: `the implement job's artifacts (linked from the run document)` } } : {}),
      policy: loaded.policy, policyFile: loaded.policyFile, policyText: loaded.policyText, ...(inputs.gates ? { gates: inputs.gates } : {}),
      ...adapters, ...(signer ? { signer } : {}), clock: { now: () => Date.now() }, sourceEnv: io.env, scratchDir, runId,
      knownSecrets: [inputs.signingKey, inputs.githubToken].filter((value): value is string => Boolean(value)),
      environment: { os: adapters.runner.platform, arch: arch(), node: process.version, runner: io.env.RUNNER_NAME ?? 'github-actions', cpus: availableParallelism() },
      // A clean work copy of the checked-out commit: the checkout's .git holds the job's token (persisted credentials).
      signal: io.signal, noteRef: reportNotesRef,
      onProgress: (event) => (event.type === 'finished' ? io.log(`${event.result.status.padEnd(7)} ${event.result.id}`) : undefined),
    });
  } catch (error) {
    if (error instanceof VerifyInputError) throw new ActionInputError(undefined, error.problems.join('; '));
    throw error;
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
  const reportFile = await readFile(result.reportPath, 'utf8');
  io.setOutput('verdict', result.passed ? 'pass' : 'fail');
  io.setOutput('report-path', result.reportPath);
  io.setOutput('report-digest', result.reportDigest);
  if (result.attestationPath) io.log(`in-toto attestation (DSSE envelope) of the report: ${result.attestationPath}`);
  const notes: string[] = [];
  const logLinks: Record<string, string> = {};
  let reportLink: string | undefined;
  const logs = publishableLogs(result.report);
  if (logs.withheld) notes.push(logs.withheld);
  if (inputs.uploadArtifacts) {
    try {
      const uploaded = await uploadReportFiles(`shopfloor-report-${runId}`, result, io);
      reportLink = uploaded.url;
      for (const gate of logs.gates) {
        const path = adapters.store.pathOf(gate.logDigest);
        logLinks[gate.id] = (await uploadActionsArtifact(`shopfloor-log-${gate.id}-${runId}`, [path], dirname(path), runLink(io))).url;
      }
    } catch (error) {
      const message = `artifact upload failed (${error instanceof Error ? error.message : String(error)}); the report is in the check run and at ${result.reportPath}`;
      io.warning(message);
      notes.push(message);
    }
  }
  const attestationNote = result.attestationPath ? attestationLine(result.attestationPath, reportLink) : undefined;
  const published = await publishGatesCheck(forge(), io.context.repo, result.report, reportFile, io.context.runUrl, attestationNote);
  io.setOutput('check-run-id', String(published.checkRunId));
  if (!published.enveloped) notes.push('The signed report is larger than a check run can carry (65,535 characters), so the App cannot read it from the check run; it is in the artifacts and the `report-path` output.');
  if (result.report.dirty) notes.push('The checkout had uncommitted changes, so this report proves nothing about a commit.');
  await io.appendSummary(renderVerifySummary({ report: result.report, passed: result.passed, reportDigest: result.reportDigest, logLinks, ...(reportLink ? { reportLink } : {}), notes }));
  io.log(`report ${result.reportDigest} (${result.passed ? 'passed' : 'failed'}); check run ${published.checkRunId}`);
  return result.passed ? ActionExit.ok : ActionExit.failed;
}

/**
 * The `base` input when the head contains it; otherwise (a branch cut before main moved) their merge
 * base, so the gates judge the branch's own change rather than the reverse of main's newer commits. The
 * report then says which base it used: the App sees a head behind main and brings main in before landing.
 */
async function baseOfChange(git: ActionContext['git'], root: string, base: string, io: ActionContext['io']): Promise<string> {
  if ((await git.raw(root, ['merge-base', '--is-ancestor', base, 'HEAD'])).exitCode === 0) return base;
  const mergeBase = await mergeBaseWithFirst(git, root, [base], 'HEAD');
  if (mergeBase !== 'HEAD') io.log(`HEAD does not contain ${base.slice(0, 12)}; comparing with their merge base ${mergeBase.slice(0, 12)} (the Shopfloor App brings ${base.slice(0, 12)} into the branch before landing it)`);
  return mergeBase === 'HEAD' ? base : mergeBase;
}

/**
 * The work order of an agent branch (`agent/<id>/<hex>`) the job verifies: the `branch` input, else the
 * pull request's head branch (`GITHUB_HEAD_REF`, or the event's), else the pushed or dispatched branch. A report must name its work
 * order, or the App cannot land it; anything else (a merge-queue commit, main) verifies without one.
 */
function agentWorkOrder(input: string | undefined, io: ActionContext['io']): string | undefined {
  const pullHead = (io.context.event.pull_request as { head?: { ref?: unknown } } | undefined)?.head?.ref;
  const branch = input || io.env.GITHUB_HEAD_REF || (typeof pullHead === 'string' ? pullHead : undefined) || io.env.GITHUB_REF_NAME;
  return branch ? parseAgentBranch(branch)?.workOrderId : undefined;
}

/**
 * The report (and its attestation) uploaded as one artifact under readable names, `report.json` and
 * `report.intoto.jsonl`: in the store they are named by digest, in different directories.
 */
async function uploadReportFiles(name: string, result: { readonly reportPath: string; readonly attestationPath?: string }, io: ActionContext['io']): Promise<{ readonly url: string }> {
  const dir = await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), 'shopfloor-report-'));
  try {
    await copyFile(result.reportPath, join(dir, 'report.json'));
    if (result.attestationPath) await copyFile(result.attestationPath, join(dir, 'report.intoto.jsonl'));
    return await uploadActionsArtifact(name, [join(dir, 'report.json'), ...(result.attestationPath ? [join(dir, 'report.intoto.jsonl')] : [])], dir, runLink(io));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Where the check run says the attestation is: in the uploaded report artifact, else in the job's workspace. */
function attestationLine(path: string, artifactUrl: string | undefined): string {
  const where = artifactUrl ? `\`report.intoto.jsonl\` in the [report artifact](${artifactUrl})` : `\`${path}\` in the job's workspace (artifact upload is off)`;
  return `In-toto attestation of this report (DSSE envelope, Ed25519): ${where}. Check it with \`shopfloor report verify <file>\` or any DSSE verifier and the signer's public key.`;
}

function loadSigner(pem: string, mask: (secret: string) => void): ReportSigner {
  mask(pem);
  try {
    return createEd25519Signer(pem.includes('\\n') && !pem.includes('\n') ? pem.replace(/\\n/g, '\n') : pem);
  } catch (error) {
    if (error instanceof SigningKeyError) throw new ActionInputError('signing-key', `${error.message}; pass the PEM of an Ed25519 private key (shopfloor report keygen) from a secret`);
    throw error;
  }
}

