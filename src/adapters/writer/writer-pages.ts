import type { RunSummary } from './run-feed.ts';
import { escapeHtml } from './escape-html.ts';
import { renderRunRows, runListStatuses } from './render-run-rows.ts';

export const head = (title: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/writer.css">
</head>`;

/**
 * The list of runs, rendered on the server (works without script) and refreshed by run-list.js: newest
 * first, one row per work order with earlier attempts folded, filterable by status (`?status=`).
 */
export function renderRunListPage(runs: readonly RunSummary[], storeDir: string, status?: string): string {
  const options = ['', ...runListStatuses].map((s) => `<option value="${s}"${s === (status ?? '') ? ' selected' : ''}>${s || 'any status'}</option>`).join('');
  return `${head('Runs · Shopfloor Writer')}
<body>
<main>
<header class="run"><h1>Runs</h1><div class="meta">Run store: <code>${escapeHtml(storeDir)}</code> · <a href="/roadmap">roadmap</a> · <a href="/metrics">metrics</a></div>
<form method="get" action="/" class="filter"><label>Show <select id="status-filter" name="status">${options}</select></label> <button type="submit">Filter</button></form></header>
<table class="runs">
<thead><tr><th>Run</th><th>Status</th><th>Objective</th><th>Time</th><th>Revision</th></tr></thead>
<tbody id="runs">
${renderRunRows(runs, status)}
</tbody>
</table>
<p id="empty" class="empty-list"${runs.length ? ' hidden' : ''}>No runs yet. Start one (for example <code>npx shopfloor demo --serve</code>) and it appears here.</p>
</main>
<script src="/assets/run-list.js"></script>
</body>
</html>
`;
}

/** The shell of one run's live page; run-page.js fills it from the snapshot and the event stream. */
export function renderRunPage(runId: string): string {
  return `${head(`${runId} · Shopfloor Writer`)}
<body data-run-id="${escapeHtml(runId)}">
<main>
<p class="meta"><a href="/">← all runs</a></p>
<header class="run">
<h1 id="objective">Loading run ${escapeHtml(runId)}…</h1>
<div class="meta">
<span id="status" class="status status-initializing" data-status="initializing">initializing</span>
<span>revision <strong id="revision">–</strong></span>
<label class="revisions">history <input type="range" id="revision-slider" min="0" max="0" value="0" aria-label="show an earlier revision"></label>
<span id="viewing"></span> <button type="button" id="back-live" hidden>back to the latest</button>
<span id="detail"></span>
<span id="times"></span>
<span id="progress"></span>
<span id="connection" class="connection">connecting…</span>
</div>
<nav id="objects" class="objects" aria-label="this run's objects" hidden></nav>
<div id="train" class="train" hidden></div>
<p class="legend">Canon is plain; <ins class="proposal-added">proposals are gray</ins>; <del class="proposal-removed">proposed deletions are struck through</del>.</p>
</header>
<div id="sections"></div>
</main>
<script src="/assets/run-page.js"></script>
</body>
</html>
`;
}

/** The roadmap page: the work-order DAG as inline SVG (rendered on the server; no script, no network), refreshed every 3 s. */
export function renderRoadmapPage(svg: string): string {
  return `${head('Roadmap · Shopfloor Writer')}
<body>
<main>
<p class="meta"><a href="/">← all runs</a></p>
<header class="run"><h1>Roadmap</h1><div class="meta">Work orders left to right by dependency, coloured by state as the runs show it. A box links to its newest run.</div></header>
<div id="roadmap">${svg}</div>
</main>
<script src="/assets/roadmap.js"></script>
</body>
</html>
`;
}

/** A commit of the repository behind the Writer: what `git show --stat` says, and its signed report note when it has one. */
export function renderCommitPage(sha: string, shown: { readonly full?: string; readonly commit: string; readonly report?: string }, linkedHtml?: string): string {
  return `${head(`${sha.slice(0, 12)} · Shopfloor Writer`)}
<body>
<main>
<p class="meta"><a href="/">← all runs</a></p>
<header class="run"><h1>Commit <code>${escapeHtml(sha)}</code></h1></header>
<pre class="commit">${linkedHtml ?? escapeHtml(shown.commit)}</pre>
${shown.report ? `<h2>Signed verification report (refs/notes/shopfloor)</h2>\n<pre class="report">${escapeHtml(shown.report)}</pre>\n<p class="meta">Check it with <code>npx shopfloor report verify --sha ${escapeHtml(shown.full ?? sha)}</code>.</p>` : '<p class="meta">No signed report is attached to this commit.</p>'}
</main>
</body>
</html>
`;
}

export function renderNotFoundPage(what: string): string {
  return `${head('Not found · Shopfloor Writer')}
<body><main><h1>Not found</h1><p>${escapeHtml(what)}</p><p><a href="/">All runs</a></p></main></body></html>
`;
}
