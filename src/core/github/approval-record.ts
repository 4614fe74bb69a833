import type { ApprovalFact } from '../merge/merge-facts.ts';
import { repoPermissions, type RepoPermission } from './authorize-command.ts';

/**
 * Approvals live in Shopfloor's own reply to `/shopfloor approve`, as a hidden record bound to the head
 * SHA at approval time. Only comments written by the App itself are read back, so nobody can forge one
 * by pasting the marker.
 */
export function renderApprovalRecord(approval: ApprovalFact): string {
  return `<!-- shopfloor:approval user=${approval.user} sha=${approval.sha} permission=${approval.permission} -->`;
}

const recordPattern = /^<!-- shopfloor:approval user=([A-Za-z0-9-]+(?:\[bot\])?) sha=([0-9a-f]{40}) permission=([a-z]+) -->$/gm;

export function readApprovals(comments: readonly { readonly body: string; readonly appId?: number }[], ownAppId: number): ApprovalFact[] {
  const approvals: ApprovalFact[] = [];
  for (const comment of comments) {
    if (comment.appId !== ownAppId) continue;
    for (const match of comment.body.matchAll(recordPattern)) {
      const permission = match[3] as RepoPermission;
      if (repoPermissions.includes(permission)) approvals.push({ user: match[1]!, sha: match[2]!, permission });
    }
  }
  return approvals;
}

/** A push voids every approval given for an earlier head. */
export function approvalsForHead(approvals: readonly ApprovalFact[], headSha: string): ApprovalFact[] {
  return approvals.filter((approval) => approval.sha === headSha);
}
