import { parseImplementCommit } from '../../core/agents/refusal-trailers.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { Git } from '../../ports/git.ts';
import type { RefusedChanges } from './verify-types.ts';

/**
 * What the newest commit Shopfloor made of an agent's work on `base..head` says was refused (its
 * `Shopfloor-Refused:` trailers), with the policy's decision: `hold` until someone decides, or `drop`.
 * The newest attempt counts: a retry after widening the scope makes a new commit that records its own
 * refusals (none, when the change now fits). Undefined when nothing was refused.
 */
export async function readRefusalRecord(git: Git, repoDir: string, range: { readonly base: string; readonly head: string }, workOrderId: string, outside: Policy['scope']['outside']): Promise<(RefusedChanges & { readonly commit: string }) | undefined> {
  // `log` lists oldest first; the newest of Shopfloor's commits counts.
  for (const commit of [...(await git.log(repoDir, { from: range.base, to: range.head }))].reverse()) {
    const record = parseImplementCommit(`${commit.subject}\n\n${commit.body}`);
    if (!record || record.workOrder !== workOrderId) continue;
    return record.refused.length > 0 ? { paths: record.refused, decision: outside, commit: commit.sha } : undefined;
  }
  return undefined;
}
