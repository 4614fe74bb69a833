import { firstParentSuspects } from '../../core/github/canary-suspects.ts';
import { evidenceLines, type RevertTrigger } from '../../core/github/revert-evidence.ts';
import { splitMessage } from '../../core/github/revert-ledger-from-pulls.ts';
import { ensureCanaryNotice } from './canary-notice.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { loadDefaultBranchPolicy } from './load-default-branch-policy.ts';
import { revertCulprit, type RevertCulpritOutcome } from './revert-culprit.ts';

/** The ref the runner's canary advances on GREEN (see `shopfloor canary`). */
export const lastGoodRefName = 'shopfloor/canary/last-good';

export interface CanaryRedEvent {
  readonly repo: string;
  /** The commit the canary judged RED (the run's head SHA on the default branch). */
  readonly redSha: string;
  readonly runUrl?: string;
}

export type CanaryRedOutcome =
  | { readonly kind: 'ignored'; readonly reason: string }
  | { readonly kind: 'bisect'; readonly suspects: number; readonly dispatched: boolean; readonly where: string }
  | { readonly kind: 'revert'; readonly outcome: RevertCulpritOutcome; readonly dispatched?: boolean; readonly where?: string };

const short = (sha: string) => sha.slice(0, 12);

/**
 * A red canary on the default branch. Suspects are the first-parent merges between last-known-good
 * (`refs/shopfloor/canary/last-good`, else the red commit's first parent) and the red commit. One
 * suspect is the culprit: the revert policy (read from the default branch; an invalid one stops here
 * with a notice) runs and, if it allows, the revert PR and the bug work order issue are opened. Several suspects: culprit finding is dispatched to a runner (the canary workflow with
 * `command: bisect`) and an incident issue says so. Keyed by the red commit, so a repeat acts once.
 */
export async function handleCanaryRed(deps: GitHubAppDeps, event: CanaryRedEvent): Promise<CanaryRedOutcome> {
  const { forge } = deps;
  const { repo, redSha } = event;
  const workflow = deps.settings.canaryWorkflow;
  // Main's head is read only for a revert (its base); a notice and a dispatch need the name alone.
  const [mainName, lastGoodRef] = await Promise.all([forge.getDefaultBranchName(repo), forge.getRef(repo, lastGoodRefName)]);
  const key = `canary-red/${redSha}`;
  const lastGood = lastGoodRef ?? (await forge.getCommit(repo, redSha)).parents[0];
  if (!lastGood) return { kind: 'ignored', reason: `${short(redSha)} has no parent to compare with` };
  if (lastGood === redSha) return { kind: 'ignored', reason: `${short(redSha)} is last-known-good itself: the environment broke, not a merge; nothing to revert` };
  const comparison = await forge.compareCommits(repo, lastGood, redSha);
  if (comparison.status !== 'ahead') return { kind: 'ignored', reason: `${short(redSha)} is not after last-known-good ${short(lastGood)} (compare says ${comparison.status}); an old run, nothing to do` };
  const walk = firstParentSuspects(redSha, lastGood, comparison.commits);
  const suspects = walk.suspects.map((c) => ({ sha: c.sha, subject: splitMessage(c.message).subject }));
  const trigger: RevertTrigger = { kind: 'canary', redSha, ...(event.runUrl ? { runUrl: event.runUrl } : {}), lastGood, lastGoodFrom: lastGoodRef ? 'ref' : 'first-parent', suspects };

  if (suspects.length !== 1 || !walk.complete) {
    const count = walk.complete ? `${suspects.length} merges` : `more than ${suspects.length} merges`;
    const body = [
      `The canary went red on \`${short(redSha)}\`${event.runUrl ? ` ([run](${event.runUrl}))` : ''}; ${count} landed since last-known-good \`${short(lastGood)}\`, so no single merge is to blame yet.`,
      `Shopfloor dispatched culprit finding to a runner (\`${workflow}\` with \`command: bisect\`, good \`${short(lastGood)}\`, bad \`${short(redSha)}\`); the runner's bisect is flake-aware and ends in a revert of the culprit it names.`,
      '', '### Suspects', ...suspects.map((s) => `- ${s.sha} ${s.subject.replace(/`/g, "'")}`),
    ].join('\n');
    const tree = comparison.commits.find((c) => c.sha === redSha)?.treeSha;
    const notice = await ensureCanaryNotice(deps, repo, key, { title: `Canary red at ${short(redSha)}: finding the culprit among ${count}`, body, ...(tree ? { tree } : {}) }, () => forge.dispatchWorkflow(repo, workflow, mainName, { command: 'bisect', good: lastGood, bad: redSha }));
    return { kind: 'bisect', suspects: suspects.length, dispatched: notice.acted, where: notice.where };
  }

  // The revert policy is read only when the App itself reverts: culprit finding runs on a runner, which
  // reads the policy from the default branch when its bisect ends in a revert.
  const loaded = await loadDefaultBranchPolicy(forge, repo);
  if (!loaded.ok) {
    const notice = await ensureCanaryNotice(deps, repo, key, { title: `Canary red at ${short(redSha)}: nothing reverted`, body: `The canary went red${event.runUrl ? ` ([run](${event.runUrl}))` : ''}, but ${loaded.message}. Shopfloor reads the revert policy from ${mainName} only.` });
    return { kind: 'ignored', reason: `${loaded.message} (said so on ${notice.where})` };
  }
  const culprit = walk.suspects[0]!;
  const main = await forge.getDefaultBranch(repo);
  const outcome = await revertCulprit(deps, { repo, culprit, main, policy: loaded.policy, trigger, suspectMessages: walk.suspects.map((c) => c.message) });
  if (outcome.kind === 'opened') return { kind: 'revert', outcome };
  const title = outcome.kind === 'skipped' ? `Canary red at ${short(redSha)}: ${short(culprit.sha)} not reverted automatically` : `Canary red at ${short(redSha)}: reverting ${short(culprit.sha)} on a runner`;
  const because = outcome.kind === 'skipped'
    ? ['The revert policy (`revert:` in `.github/shopfloor.yml` on the default branch) said no:', ...outcome.reasons.map((r) => `- ${r}`), '', 'Revert by hand or fix forward; `/shopfloor revert` on the merged pull request asks again.']
    : [`The App cannot build this revert through the API: ${outcome.reason}. Shopfloor dispatched \`${workflow}\` with \`command: revert\` so a runner runs \`git revert\` (conflicts are never auto-resolved).`];
  const body = [`This merge is the only one since last-known-good, so the canary blames it.`, '', ...because, '', '### Evidence', ...evidenceLines(trigger, outcome.culprit)].join('\n');
  const notice = await ensureCanaryNotice(deps, repo, key, { title, body, tree: culprit.treeSha, ...(outcome.culprit.pull ? { pullNumber: outcome.culprit.pull.number } : {}) }, async () => {
    if (outcome.kind === 'needs-runner') await forge.dispatchWorkflow(repo, workflow, main.name, { command: 'revert', culprit: culprit.sha });
  });
  return { kind: 'revert', outcome, ...(outcome.kind === 'needs-runner' ? { dispatched: notice.acted } : {}), where: notice.where };
}
