import type { AttemptFact } from '../../core/loop/choose-attempt.ts';
import type { ApprovalFact } from '../../core/merge/merge-facts.ts';
import type { Git } from '../../ports/git.ts';
import { readAttemptNote } from './attempt-notes.ts';
import type { AgentBranchFact } from './read-loop-facts.ts';

/**
 * The unmerged agent attempts at one work order, each with its recorded note and the approvals given to
 * its exact commit: what `chooseAttempt` decides from. A branch with nothing beyond main is not an attempt.
 */
export async function gatherAttempts(git: Git, repoDir: string, mainSha: string, branches: readonly AgentBranchFact[], approvals: readonly ApprovalFact[]): Promise<AttemptFact[]> {
  const attempts: AttemptFact[] = [];
  for (const fact of branches) {
    const own = await git.raw(repoDir, ['rev-list', '--count', `${mainSha}..${fact.sha}`]);
    if (own.stdout.trim() === '0') continue;
    const record = await readAttemptNote(git, repoDir, fact.sha);
    attempts.push({ branch: fact.branch, sha: fact.sha, ...(record ? { record } : {}), approvals: approvals.filter((a) => a.sha === fact.sha).length });
  }
  return attempts;
}
