import { readFolded } from '../../src/workflows/loop/folded-notes.ts';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { createGitCli } from '../../src/adapters/git/git-cli.ts';
import { parseMergeTrailers } from '../../src/core/loop/merge-message.ts';
import type { Git } from '../../src/ports/git.ts';
import { requireGit } from './git-repo.ts';
import { makeTempDir } from './temp-dir.ts';

export const packageRoot = join(import.meta.dirname, '..', '..');

/** A fresh git repository holding the bundled sample project, with its replay transcripts in `.shopfloor/transcripts`. */
export async function createSampleLoopRepo(): Promise<{ dir: string; git: Git; transcripts: string }> {
  requireGit();
  const dir = await makeTempDir('shopfloor-loop-');
  await cp(join(packageRoot, 'examples', 'sample-project'), dir, { recursive: true });
  const transcripts = join(dir, '.shopfloor', 'transcripts');
  await cp(join(packageRoot, 'examples', 'sample-transcripts'), transcripts, { recursive: true });
  const git = createGitCli();
  await git.init(dir, { initialBranch: 'main' });
  await git.addAll(dir);
  await git.commit(dir, 'sample project');
  return { dir, git, transcripts };
}

/** What main's first-parent history says was merged and reverted (by trailer), and whether each merge is proven. */
export async function mainHistory(git: Git, dir: string): Promise<{ merges: string[]; reverts: string[]; unproven: string[]; files: Record<string, string> }> {
  const merges: string[] = [];
  const reverts: string[] = [];
  const unproven: string[] = [];
  const history = await git.log(dir, { to: 'main', firstParent: true });
  const firstParents = new Set(history.map((commit) => commit.sha));
  for (const commit of history) {
    const trailers = parseMergeTrailers(`${commit.subject}\n\n${commit.body}`);
    if (trailers.reverts) reverts.push(trailers.reverts);
    if (!trailers.workOrder) continue;
    merges.push(trailers.workOrder);
    // Main only moves to a verified candidate: the note's signed report proves this commit's tree.
    const note = await git.notesShow(dir, 'refs/notes/shopfloor', commit.sha);
    const report = note ? (JSON.parse(note) as { tree: string; signature?: unknown; verdict: { passed: boolean } }) : undefined;
    if (!report || report.tree !== (await git.treeOf(dir, commit.sha)) || !report.signature || !report.verdict.passed) {
      // A train car folded into a later one: proven only if that car is on main's first-parent line with its own report.
      const folded = await readFolded(git, dir, commit.sha);
      if (!folded || !firstParents.has(folded.landedIn) || !(await git.notesShow(dir, 'refs/notes/shopfloor', folded.landedIn))) unproven.push(trailers.workOrder);
    }
  }
  const files: Record<string, string> = {};
  const listing = await git.raw(dir, ['ls-tree', '-r', 'main']);
  for (const line of listing.stdout.split('\n').filter(Boolean)) {
    const [meta, path] = line.split('\t') as [string, string];
    files[path.replace(/fix-[0-9a-f]{12}/, 'fix-<culprit>')] = path.startsWith('workorders/fix-') ? 'bug work order' : meta.split(' ')[2]!;
  }
  return { merges: merges.sort(), reverts, unproven, files };
}
