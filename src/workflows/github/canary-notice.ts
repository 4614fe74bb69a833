import type { GitHubAppDeps } from './github-app-deps.ts';
import { claimEffect, underClaim } from './claim-effect.ts';

/** The label on the App's canary incident issues (the ones not meant to become work orders). */
export const canaryIncidentLabel = 'shopfloor-canary';

export interface CanaryNotice {
  readonly title: string;
  readonly body: string;
  /** The culprit's merged PR: the notice is a keyed comment there instead of an incident issue. */
  readonly pullNumber?: number;
  /** A tree the repository has (the red commit's), so the claim needs no tree of its own. */
  readonly tree?: string;
}

/**
 * Says what the App did about a red canary where people look: a keyed comment on the culprit's merged
 * PR when there is one, else a keyed incident issue; then `act` (a runner dispatch) runs. Both happen
 * under a claim on `key` in git, so of all replicas handling the red commit exactly one writes the
 * notice and dispatches; `acted` says whether this handling did. A failed notice or dispatch releases
 * the claim, so the next delivery of the red run takes it over (and may dispatch again: at least once).
 */
export async function ensureCanaryNotice(deps: GitHubAppDeps, repo: string, key: string, notice: CanaryNotice, act: () => Promise<void> = async () => {}): Promise<{ readonly acted: boolean; readonly where: string }> {
  const { forge } = deps;
  const claim = await claimEffect(deps, repo, key, notice.tree);
  if (!claim.held) {
    if (notice.pullNumber !== undefined) return { acted: false, where: `#${notice.pullNumber}` };
    const found = await forge.findIssue(repo, key, canaryIncidentLabel);
    return { acted: false, where: found ? `#${found.number}` : `an issue ${claim.by} is opening` };
  }
  return underClaim(claim, async () => {
    let where = `#${notice.pullNumber}`;
    if (notice.pullNumber !== undefined) await forge.ensureComment({ repo, issueNumber: notice.pullNumber }, key, `**${notice.title}**\n\n${notice.body}`);
    else where = `#${(await forge.ensureIssue(repo, key, { title: notice.title, body: notice.body, labels: [canaryIncidentLabel] }, { absent: claim.fresh })).value.number}`;
    await act();
    return { acted: true, where };
  });
}
