import type { MergeCheckState } from './render-merge-check.ts';

/** Where a queued pull request stands in the train, as its `shopfloor/merge` check and tracking comment show it. */
export interface TrainPosition {
  /** 1-based place among everything queued (cars first, then waiting). */
  readonly position: number;
  readonly queued: number;
  /** The car (staging commit) it rides in, when it is in one. */
  readonly car?: { readonly id: number; readonly members: readonly number[]; readonly sha?: string; readonly branch: string };
}

const short = (sha: string) => sha.slice(0, 7);
const pulls = (numbers: readonly number[]) => numbers.map((n) => `#${n}`).join(', ');

/** Ready and in the train: nothing for a human to do; the check completes when its staging commit lands. */
export function renderQueuedCheck(headSha: string, at: TrainPosition, detailsUrl: string): MergeCheckState {
  const car = at.car;
  const where = car
    ? car.sha
      ? `car ${car.id} (${pulls(car.members)}): verifying the staging commit \`${short(car.sha)}\` on \`${car.branch}\``
      : `car ${car.id} (${pulls(car.members)}): building its staging commit`
    : 'waiting for a car';
  return {
    status: 'in_progress', detailsUrl,
    output: {
      title: `In the merge train: ${at.position} of ${at.queued}, ${car ? `car ${car.id}` : 'waiting'}`,
      summary: [
        `\`${short(headSha)}\` is verified and approved, so Shopfloor queued it in its merge train instead of merging it alone.`,
        '',
        `- Position: ${at.position} of ${at.queued}`,
        `- Now: ${where}`,
        '',
        'Main moves only to a staging commit (main + the pull requests ahead + this one) whose own signed report passes. A push, a voided approval or `/shopfloor hold` takes it out of the train.',
      ].join('\n'),
    },
  };
}

/** Landed by the train: main was fast-forwarded to the staging commit that the signed report proves. */
export function renderLandedCheck(headSha: string, landed: { readonly car: number; readonly sha: string; readonly reportDigest: string; readonly members: readonly number[]; readonly reportUrl?: string }): MergeCheckState {
  return {
    status: 'completed', conclusion: 'success', ...(landed.reportUrl ? { detailsUrl: landed.reportUrl } : {}),
    output: {
      title: `Landed by the merge train (car ${landed.car})`,
      summary: `\`${short(headSha)}\` landed with ${pulls(landed.members)}: main was fast-forwarded to the staging commit \`${short(landed.sha)}\`, whose tree the signed report ${landed.reportDigest.slice(0, 19)}… proves${landed.reportUrl ? ` ([report](${landed.reportUrl}))` : ''}.`,
    },
  };
}

/** Taken out of the train by the planner: what proves it, and how to bring it back. */
export function renderEvictedCheck(headSha: string, eviction: { readonly reason: string; readonly evidence: readonly string[]; readonly requeue: string }, detailsUrl: string): MergeCheckState {
  return {
    status: 'completed', conclusion: 'action_required', detailsUrl,
    output: {
      title: `Evicted from the merge train: ${eviction.reason}`,
      summary: [`Shopfloor took \`${short(headSha)}\` out of the merge train: ${eviction.reason}.`, '', ...eviction.evidence.map((line) => `- ${line}`), '', `To re-queue: ${eviction.requeue}.`].join('\n'),
    },
  };
}

/** The train stopped because main moved to a commit nobody can account for: nothing lands until a maintainer does. */
export function renderStoppedCheck(headSha: string, problem: { readonly message: string; readonly fix: string }, detailsUrl: string): MergeCheckState {
  return {
    status: 'completed', conclusion: 'action_required', detailsUrl,
    output: {
      title: 'Merge train stopped: main moved outside the train',
      summary: [
        `\`${short(headSha)}\` stays queued, but the merge train trusts no staging verification and lands nothing: ${problem.message}.`,
        '',
        `To fix: ${problem.fix}. The train then rebuilds its staging commits on the new main.`,
      ].join('\n'),
    },
  };
}
