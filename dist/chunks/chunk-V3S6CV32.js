import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  renderReportTable
} from "./chunk-S2QJROPZ.js";

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

// src/core/report/report-envelope.ts
var open = "<!-- shopfloor:signed-report base64=";
var close = " -->";
function renderReportEnvelope(reportFile, lead = "") {
  const text = `${lead}${lead ? "\n\n" : ""}${open}${toBase64(reportFile)}${close}
`;
  return text.length <= checkRunLimits.summaryChars ? text : void 0;
}
function readReportEnvelope(text) {
  if (!text) return void 0;
  const start = text.indexOf(open);
  if (start < 0) return void 0;
  const end = text.indexOf(close, start + open.length);
  if (end < 0) return void 0;
  const encoded = text.slice(start + open.length, end);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return void 0;
  try {
    return fromBase64(encoded);
  } catch {
    return void 0;
  }
}
function toBase64(text) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
function fromBase64(encoded) {
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

// src/workflows/github/publish-report-check.ts
var gatesCheckName = "shopfloor/gates";
async function publishGatesCheck(forge, repo, report, reportFile, detailsUrl) {
  const output = renderCheckRun(report);
  const annotations = output.annotationBatches.flat().map((a) => ({
    path: a.path,
    startLine: a.start_line,
    endLine: a.end_line,
    level: a.annotation_level,
    message: a.message,
    ...a.title ? { title: a.title } : {}
  }));
  const text = reportFile === void 0 ? void 0 : renderReportEnvelope(reportFile);
  const ensured = await forge.ensureCheckRun(repo, {
    name: gatesCheckName,
    headSha: report.head,
    status: "completed",
    conclusion: output.conclusion,
    externalId: report.runId,
    output: { title: output.title, summary: output.summary, ...text ? { text } : {} },
    annotations,
    ...detailsUrl ? { detailsUrl } : {}
  });
  return { checkRunId: ensured.value.id, enveloped: text !== void 0 };
}

export {
  renderCheckRun,
  readReportEnvelope,
  gatesCheckName,
  publishGatesCheck
};
