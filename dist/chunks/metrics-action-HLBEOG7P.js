import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  collectMetrics,
  renderMetricsMarkdown
} from "./chunk-L2FWDVBN.js";
import {
  loadPolicy
} from "./chunk-TM25LLGT.js";
import {
  withKeyMarker
} from "./chunk-TSNCXVWX.js";
import "./chunk-PWPFLBTK.js";
import "./chunk-Y3RDH5SM.js";
import {
  createNodeRepoFiles
} from "./chunk-YCZYYL3Z.js";
import {
  ActionExit,
  ActionInputError,
  runLink
} from "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-6UYLTFXC.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";

// src/entrypoints/action/metrics-action.ts
var metricsIssueKey = "shopfloor-metrics";
async function metricsAction({ inputs, io, root, git, forge }) {
  if (!await git.revParse(root, "HEAD")) throw new ActionInputError("working-directory", `${root} is not a git checkout with a commit; run actions/checkout with \`fetch-depth: 0\` first`);
  const shallow = await git.raw(root, ["rev-parse", "--is-shallow-repository"]);
  if (shallow.stdout.trim() === "true") io.warning("the checkout is shallow, so older merges are missing from the metrics; use actions/checkout with `fetch-depth: 0`");
  const policy = await loadPolicy(root);
  const nowMs = Date.now();
  const { metrics, skippedRecords } = await collectMetrics({ repoDir: root, rev: "HEAD", sinceMs: nowMs - inputs.sinceMs, nowMs, testGlobs: policy.revert.testGlobs }, { git, files: createNodeRepoFiles(root) });
  const report = `${renderMetricsMarkdown(metrics)}${skippedRecords ? `
${skippedRecords} unreadable run record line(s) in .shopfloor/records were skipped.
` : ""}
Last ${inputs.since}, updated by [this run](${runLink(io)}).
`;
  await io.appendSummary(report);
  const issue = { title: inputs.issueTitle, body: report };
  const ensured = await forge().ensureIssue(io.context.repo, metricsIssueKey, issue);
  if (!ensured.created) await forge().updateIssue(io.context.repo, ensured.value.number, { title: issue.title, body: withKeyMarker(metricsIssueKey, report) });
  io.setOutput("issue-number", String(ensured.value.number));
  io.log(`metrics issue #${ensured.value.number} ${ensured.created ? "created" : "updated"}: ${ensured.value.url}`);
  return ActionExit.ok;
}
export {
  metricsAction,
  metricsIssueKey
};
