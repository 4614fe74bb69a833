import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { workOrderOf } from '../../adapters/writer/render-run-rows.ts';
import type { RunSummary } from '../../adapters/writer/run-feed.ts';
import { buildRoadmap, type Roadmap } from '../../core/roadmap/build-roadmap.ts';
import { validateRepo } from '../../workflows/validate-repo.ts';
import { approvalsFile } from './approve-command.ts';
import type { CliIo } from './cli-io.ts';
import { readRoadmapLiveFacts } from './roadmap-live-facts.ts';

/**
 * The Writer's roadmap of the repository at `root`: its work orders (as checked out) with the live states
 * `shopfloor roadmap` reads from git (merged, reverted, held), plus what the runs show: a work order whose
 * newest run is under way is running, one whose newest run completed is done unless main reverted it.
 */
export function writerRoadmap(root: string, env: CliIo['env'] = process.env, main = 'main'): (runs: readonly RunSummary[]) => Promise<Roadmap> {
  const git = createGitCli({ env });
  // The page refreshes every 3 s per open tab: git's states are read again only when what they are read
  // from changed: a branch or note moved, or an approval was recorded (a file, which moves no ref).
  let last: { key: string; facts: Awaited<ReturnType<typeof readRoadmapLiveFacts>>['facts'] } | undefined;
  const liveFacts = async () => {
    const refs = (await git.raw(root, ['for-each-ref', '--format=%(refname) %(objectname)', 'refs/heads', 'refs/notes'])).stdout;
    const key = `${refs}\n${await readFile(join(root, approvalsFile), 'utf8').catch(() => '')}`;
    if (last?.key !== key) last = { key, facts: (await readRoadmapLiveFacts(root, main, env)).facts };
    return last.facts;
  };
  return async (runs) => {
    const validation = await validateRepo(createNodeRepoFiles(root));
    const newest = new Map<string, RunSummary>();
    for (const run of runs) {
      const id = workOrderOf(run);
      if (id && !newest.has(id)) newest.set(id, run);
    }
    const ids = (keep: (run: RunSummary) => boolean) => new Set([...newest].filter(([, run]) => keep(run)).map(([id]) => id));
    const facts = await liveFacts();
    const reverted = facts?.revertedIds ?? new Set<string>();
    const running = ids((run) => !['completed', 'failed', 'blocked'].includes(run.status));
    const done = new Set([...(facts?.doneIds ?? []), ...ids((run) => run.status === 'completed')].filter((id) => !reverted.has(id) && !running.has(id)));
    return buildRoadmap(validation.workOrders, { doneIds: done, revertedIds: reverted, heldIds: facts?.heldIds ?? new Set(), runningIds: running });
  };
}
