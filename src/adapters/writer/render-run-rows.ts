import { escapeHtml } from './escape-html.ts';
import type { RunSummary } from './run-feed.ts';

const finished = new Set(['completed', 'failed', 'blocked']);
export const runListStatuses = ['initializing', 'running', 'waiting', 'completing', 'completed', 'failed', 'blocked'] as const;

/** The work order a loop run lands ("Land work order <id>: …"); other runs stand alone. */
export function workOrderOf(run: RunSummary): string | undefined {
  return /^Land work order ([a-z0-9][a-z0-9-]*):/.exec(run.objective)?.[1];
}

/**
 * The run list's rows, newest first as the feed gives them, one group per work order: its newest run is
 * the row, earlier attempts fold under it. `status` keeps only groups whose newest run has that status.
 */
export function renderRunRows(runs: readonly RunSummary[], status?: string): string {
  const groups = new Map<string, RunSummary[]>();
  for (const run of runs) {
    const key = workOrderOf(run) ?? `run:${run.runId}`;
    groups.set(key, [...(groups.get(key) ?? []), run]);
  }
  return [...groups.values()]
    .filter(([latest]) => !status || latest!.status === status)
    .map(([latest, ...earlier]) => {
      const folded = earlier.length === 0 ? '' : `<details class="attempts"><summary>${earlier.length} earlier attempt${earlier.length === 1 ? '' : 's'}</summary><ul>${earlier.map((run) => `<li>${runLink(run)} <span class="status status-${run.status}">${run.status}</span> ${times(run)}</li>`).join('')}</ul></details>`;
      const workOrder = workOrderOf(latest!);
      return `<tr data-run-id="${escapeHtml(latest!.runId)}" data-status="${latest!.status}"${workOrder ? ` data-work-order="${escapeHtml(workOrder)}"` : ''}><td>${runLink(latest!)}${folded}</td><td><span class="status status-${latest!.status}">${latest!.status}</span></td><td class="objective">${escapeHtml(latest!.objective + (latest!.statusDetail ? ` — ${latest!.statusDetail}` : ''))}</td><td class="times">${times(latest!)}</td><td>${latest!.revision}</td></tr>`;
    })
    .join('\n');
}

const runLink = (run: RunSummary) => `<a href="/runs/${encodeURIComponent(run.runId)}">${escapeHtml(run.runId)}</a>`;

/** Start, and end with the duration for a finished run (UTC, as the run ids are). */
function times(run: RunSummary): string {
  if (!run.startedAt) return '';
  const start = `<time datetime="${escapeHtml(run.startedAt)}">${escapeHtml(clock(run.startedAt))}</time>`;
  if (!finished.has(run.status) || !run.updatedAt) return `started ${start}`;
  const ms = Date.parse(run.updatedAt) - Date.parse(run.startedAt);
  return `${start} → <time datetime="${escapeHtml(run.updatedAt)}">${escapeHtml(clock(run.updatedAt))}</time> (${(ms / 1000).toFixed(1)} s)`;
}

const clock = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC');
