import { evidenceLines, renderRevertPull, type CulpritSummary, type RevertTrigger } from '../../core/github/revert-evidence.ts';
import { renderWorkOrderIssue } from '../../core/github/render-bug-issue.ts';
import { shopfloorLabel } from '../../core/github/work-order-form.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { buildBugWorkOrder } from '../../core/revert/build-bug-work-order.ts';
import { planRevert } from '../../core/revert/plan-revert.ts';
import { workOrdersOf } from '../../core/revert/read-commit-message.ts';
import { renderRevertCommitMessage } from '../../core/revert/revert-commit-message.ts';
import { changedPaths, planRevertTree, restorePath } from '../../core/revert/revert-tree.ts';
import type { ForgeCommit } from '../../ports/git-data-forge.ts';
import { claimEffect, underClaim } from './claim-effect.ts';
import { gatherCulpritFacts, type CulpritFacts } from './gather-culprit-facts.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';

export interface RevertCulpritInput {
  readonly repo: string;
  readonly culprit: ForgeCommit;
  readonly main: { readonly name: string; readonly sha: string };
  readonly policy: Policy;
  readonly trigger: RevertTrigger;
  /** Messages of the first-parent merges since last-known-good: Shopfloor reverts among them did not restore green. */
  readonly suspectMessages: readonly string[];
}

/**
 * `opened`: the revert PR and its bug work order issue exist (`created` says whether this call made the
 * PR); `skipped`: the revert policy said no, with its reasons; `needs-runner`: the API cannot build the
 * revert cleanly, so the caller dispatches a runner (`command: revert` with the culprit).
 */
export type RevertCulpritOutcome =
  | { readonly kind: 'opened'; readonly culprit: CulpritSummary; readonly branch: string; readonly revertSha: string; readonly pull: { readonly number: number; readonly url: string; readonly created: boolean }; readonly issue: BugIssue }
  | { readonly kind: 'skipped'; readonly culprit: CulpritSummary; readonly reasons: readonly string[] }
  | { readonly kind: 'needs-runner'; readonly culprit: CulpritSummary; readonly reason: string };

/** The bug work order issue, or who is opening it now (another handling holds its claim and has not opened it yet). */
export type BugIssue = { readonly number: number; readonly url: string; readonly created: boolean } | { readonly openingBy: string };

/** The key of a culprit's bug work order issue: one per culprit, however often the canary goes red. */
export const bugIssueKey = (sha: string) => `revert-bug/${sha}`;

/**
 * The App's revert of one merge: gather facts, run the revert policy (quota, age, opt-out label, never a
 * revert of a revert), build the revert commit through the git data API when it is clean, open the revert
 * PR with the App's token (so its checks run) and the bug work order issue in the issue-form shape intake
 * reads. Every write is keyed by the culprit: the branch `shopfloor/revert/<sha>`, the PR by that head,
 * the issue by `revert-bug/<sha>` under a claim in git (`refs/shopfloor/claims/revert-bug/<sha>`), so
 * replicas racing on one culprit open one issue; a repeat finds them all and writes nothing new.
 */
