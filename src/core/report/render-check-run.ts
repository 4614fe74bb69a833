import type { ReportGate, VerificationReport } from './report-schema.ts';
import { renderReportTable } from './render-report-table.ts';

/** GitHub's limits: https://docs.github.com/en/rest/checks/runs (summary and text 65,535; 50 annotations per request). */
export const checkRunLimits = { summaryChars: 65_535, annotationsPerRequest: 50 } as const;

export interface CheckRunAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
}

export interface CheckRunOutput {
  readonly conclusion: 'success' | 'failure';
  readonly title: string;
  readonly summary: string;
  /** Send the first batch with the create call and each further batch as an update. */
  readonly annotationBatches: readonly (readonly CheckRunAnnotation[])[];
}

/** A report as a check run's output: a one-line title, a Markdown summary under the limit, annotations in batches of 50. */
export function renderCheckRun(report: VerificationReport, links: { readonly logUrl?: (digest: string) => string } = {}): CheckRunOutput {
  const counts = countStatuses(report.gates);
  const title = `${report.verdict.passed ? 'Verified' : 'Not verified'}: ${Object.entries(counts).map(([status, n]) => `${n} ${status}`).join(', ')}`;
  const reasons = report.verdict.reasons.length ? `\n**Why it did not pass**\n\n${report.verdict.reasons.map((r) => `- ${r}`).join('\n')}\n` : '';
  const header = `Head \`${report.head}\` (tree \`${report.tree}\`) against base \`${report.base}\`${report.workOrder ? `, work order \`${report.workOrder.id}\`` : ''}.${report.signature ? ` Signed by \`${report.signature.keyId}\`.` : ' Unsigned.'}\n${reasons}\n`;
  const table = renderReportTable(report, { markdown: true, details: false, ...(links.logUrl ? { logUrl: links.logUrl } : {}) });
  const summary = truncate(`${header}${table}`, checkRunLimits.summaryChars);
  const annotations = report.gates.flatMap((gate) => gate.annotations.map((a): CheckRunAnnotation => ({
    path: a.path, start_line: Math.max(1, a.line), end_line: Math.max(1, a.endLine ?? a.line),
    ...(a.column && (a.endLine ?? a.line) === a.line ? { start_column: a.column, end_column: a.column } : {}),
    annotation_level: a.level === 'error' ? 'failure' : a.level, message: a.message.slice(0, 64_000), title: `${gate.id}${a.title ? `: ${a.title}` : ''}`.slice(0, 255),
  })));
  const annotationBatches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += checkRunLimits.annotationsPerRequest) annotationBatches.push(annotations.slice(i, i + checkRunLimits.annotationsPerRequest));
  return { conclusion: report.verdict.passed ? 'success' : 'failure', title, summary, annotationBatches };
}

function countStatuses(gates: readonly ReportGate[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const gate of gates) counts[gate.status] = (counts[gate.status] ?? 0) + 1;
  return counts;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = '\n\n… summary truncated; the full report is in the artifact store.\n';
  return `${text.slice(0, max - note.length)}${note}`;
}
