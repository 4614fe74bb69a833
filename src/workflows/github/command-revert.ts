import { parseAgentBranch } from '../../core/loop/agent-branch.ts';
import type { PullRequestInfo } from '../../ports/forge.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import type { CommandReply, CommentEvent } from './comment-event.ts';
import { loadDefaultBranchPolicy } from './load-default-branch-policy.ts';
import { revertCulprit } from './revert-culprit.ts';

/**
 * `/shopfloor revert` on a merged agent PR: the canary's revert path for its merge commit, under the same
 * revert policy (quota, age, opt-out label, never a revert of a revert) read from the default branch. The
 * reply names the revert PR and bug issue, the policy's reasons, or the runner it dispatched.
 */
export async function commandRevert(deps: GitHubAppDeps, event: CommentEvent, pull: PullRequestInfo | undefined): Promise<CommandReply> {
  const { forge } = deps;
  if (!pull || !parseAgentBranch(pull.headRef)) return { allowed: false, text: 'Not done: `/shopfloor revert` works on merged Shopfloor agent pull requests; revert any other merge with `shopfloor revert <sha>` on a runner.' };
  const summary = await forge.getPullRequestSummary(event.repo, pull.number);
  if (!summary.mergeCommitSha) return { allowed: false, text: `Not done: #${pull.number} is not merged, so there is nothing to revert; \`/shopfloor cancel\` closes it instead.` };
  const [main, loaded, culprit] = await Promise.all([forge.getDefaultBranch(event.repo), loadDefaultBranchPolicy(forge, event.repo), forge.getCommit(event.repo, summary.mergeCommitSha)]);
  if (!loaded.ok) return { allowed: false, text: `Not done: ${loaded.message}.` };
  const outcome = await revertCulprit(deps, { repo: event.repo, culprit, main, policy: loaded.policy, trigger: { kind: 'command', user: event.comment.author.login, pullNumber: pull.number }, suspectMessages: [] });
  const short = culprit.sha.slice(0, 12);
  if (outcome.kind === 'opened') {
    const again = outcome.pull.created ? '' : ' (they already existed)';
    const issue = 'number' in outcome.issue ? `bug work order #${outcome.issue.number}` : 'its bug work order issue (being opened by another handling)';
    return { allowed: true, text: `Reverting ${short}: revert pull request #${outcome.pull.number} on \`${outcome.branch}\` and ${issue}${again}.` };
  }
  if (outcome.kind === 'skipped') return { allowed: false, text: `Not reverted: ${outcome.reasons.join('; ')}.` };
  const workflow = deps.settings.canaryWorkflow;
  await forge.dispatchWorkflow(event.repo, workflow, main.name, { command: 'revert', culprit: culprit.sha });
  return { allowed: true, text: `Dispatched \`${workflow}\` with \`command: revert\` for ${short}: the App cannot build this revert through the API (${outcome.reason}); a runner runs \`git revert\` and never auto-resolves a conflict.` };
}
