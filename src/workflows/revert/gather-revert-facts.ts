import type { GitCommitInfo } from '../../core/git/git-types.ts';
import type { RevertPolicy } from '../../core/policy/revert-schema.ts';
import { labelsOf, readTrailers, revertedCommitOf } from '../../core/revert/read-commit-message.ts';
import { revertTrailer } from '../../core/revert/revert-commit-message.ts';
import { changedPaths } from '../../core/revert/revert-tree.ts';
import type { LaterMerge, RevertFacts, RevertLedger } from '../../core/revert/revert-facts.ts';
import type { Git } from '../../ports/git.ts';
import { lastGoodRef, readCanaryNotes } from '../canary/canary-notes.ts';

const dayMs = 86_400_000;
/** The trailer Shopfloor puts on the reverts it creates; the ledger counts them. */

/** Paths a commit changed against its first parent (both sides of a rename). */
export async function filesOf(git: Git, repoDir: string, commit: GitCommitInfo): Promise<string[]> {
  const base = commit.parents[0];
  if (!base) return [];
  return changedPaths(await git.diff(repoDir, base, commit.sha));
}

/** Reads everything the revert policy decides from: the culprit, what landed after it, and the ledger. */
export async function gatherRevertFacts(git: Git, repoDir: string, culprit: GitCommitInfo, head: string, policy: RevertPolicy, nowMs: number): Promise<RevertFacts> {
  const later = await git.log(repoDir, { from: culprit.sha, to: head, firstParent: true });
  const laterMerges: LaterMerge[] = await Promise.all(later.map(async (c) => ({ sha: c.sha, subject: c.subject, files: await filesOf(git, repoDir, c) })));
  const everything = await git.log(repoDir, { from: culprit.sha, to: head });
  const revertedBy = everything.find((c) => revertedCommitOf(c) === culprit.sha)?.sha;
  const recoveredAt = await findRecovery(git, repoDir, culprit.sha, later);
  const [first, second] = culprit.parents;
  const merged = first && second ? await git.log(repoDir, { from: first, to: second }) : [];
  const revertsCommit = merged.map((c) => revertedCommitOf(c)).find(Boolean);
  return {
    culprit: { sha: culprit.sha, parents: culprit.parents, subject: culprit.subject, body: culprit.body, committedAtMs: Date.parse(culprit.committerDate), files: await filesOf(git, repoDir, culprit), ...(revertsCommit ? { revertsCommit } : {}) },
    nowMs,
    ...(recoveredAt ? { recoveredAt } : {}),
    ...(revertedBy ? { revertedBy } : {}),
    labels: labelsOf(culprit, policy.optOutLabel),
    laterMerges: laterMerges.filter((m) => !(revertedBy && m.sha === revertedBy)),
    ledger: await readLedger(git, repoDir, head, nowMs, culprit.sha),
  };
}

/** Main recovered when a canary after the culprit was GREEN, or last-good already sits after it. */
async function findRecovery(git: Git, repoDir: string, culprit: string, later: readonly GitCommitInfo[]): Promise<string | undefined> {
  const lastGood = await git.revParse(repoDir, lastGoodRef);
  if (lastGood && lastGood !== culprit && (await git.isAncestor(repoDir, culprit, lastGood))) return lastGood;
  const laterShas = new Set(later.map((c) => c.sha));
  const notes = (await readCanaryNotes(git, repoDir)).filter((n) => laterShas.has(n.sha)).sort((a, b) => a.note.at.localeCompare(b.note.at));
  return notes.at(-1)?.note.verdict === 'GREEN' ? notes.at(-1)!.sha : undefined;
}

/**
 * The ledger from git alone: revert branches (`shopfloor/revert/*`) created in the last 24 h, those not
 * merged yet (in flight), Shopfloor reverts merged in the last 24 h, and how many merged reverts in a
 * row were followed by a RED canary.
 */
export async function readLedger(git: Git, repoDir: string, head: string, nowMs: number, culprit?: string): Promise<RevertLedger> {
  const listed = await git.raw(repoDir, ['for-each-ref', '--format=%(refname:short)%09%(objectname)%09%(committerdate:unix)', 'refs/heads/shopfloor/revert/']);
  const branches = listed.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')).map(([name, sha, at]) => ({ name: name!, sha: sha!, atMs: Number(at) * 1000 }));
  const inFlight: string[] = [];
  // An unmerged revert of this same culprit is an earlier try at this very revert, not another one: it is redone.
  const same = (name: string) => culprit !== undefined && name.startsWith('shopfloor/revert/') && culprit.startsWith(name.slice('shopfloor/revert/'.length));
  for (const b of branches) if (!same(b.name) && !(await git.isAncestor(repoDir, b.sha, head))) inFlight.push(b.name);
  const mainline = await git.log(repoDir, { to: head, firstParent: true, max: 500 });
  const ours = mainline.filter((c) => readTrailers(c.body).has(revertTrailer.toLowerCase()) || c.parents.length > 1 && /shopfloor\/revert\//.test(c.subject));
  const notes = await readCanaryNotes(git, repoDir);
  const verdictAfter = (index: number) => {
    for (let i = index; i < mainline.length; i++) {
      const found = notes.filter((n) => n.sha === mainline[i]!.sha && n.note.verdict !== 'INCONCLUSIVE').at(-1);
      if (found) return found.note.verdict;
    }
    return undefined;
  };
  let failedInARow = 0;
  for (const revert of [...ours].reverse()) {
    const verdict = verdictAfter(mainline.findIndex((c) => c.sha === revert.sha));
    if (verdict === 'RED') failedInARow++;
    else break;
  }
  // A revert counts once whether its branch still exists or was merged and deleted: key it by culprit.
  const culpritKey = (text: string) => /shopfloor\/revert\/([0-9a-f]{7,40})/.exec(text)?.[1] ?? readTrailers(text).get(revertTrailer.toLowerCase())?.[0]?.slice(0, 12);
  const created = new Set<string>();
  for (const b of branches) if (nowMs - b.atMs < dayMs) created.add(culpritKey(b.name) ?? b.name);
  for (const c of ours) if (nowMs - Date.parse(c.committerDate) < dayMs) created.add(culpritKey(`${c.subject}\n\n${c.body}`) ?? c.sha);
  return {
    createdToday: created.size,
    autoMergedToday: ours.filter((c) => nowMs - Date.parse(c.committerDate) < dayMs).length,
    inFlight,
    failedInARow,
  };
}
