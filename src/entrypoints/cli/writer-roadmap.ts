import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { workOrderOf } from '../../adapters/writer/render-run-rows.ts';
import type { RunSummary } from '../../adapters/writer/run-feed.ts';
import { buildRoadmap, type Roadmap } from '../../core/roadmap/build-roadmap.ts';
import { validateRepo } from '../../workflows/validate-repo.ts';

/**
 * The Writer's roadmap of the repository at `root`: its work orders (as checked out) with live states from
 * the runs: a work order whose newest run completed is done, one whose newest run is under way is running.
 */
export function writerRoadmap(root: string): (runs: readonly RunSummary[]) => Promise<Roadmap> {
  return async (runs) => {
    const validation = await validateRepo(createNodeRepoFiles(root));
    const newest = new Map<string, RunSummary>();
    for (const run of runs) {
      const id = workOrderOf(run);
      if (id && !newest.has(id)) newest.set(id, run);
    }
    const ids = (keep: (run: RunSummary) => boolean) => new Set([...newest].filter(([, run]) => keep(run)).map(([id]) => id));
    return buildRoadmap(validation.workOrders, { doneIds: ids((run) => run.status === 'completed'), runningIds: ids((run) => !['completed', 'failed', 'blocked'].includes(run.status)) });
  };
}
