import { mergeCheckName } from '../../core/github/render-merge-check.ts';
import { renderEvictedCheck, renderLandedCheck } from '../../core/github/render-train-check.ts';
import type { TrainAction, TrainEvent, TrainEviction, TrainState } from '../../core/train/train-types.ts';
import type { TrainForge } from '../../ports/train-forge.ts';
import { buildStagingCommit, stagingBranch } from './build-staging-commit.ts';
import type { GitHubAppDeps } from './github-app-deps.ts';
import { readStagingVerification } from './read-staging-verification.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { renderTrainComment, trainCommentKey } from '../../core/github/render-train-comment.ts';

/** The App's deps plus the train's git writes. */
export interface TrainDeps extends GitHubAppDeps {
  readonly train: TrainForge;
}

/** A train candidate's key on GitHub: `pr#<number>`. */
export const pullKey = (number: number) => `pr#${number}`;
export const pullOfKey = (key: string) => Number(/^pr#(\d+)$/.exec(key)?.[1] ?? Number.NaN);

/**
 * Carries out one action the planner returned to the writer whose state landed, and says what happened
 * as the planner's next events: a build answers `built` or `build-failed`; a land answers `landed` or
 * `land-failed`; a first verification that already finished (the workflow was faster than this write)
 * answers `verified`. Staging commits get `shopfloor/merge` success just before main moves to them, so
 * a ruleset that requires that check on main's commits lets exactly this move through.
 */
export async function applyTrainAction(deps: TrainDeps, repo: string, main: string, policy: Policy, state: TrainState, action: TrainAction): Promise<TrainEvent[]> {
  const { forge, train } = deps;
  switch (action.type) {
    case 'build': {
      const members = action.members.map((member) => ({ key: member.key, pullNumber: pullOfKey(member.key), headSha: member.headSha, title: member.workOrderId }));
      const built = await buildStagingCommit(train, repo, { car: action.car, base: action.base, members, builder: deps.handler });
      if (built.ok) return [{ type: 'built', car: action.car, sha: built.sha }];
      return [{ type: 'build-failed', car: action.car, key: built.conflict.key, detail: `GitHub could not merge #${built.conflict.pullNumber} at ${built.conflict.headSha.slice(0, 7)} onto ${action.base.slice(0, 7)}: ${built.message}` }];
    }
    case 'verify': {
      if (action.attempt > 1) {
        // A retry of the same commit: no push happens, so the verify workflow is dispatched on the staging branch.
        await forge.dispatchWorkflow(repo, deps.settings.verifyWorkflow ?? 'shopfloor-verify.yml', stagingBranch(action.car), {});
        return [];
      }
      const done = await readStagingVerification(deps, repo, policy, action.sha);
      return done ? [{ type: 'verified', car: action.car, ...done }] : [];
    }
    case 'land': {
      const report = await readStagingVerification(deps, repo, policy, action.sha);
      const proof = report ? `The signed report ${report.digest.slice(0, 19)}… proves the staging commit \`${action.sha.slice(0, 7)}\`` : `The staging commit \`${action.sha.slice(0, 7)}\` passed its gates`;
      await forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: action.sha, status: 'completed', conclusion: 'success', ...(report ? { detailsUrl: report.url } : {}), output: { title: `Merge train car ${action.car}: verified, landing`, summary: `${proof} (${action.members.map((key) => `#${pullOfKey(key)}`).join(', ')} on top of \`${action.expectedMain.slice(0, 7)}\`); Shopfloor fast-forwards ${main} to exactly that commit.` } });
      const moved = await train.fastForwardBranch(repo, main, action.expectedMain, action.sha);
      if (!moved.ok) {
        const now = await forge.getDefaultBranch(repo);
        deps.log?.(`train car ${action.car}: ${main} did not move to ${action.sha.slice(0, 7)}: ${moved.message}`);
        return [{ type: 'land-failed', car: action.car, main: now.sha }];
      }
      for (const key of action.members) {
        const candidate = state.queue.find((c) => c.key === key);
        if (!candidate) continue;
        const landed = { car: action.car, sha: action.sha, reportDigest: report?.digest ?? '', members: action.members.map(pullOfKey), ...(report?.url ? { reportUrl: report.url } : {}) };
        await forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: candidate.headSha, ...renderLandedCheck(candidate.headSha, landed) });
        await forge.ensureComment({ repo, issueNumber: pullOfKey(key) }, trainCommentKey(pullOfKey(key)), renderTrainComment({ kind: 'landed', ...landed, main }));
      }
      await train.deleteBranch(repo, stagingBranch(action.car));
      return [{ type: 'landed', car: action.car, sha: action.sha }];
    }
    case 'cancel':
      await train.deleteBranch(repo, stagingBranch(action.car));
      return [];
    case 'evict':
      await evictMember(deps, repo, action.eviction);
      return [];
  }
}

/** The culprit's `shopfloor/merge` hold and tracking comment: the evidence, and how to re-queue. */
async function evictMember(deps: TrainDeps, repo: string, eviction: TrainEviction): Promise<void> {
  const number = pullOfKey(eviction.key);
  const { evidence } = eviction;
  const reason = eviction.reason === 'conflict' ? 'it does not merge onto the train' : 'the staging commit with it failed its gates';
  const lines = [
    `car ${evidence.car}${evidence.sha ? `: staging commit \`${evidence.sha.slice(0, 7)}\`` : ''}${evidence.base ? ` on \`${evidence.base.slice(0, 7)}\`` : ''}`,
    ...(evidence.failingGates.length ? [`failing gates: ${evidence.failingGates.map((gate) => `\`${gate}\``).join(', ')} (${evidence.attempts} verification${evidence.attempts === 1 ? '' : 's'})`] : []),
    ...(evidence.detail ? [evidence.detail] : []),
  ];
  const pull = `https://github.com/${repo}/pull/${number}`;
  // GitHub's own way back for the same head: "Re-run" on this check (only the App that made it gets that request).
  const requeue = `${eviction.requeue.replace(/\.$/, '')}; or, to try the same head again, choose "Re-run" on this check`;
  await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: eviction.headSha, ...renderEvictedCheck(eviction.headSha, { reason, evidence: lines, requeue }, pull) });
  await deps.forge.ensureComment({ repo, issueNumber: number }, trainCommentKey(number), renderTrainComment({ kind: 'evicted', headSha: eviction.headSha, reason, evidence: lines, requeue }));
}