export async function revertCulprit(deps: GitHubAppDeps, input: RevertCulpritInput): Promise<RevertCulpritOutcome> {
  const { forge } = deps;
  const { repo, culprit, main, policy } = input;
  const gathered = await gatherCulpritFacts(forge, { repo, culprit, mainSha: main.sha, policy: policy.revert, nowMs: Date.parse(deps.now()), suspectMessages: input.suspectMessages });
  const summary: CulpritSummary = {
    sha: culprit.sha, subject: gathered.facts.culprit.subject, workOrders: workOrdersOf({ body: gathered.facts.culprit.body }), files: gathered.facts.culprit.files,
    ...(gathered.pull ? { pull: { number: gathered.pull.number, url: gathered.pull.url } } : {}),
  };
  let revertSha = gathered.existingBranchSha;
  let branchCreated = false;
  let notes: readonly string[] = ['the revert branch already existed; reused it'];
  if (!revertSha) {
    if (gathered.since.status !== 'ahead' && gathered.since.status !== 'identical') return { kind: 'skipped', culprit: summary, reasons: [`${culprit.sha.slice(0, 12)} is not on ${main.name} (compare says ${gathered.since.status})`] };
    const plan = planRevert(gathered.facts, policy.revert);
    if (plan.action !== 'revert') return { kind: 'skipped', culprit: summary, reasons: plan.reasons.map((r) => r.message) };
    notes = plan.notes;
    const built = await buildRevertCommit(deps, repo, culprit, main, gathered);
    if (!built.ok) return { kind: 'needs-runner', culprit: summary, reason: built.reason };
    const branch = await forge.ensureBranch(repo, gathered.branch, built.sha);
    revertSha = branch.value.sha;
    branchCreated = branch.created;
  }
  const key = bugIssueKey(culprit.sha);
  const pullText = renderRevertPull({ trigger: input.trigger, culprit: summary, notes, bugIssueKey: key });
  const pull = await forge.ensurePullRequest(repo, { head: gathered.branch, base: main.name, title: pullText.title, body: pullText.body, draft: false }, { absent: branchCreated });
  const bug = buildBugWorkOrder({
    culprit: { sha: culprit.sha, subject: summary.subject, files: summary.files }, revertSha, revertBranch: gathered.branch,
    ...failingCheckOf(policy), workOrders: summary.workOrders, testGlobs: policy.revert.testGlobs,
  });
  const evidence = [`- Revert pull request: #${pull.value.number}`, ...evidenceLines(input.trigger, summary)];
  // GitHub has no unique key for issues: of all handlings of this culprit, only the claim's holder opens
  // it. A repeat (the branch was there) looks first, so a finished culprit costs no write at all.
  const earlier = branchCreated ? undefined : await forge.findIssue(repo, key, shopfloorLabel);
  const issue: BugIssue = earlier ? { ...earlier, created: false } : await openBugIssue(deps, repo, key, culprit.treeSha, { title: bug.workOrder.title, body: renderWorkOrderIssue(bug.workOrder, [{ heading: 'Evidence', lines: evidence }]), labels: [shopfloorLabel, 'bug'] });
  return { kind: 'opened', culprit: summary, branch: gathered.branch, revertSha, pull: { number: pull.value.number, url: pull.value.url, created: pull.created }, issue };
}

/** The bug issue under its claim: only the holder creates it (without a lookup when the claim is new); the others find it. */
async function openBugIssue(deps: GitHubAppDeps, repo: string, key: string, tree: string, issue: { readonly title: string; readonly body: string; readonly labels: readonly string[] }): Promise<BugIssue> {
  const claim = await claimEffect(deps, repo, key, tree);
  if (claim.held) {
    const ensured = await underClaim(claim, () => deps.forge.ensureIssue(repo, key, issue, { absent: claim.fresh }));
    return { ...ensured.value, created: ensured.created };
  }
  const found = await deps.forge.findIssue(repo, key, shopfloorLabel);
  return found ? { ...found, created: false } : { openingBy: claim.by };
}

/** The revert as one new commit on main, when the tree edit is exact (see `planRevertTree`). */
async function buildRevertCommit(deps: GitHubAppDeps, repo: string, culprit: ForgeCommit, main: { readonly sha: string }, gathered: CulpritFacts): Promise<{ ok: true; sha: string } | { ok: false; reason: string }> {
  const { forge } = deps;
  const parent = culprit.parents[0];
  if (!parent) return { ok: false, reason: 'the culprit has no parent to go back to' };
  if (gathered.diff.truncated || gathered.since.truncated) return { ok: false, reason: 'the compare API cut its list (more than 250 commits or 300 files)' };
  const restore = gathered.diff.files.flatMap((f) => restorePath(f) ?? []);
  const tree = restore.length ? await forge.readTreeEntries(repo, parent, restore) : { entries: [], truncated: false };
  const plan = planRevertTree({ changes: gathered.diff.files, parentEntries: tree.entries, touchedSince: changedPaths(gathered.since.files), treeTruncated: tree.truncated });
  if (!plan.clean) return { ok: false, reason: plan.reason };
  const baseTree = main.sha === culprit.sha ? culprit.treeSha : gathered.since.commits.find((c) => c.sha === main.sha)?.treeSha ?? (await forge.getCommit(repo, main.sha)).treeSha;
  const subject = gathered.facts.culprit.subject.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return { ok: true, sha: (await forge.createCommitOnTree(repo, { baseTree, parents: [main.sha], message: renderRevertCommitMessage(subject, culprit.sha), entries: plan.entries })).sha };
}

/** The bug work order's reproducer: the one canary flow, or the whole canary when there are several. */
function failingCheckOf(policy: Policy): { failingCheck?: { name: string; run: string } } {
  const flows = policy.canary?.flows ?? [];
  if (flows.length === 1) return { failingCheck: { name: flows[0]!.id, run: flows[0]!.run } };
  return flows.length ? { failingCheck: { name: 'canary', run: 'npx shopfloor canary' } } : {};
}
