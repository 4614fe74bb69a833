import type { LandingProblem } from '../../core/github/render-merge-check.ts';
import type { ReportFacts } from '../../core/merge/merge-facts.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import { formatFinding } from '../../core/validation/finding.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { readReportEnvelope } from '../../core/report/report-envelope.ts';
import { refusedAnnotationTitle } from '../verify/scope-gate.ts';
import { checkWorkOrderFile } from '../../core/workorder/check-work-order-file.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import { checkReport } from '../verify/check-report.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { workOrderCheckName } from './intake-issue.ts';
import { firstPolicyErrors, readDefaultBranchPolicy } from './load-default-branch-policy.ts';
import { gatesCheckName } from './publish-report-check.ts';

/** How many of a PR's first commits are searched for the App's work-order commit (normally the first). */
const intakeCommitsSearched = 5;

type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: LandingProblem };

/** The merge policy from the default branch only: a PR that edits `.github/shopfloor.yml` changes nothing here. */
export async function readLandingPolicy(deps: GitHubAppDeps, repo: string): Promise<Read<Policy>> {
  const read = await readDefaultBranchPolicy(deps.forge, repo);
  if (read.kind === 'absent') return { ok: false, problem: { message: `there is no ${policyPath} on the default branch, so no report signer is trusted`, fix: `add ${policyPath} with \`signers\` on the default branch (\`shopfloor init\`)` } };
  if (read.kind === 'invalid') return { ok: false, problem: { message: `${policyPath} on ${read.ref} is invalid: ${firstPolicyErrors(read.findings)}`, fix: `fix ${policyPath} on ${read.ref} (\`shopfloor validate\`)` } };
  return { ok: true, value: read.policy };
}

/**
 * The work order as the App committed it: found on the PR commit that carries the App's own
 * `shopfloor/workorder` check run (another App can name a check run anything, so the App id decides),
 * and read at exactly that commit. The copy at the PR head is never read: the agent could have edited it.
 * `prCommits` are the PR's commits, oldest first (`main...head` lists exactly those).
 */
export async function readAppWorkOrder(deps: GitHubAppDeps, repo: string, prCommits: readonly string[], workOrderId: string): Promise<Read<{ readonly workOrder: WorkOrder; readonly hash: string }>> {
  const { forge, settings } = deps;
  const path = `${settings.workOrderDir}/${workOrderId}.yml`;
  for (const sha of prCommits.slice(0, intakeCommitsSearched)) {
    const runs = await forge.listCheckRuns(repo, sha, workOrderCheckName);
    if (!runs.some((run) => run.appId === settings.appId)) continue;
    const text = await forge.readFileAtCommit(repo, path, sha);
    if (text === undefined) break;
    const checked = checkWorkOrderFile(text, path);
    if (!checked.workOrder) return { ok: false, problem: { message: `${path} at ${sha.slice(0, 7)} is invalid: ${checked.findings.slice(0, 3).map(formatFinding).join('; ')}`, fix: 'fix the issue and label it again, which commits a new work order' } };
    return { ok: true, value: { workOrder: checked.workOrder, hash: `sha256:${deps.sha256(text)}` } };
  }
  return {
    ok: false,
    problem: { message: `no work order committed by Shopfloor (${path} on a commit with Shopfloor's own ${workOrderCheckName} check) among the first ${intakeCommitsSearched} commits of this pull request`, fix: 'start agent work from an issue (label `shopfloor` or `/shopfloor run`), not by pushing an agent/* branch by hand' },
  };
}

/**
 * The signed report for exactly `headSha`, from the `shopfloor/gates` check runs on it. The channel is
 * not trusted (any App with `checks: write` can write one); the signature against the default-branch
 * policy's signers is. A report that fails, or proves another commit, counts as none and says why.
 */
export function checkGatesReports(deps: GitHubAppDeps, runs: readonly { readonly id: number; readonly text: string | undefined }[], policy: Policy, headSha: string): { readonly report?: ReportFacts; readonly problems: readonly LandingProblem[] } {
  const problems: LandingProblem[] = [];
  const signers = policy.signers ?? [];
  for (const run of runs) {
    const file = readReportEnvelope(run.text);
    if (file === undefined) {
      problems.push({ message: `the ${gatesCheckName} check run ${run.id} carries no signed report`, fix: 'publish the gates with `shopfloor verify --sign` from the verify workflow' });
      continue;
    }
    if (!deps.verifier) {
      problems.push({ message: 'this Shopfloor App has no signature verifier configured, so no report can be trusted', fix: 'run the App through `createShopfloorApp` (it wires the Ed25519 verifier)' });
      break;
    }
    const checked = checkReport(file, `the ${gatesCheckName} report`, signers, deps.verifier, headSha);
    if (!checked.ok) {
      problems.push({ message: `a report was rejected: ${checked.reasons.join(' ')}`, fix: `verify \`${headSha.slice(0, 7)}\` again and sign with a key listed in the default branch's policy \`signers\`` });
      continue;
    }
    const report = checked.report;
    return {
      problems: [],
      report: {
        trusted: true, headSha: report.head, baseSha: report.base, workOrderId: report.workOrder?.id, workOrderHash: report.workOrder?.contentHash ?? '', digest: `sha256:${deps.sha256(file)}`, passed: report.verdict.passed,
        // `required: false` is the signed report's waiver (scope.outside: drop); `refusedOnly` lets `/shopfloor accept-drop` release the rest.
        gates: report.gates.map((gate) => ({ id: gate.id, status: gate.status, ...(gate.required === false ? { required: false } : {}), ...(gate.id === 'scope' && gate.annotations.length > 0 && gate.annotations.every((a) => a.title === refusedAnnotationTitle) ? { refusedOnly: true } : {}) })),
      },
    };
  }
  return { problems };
}
