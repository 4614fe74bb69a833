/**
 * `/shopfloor hold` and `unhold` leave a hidden record in the App's reply; the latest record wins. Only
 * comments written by the App itself count (anyone can paste a marker into their own comment).
 */
const recordPattern = /^<!-- shopfloor:(hold|unhold) user=([A-Za-z0-9-]+(?:\[bot\])?) sha=[0-9a-f]{40} -->$/gm;

/** The active holds, oldest comment first in, as reasons a merge decision can show. */
export function readHolds(comments: readonly { readonly body: string; readonly appId?: number }[], ownAppId: number): string[] {
  let hold: string | undefined;
  for (const comment of comments) {
    if (comment.appId !== ownAppId) continue;
    for (const match of comment.body.matchAll(recordPattern)) hold = match[1] === 'hold' ? `held by @${match[2]} with /shopfloor hold` : undefined;
  }
  return hold ? [hold] : [];
}
