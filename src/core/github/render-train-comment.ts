/** The key of a pull request's train comment (one per PR, updated in place). */
export const trainCommentKey = (pull: number) => `train-pr-${pull}`;

/** What a pull request's train comment says: where it stands, that it landed, or why it was evicted. */
export type TrainCommentView =
  | { readonly kind: 'queued'; readonly headSha: string; readonly position: number; readonly queued: number; readonly car?: number; readonly batch?: readonly number[]; readonly stagingSha?: string }
  | { readonly kind: 'landed'; readonly car: number; readonly sha: string; readonly main: string; readonly members: readonly number[]; readonly reportDigest: string; readonly reportUrl?: string }
  | { readonly kind: 'evicted'; readonly headSha: string; readonly reason: string; readonly evidence: readonly string[]; readonly requeue: string }
  | { readonly kind: 'stopped'; readonly headSha: string; readonly main: string; readonly problem: string; readonly fix: string };

const short = (sha: string) => sha.slice(0, 7);

/** The Markdown of a train comment (the App adds its key marker). */
export function renderTrainComment(view: TrainCommentView): string {
  switch (view.kind) {
    case 'queued':
      return [
        `**Merge train:** \`${short(view.headSha)}\` is queued, position ${view.position} of ${view.queued}.`,
        view.car !== undefined ? `It rides in car ${view.car} with ${(view.batch ?? []).map((n) => `#${n}`).join(', ')}${view.stagingSha ? `; staging commit \`${short(view.stagingSha)}\` is being verified` : '; its staging commit is being built'}.` : 'It waits for a car.',
      ].join('\n');
    case 'landed':
      return `**Merge train:** landed in car ${view.car} with ${view.members.map((n) => `#${n}`).join(', ')}. \`${view.main}\` was fast-forwarded to the staging commit \`${short(view.sha)}\`, proven by the signed report ${view.reportDigest.slice(0, 19)}…${view.reportUrl ? ` ([report](${view.reportUrl}))` : ''}.`;
    case 'evicted':
      return [`**Merge train:** \`${short(view.headSha)}\` was evicted: ${view.reason}.`, '', ...view.evidence.map((line) => `- ${line}`), '', `To re-queue: ${view.requeue}.`].join('\n');
    case 'stopped':
      return [`**Merge train:** stopped. \`${view.main}\` moved outside the train: ${view.problem}. \`${short(view.headSha)}\` stays queued; nothing lands until that is fixed.`, '', `To fix: ${view.fix}.`].join('\n');
  }
}
