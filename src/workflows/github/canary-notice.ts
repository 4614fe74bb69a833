import type { Forge } from '../../ports/forge.ts';

/** The label on the App's canary incident issues (the ones not meant to become work orders). */
export const canaryIncidentLabel = 'shopfloor-canary';

/**
 * Says what the App did about a red canary where people look: a keyed comment on the culprit's merged
 * PR when there is one, else a keyed incident issue. Returns whether this call created it, so the caller
 * dispatches a runner only once per red commit.
 */
export async function ensureCanaryNotice(forge: Forge, repo: string, key: string, notice: { readonly title: string; readonly body: string; readonly pullNumber?: number }): Promise<{ readonly created: boolean; readonly where: string }> {
  if (notice.pullNumber !== undefined) {
    const comment = await forge.ensureComment({ repo, issueNumber: notice.pullNumber }, key, `**${notice.title}**\n\n${notice.body}`);
    return { created: comment.created, where: `#${notice.pullNumber}` };
  }
  const issue = await forge.ensureIssue(repo, key, { title: notice.title, body: notice.body, labels: [canaryIncidentLabel] });
  return { created: issue.created, where: `#${issue.value.number}` };
}
