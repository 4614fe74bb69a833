import { agentBranchName, parseAgentBranch, runIdOf } from '../loop/agent-branch.ts';
import { sanitizeUntrustedText } from '../agents/sanitize-untrusted-text.ts';

/** The work-order id for an issue: derived from its number only, so no issue text reaches a branch name. */
export function workOrderIdForIssue(issueNumber: number): string {
  if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) throw new Error(`issue number ${issueNumber} is not a positive integer`);
  return `issue-${issueNumber}`;
}

/**
 * The agent branch for one attempt at an issue's work order. The short id is a digest of repo, issue,
 * work order and attempt, so a redelivered event names the same branch (one branch, not two).
 */
export function issueAgentBranch(workOrderId: string, digestHex: string): string {
  return agentBranchName(workOrderId, digestHex);
}

/** The agent branch and run id of an attempt at an issue's work order: intake makes them, later steps find them again. */
export function issueRunIdentity(repo: string, issueNumber: number, workOrderId: string, sha256: (text: string) => string, attempt = 1): { readonly branch: string; readonly runId: string } {
  const branch = issueAgentBranch(workOrderId, sha256(attemptKey(repo, issueNumber, workOrderId, attempt)));
  return { branch, runId: runIdOf(parseAgentBranch(branch)!) };
}

/** The text the digest for `issueAgentBranch` is taken over. */
export function attemptKey(repo: string, issueNumber: number, workOrderId: string, attempt: number): string {
  return `${repo.toLowerCase()}#${issueNumber}:${workOrderId}:${attempt}`;
}

/**
 * A one-line title from untrusted issue text: hidden characters stripped, control characters and
 * newlines folded, Markdown/HTML openers neutralised, at most 200 characters (the WorkOrder limit).
 */
export function sanitizeTitle(title: string, sha256: (text: string) => string): string {
  const visible = sanitizeUntrustedText(title, sha256).text;
   
  const folded = visible.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  const plain = folded.replace(/^\[(?:work ?order|shopfloor)\]\s*/i, '').replace(/[<>`]/g, '');
  return (plain || 'Untitled work order').slice(0, 200).trim();
}
