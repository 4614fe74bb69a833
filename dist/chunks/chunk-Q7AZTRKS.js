import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  checkRunLimits,
  renderCheckRun
} from "./chunk-XUB6JFXV.js";
import {
  base64ToText,
  textToBase64
} from "./chunk-RMU52COZ.js";

// src/core/report/report-envelope.ts
var open = "<!-- shopfloor:signed-report base64=";
var close = " -->";
function renderReportEnvelope(reportFile, lead = "") {
  const text = `${lead}${lead ? "\n\n" : ""}${open}${textToBase64(reportFile)}${close}
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
    return base64ToText(encoded);
  } catch {
    return void 0;
  }
}

// src/workflows/github/publish-report-check.ts
var gatesCheckName = "shopfloor/gates";
async function publishGatesCheck(forge, repo, report, reportFile, detailsUrl, attestationNote) {
  const output = renderCheckRun(report);
  const annotations = output.annotationBatches.flat().map((a) => ({
    path: a.path,
    startLine: a.start_line,
    endLine: a.end_line,
    level: a.annotation_level,
    message: a.message,
    ...a.title ? { title: a.title } : {}
  }));
  const text = reportFile === void 0 ? void 0 : renderReportEnvelope(reportFile, attestationNote);
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
  readReportEnvelope,
  gatesCheckName,
  publishGatesCheck
};
