import type { Git } from '../../ports/git.ts';

/** Where Shopfloor records the main it last left: moved only together with main, in one ref transaction. */
export const ledgerRef = (main: string) => `refs/shopfloor/landed/${main}`;

export type MainCheck = { readonly ok: true; readonly sha: string } | { readonly ok: false; readonly sha: string; readonly message: string };

/**
 * Moves main from `old` to `next` and the ledger with it, atomically and by compare-and-swap on both:
 * false when either moved meanwhile.
 */
export async function moveMain(git: Git, repoDir: string, main: string, next: string, old: string): Promise<boolean> {
  return git.updateRefs(repoDir, [
    { ref: `refs/heads/${main}`, newSha: next, expectedOld: old },
    { ref: ledgerRef(main), newSha: next, expectedOld: old },
  ]);
}

/**
 * Whether main is where Shopfloor (this run or a parallel worker) last left it. When it is not,
 * something else moved it while the loop ran, and nothing may be merged on top of it.
 */
export async function checkMain(git: Git, repoDir: string, main: string): Promise<MainCheck> {
  const [sha, ledger] = await Promise.all([git.revParse(repoDir, `refs/heads/${main}`), git.revParse(repoDir, ledgerRef(main))]);
  if (sha && sha === ledger) return { ok: true, sha };
  const what = sha ? `${main} is at ${sha.slice(0, 12)}` : `${main} was deleted`;
  return {
    ok: false,
    sha: sha ?? '',
    message: `${what}, which Shopfloor did not merge (it left ${main} at ${ledger?.slice(0, 12) ?? 'nothing'}); something outside the loop moved it during this run, so the loop stopped and merged nothing on top of it. Look at \`git log ${ledger?.slice(0, 12) ?? main}..${main}\`; if that change is yours, run shopfloor run again to continue from ${main} as it is`,
  };
}

/**
 * At the start of a run the operator's main is taken as it is (they started the run), and the ledger is
 * set to it. Returns the first-parent commits that reached main since the last run without the loop,
 * so the run can say so, or that main was rewound.
 */
export async function adoptMain(git: Git, repoDir: string, main: string): Promise<{ readonly sha: string; readonly note?: string }> {
  const sha = (await git.revParse(repoDir, `refs/heads/${main}`))!;
  const ledger = await git.revParse(repoDir, ledgerRef(main));
  let note: string | undefined;
  if (ledger && ledger !== sha) {
    if (!(await git.isAncestor(repoDir, ledger, sha))) note = `${main} was rewound or rewritten since the last run (from ${ledger.slice(0, 12)} to ${sha.slice(0, 12)}); continuing from it as it is`;
    else {
      const commits = await git.log(repoDir, { from: ledger, to: sha, firstParent: true });
      note = `${commits.length} commit(s) reached ${main} outside the loop since its last run (${commits.slice(0, 3).map((c) => `${c.sha.slice(0, 12)} "${c.subject}"`).join(', ')}${commits.length > 3 ? ', …' : ''}); taken as the starting point`;
    }
  }
  if (ledger !== sha) await git.updateRef(repoDir, ledgerRef(main), sha, ledger ?? '');
  return { sha, ...(note ? { note } : {}) };
}
