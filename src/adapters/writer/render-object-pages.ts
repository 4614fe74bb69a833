import type { VerificationReport } from '../../core/report/report-schema.ts';
import { escapeHtml } from './escape-html.ts';
import type { CappedText } from './read-repo-objects.ts';
import { head } from './writer-pages.ts';

/** Whether a report's signature holds against the keys this Writer trusts (the policy's signers and the local loop keys). */
export type SignatureStatus = { readonly ok: true; readonly keyId: string } | { readonly ok: false; readonly reasons: readonly string[] };

/** A page of the Writer around `body` (already HTML), with the way back. */
export function renderObjectShell(title: string, heading: string, body: string): string {
  return `${head(`${title} · Shopfloor Writer`)}
<body>
<main>
<p class="meta"><a href="/">← all runs</a></p>
<header class="run"><h1>${heading}</h1></header>
${body}
</main>
</body>
</html>
`;
}

/** A text object (a work-order file, a branch's log, a gate log, a patch): `html` is its linked, escaped text. */
export function renderTextObjectPage(title: string, heading: string, content: CappedText, html: string, note = ''): string {
  const cut = content.cut ? `<p class="note cut">Shown: the first ${kib(Buffer.byteLength(content.text))} of ${kib(content.bytes)}; the rest is cut.</p>` : '';
  return renderObjectShell(title, heading, `${note}${cut}<pre class="object">${html}</pre>`);
}

/** A signed VerificationReport: what it proves, each gate with its log, the verdict, and whether its signature holds here. */
export function renderReportPage(hex: string, report: VerificationReport, signature: SignatureStatus, links: ReportLinks): string {
  const logHref = links.log;
  const sig = signature.ok
    ? `<p class="signature signature-ok" data-signature="valid">✓ Signature valid: signed by <code>${escapeHtml(signature.keyId)}</code>, a key this repository trusts.</p>`
    : `<div class="signature signature-bad" data-signature="invalid"><p>✗ The signature does not hold here:</p><ul>${signature.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul></div>`;
  const rows = report.gates
    .map((gate) => {
      const log = gate.logDigest ? logHref(gate.logDigest) : undefined;
      const detail = gate.reason ?? gate.annotations[0]?.message ?? '';
      return `<tr data-gate="${escapeHtml(gate.id)}"><td>${escapeHtml(gate.id)}</td><td><span class="gate gate-${gate.status}">${gate.status}</span></td><td>${gate.attempts}</td><td>${(gate.durationMs / 1000).toFixed(1)} s</td><td>${log ? `<a href="${escapeHtml(log)}">log</a>` : gate.logDigest ? 'log pruned' : '—'}</td><td>${escapeHtml(detail)}</td></tr>`;
    })
    .join('\n');
  const commit = (sha: string) => (links.commit(sha) ? `<a href="${escapeHtml(links.commit(sha)!)}"><code>${sha.slice(0, 12)}</code></a>` : `<code>${sha.slice(0, 12)}</code>`);
  const facts = `<dl class="report-facts">
<dt>Proves</dt><dd>head ${commit(report.head)} (tree <code>${report.tree.slice(0, 12)}</code>) against base ${commit(report.base)}${report.dirty ? ' — <strong>the gates ran on uncommitted changes</strong>' : ''}</dd>
<dt>Work order</dt><dd>${report.workOrder ? `${links.workOrder ? `<a href="${escapeHtml(links.workOrder)}">${escapeHtml(report.workOrder.id)}</a>` : escapeHtml(report.workOrder.id)} (${escapeHtml(report.workOrder.kind)})` : 'none'}</dd>
<dt>Verdict</dt><dd class="verdict verdict-${report.verdict.passed ? 'passed' : 'failed'}">${report.verdict.passed ? 'passed' : 'failed'}${report.verdict.complete ? '' : ' (only selected gates ran)'}${report.verdict.reasons.length ? `<ul>${report.verdict.reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : ''}</dd>
<dt>Isolation</dt><dd>${report.isolation ? `${escapeHtml(report.isolation.mode)}${report.isolation.network ? ', network on' : ', no network'}` : 'not recorded'}</dd>
<dt>Ran</dt><dd>${escapeHtml(report.startedAt)} → ${escapeHtml(report.finishedAt)} on ${escapeHtml(`${report.environment.os}/${report.environment.arch}, node ${report.environment.node}, ${report.environment.runner}`)}</dd>
</dl>`;
  const body = `${sig}
${facts}
<table class="gates"><thead><tr><th>Gate</th><th>Status</th><th>Tries</th><th>Time</th><th>Log</th><th>Detail</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<p class="note">The signed JSON: <a href="/artifacts/${hex}?raw=1">as stored</a> (<code>sha256:${hex}</code>). Check it with <code>npx shopfloor report verify --sha ${report.head}</code>.</p>`;
  return renderObjectShell(`report ${hex.slice(0, 12)}`, `Verification report <code>sha256:${hex.slice(0, 12)}…</code>`, body);
}

/** Where what a report names is served; undefined for what this repository does not have. */
export interface ReportLinks {
  readonly commit: (sha: string) => string | undefined;
  readonly log: (digest: string) => string | undefined;
  readonly workOrder?: string;
}

/** The patches `git format-patch` exported for a work order. */
export function renderPatchListPage(workOrder: string, names: readonly string[], workOrderHref?: string): string {
  const items = names.length ? `<ul class="patches">${names.map((name) => `<li><a href="/patches/${encodeURIComponent(workOrder)}/${encodeURIComponent(name)}">${escapeHtml(name)}</a></li>`).join('')}</ul>` : '<p>No patch files.</p>';
  return renderObjectShell(`patches ${workOrder}`, `Patches of ${workOrderHref ? `<a href="${escapeHtml(workOrderHref)}">${escapeHtml(workOrder)}</a>` : escapeHtml(workOrder)}`, `${items}<p class="note">Apply them with <code>git am</code>.</p>`);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
