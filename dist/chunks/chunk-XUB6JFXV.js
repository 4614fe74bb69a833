import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  renderReportTable
} from "./chunk-RMU52COZ.js";

// src/core/report/render-check-run.ts
var checkRunLimits = { summaryChars: 65535, annotationsPerRequest: 50 };
function renderCheckRun(report, links = {}) {
  const counts = countStatuses(report.gates);
  const title = `${report.verdict.passed ? "Verified" : "Not verified"}: ${Object.entries(counts).map(([status, n]) => `${n} ${status}`).join(", ")}`;
  const reasons = report.verdict.reasons.length ? `
**Why it did not pass**

${report.verdict.reasons.map((r) => `- ${r}`).join("\n")}
` : "";
  const header = `Head \`${report.head}\` (tree \`${report.tree}\`) against base \`${report.base}\`${report.workOrder ? `, work order \`${report.workOrder.id}\`` : ""}.${report.signature ? ` Signed by \`${report.signature.keyId}\`.` : " Unsigned."}
${reasons}
`;
  const table = renderReportTable(report, { markdown: true, details: false, ...links.logUrl ? { logUrl: links.logUrl } : {} });
  const summary = truncate(`${header}${table}`, checkRunLimits.summaryChars);
  const annotations = report.gates.flatMap((gate) => gate.annotations.map((a) => ({
    path: a.path,
    start_line: Math.max(1, a.line),
    end_line: Math.max(1, a.endLine ?? a.line),
    ...a.column && (a.endLine ?? a.line) === a.line ? { start_column: a.column, end_column: a.column } : {},
    annotation_level: a.level === "error" ? "failure" : a.level,
    message: a.message.slice(0, 64e3),
    title: `${gate.id}${a.title ? `: ${a.title}` : ""}`.slice(0, 255)
  })));
  const annotationBatches = [];
  for (let i = 0; i < annotations.length; i += checkRunLimits.annotationsPerRequest) annotationBatches.push(annotations.slice(i, i + checkRunLimits.annotationsPerRequest));
  return { conclusion: report.verdict.passed ? "success" : "failure", title, summary, annotationBatches };
}
function countStatuses(gates) {
  const counts = {};
  for (const gate of gates) counts[gate.status] = (counts[gate.status] ?? 0) + 1;
  return counts;
}
function truncate(text, max) {
  if (text.length <= max) return text;
  const note = "\n\n\u2026 summary truncated; the full report is in the artifact store.\n";
  return `${text.slice(0, max - note.length)}${note}`;
}

export {
  checkRunLimits,
  renderCheckRun
};
