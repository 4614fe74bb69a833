/**
 * `/shopfloor accept-drop` lives in Shopfloor's own reply, as a hidden record bound to the head SHA it
 * was given for (a push voids it). Only comments written by the App itself are read back, so pasting
 * the marker decides nothing.
 */
export function renderAcceptDropRecord(user: string, sha: string): string {
  return `<!-- shopfloor:accept-drop user=${user} sha=${sha} -->`;
}

const recordPattern = /^<!-- shopfloor:accept-drop user=([A-Za-z0-9-]+(?:\[bot\])?) sha=([0-9a-f]{40}) -->$/gm;

/** The user who accepted dropping the refused part of `headSha`, from the App's own replies; the first one counts. */
export function readAcceptedDrop(comments: readonly { readonly body: string; readonly appId?: number }[], ownAppId: number, headSha: string): string | undefined {
  for (const comment of comments) {
    if (comment.appId !== ownAppId) continue;
    for (const match of comment.body.matchAll(recordPattern)) if (match[2] === headSha) return match[1]!;
  }
  return undefined;
}
