import { readTrailers } from '../revert/read-commit-message.ts';

/**
 * The `Shopfloor-Started: <ISO time>` trailer on the commit Shopfloor makes of an agent's work: when that
 * attempt started (before the agent ran). Author and committer times only say when the commit was made,
 * seconds before a merge, and a patch applied with `git am` keeps an author time of any age; this line
 * is the same in the local loop and on GitHub, because both make the commit in `implementWorkOrder`.
 */
export function renderStartedTrailer(atMs: number): string {
  return `Shopfloor-Started: ${new Date(atMs).toISOString()}`;
}

/**
 * When each of `workOrders` started, read from the agent commits among `commits` (a merge's commits):
 * the earliest `Shopfloor-Started:` on a commit whose `Shopfloor-Work-Order:` names it. Work orders with
 * no such commit (a person's branch, an older Shopfloor's commit) are left out.
 */
export function readWorkOrderStarts(commits: readonly { readonly body: string }[], workOrders: readonly string[]): Record<string, number> {
  const starts: Record<string, number> = {};
  for (const commit of commits) {
    const trailers = readTrailers(commit.body);
    const workOrder = trailers.get('shopfloor-work-order')?.[0];
    const startedMs = Date.parse(trailers.get('shopfloor-started')?.[0] ?? '');
    if (!workOrder || !workOrders.includes(workOrder) || Number.isNaN(startedMs)) continue;
    starts[workOrder] = Math.min(starts[workOrder] ?? startedMs, startedMs);
  }
  return starts;
}
