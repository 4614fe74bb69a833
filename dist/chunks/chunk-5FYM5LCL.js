import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  isRevertMessage
} from "./chunk-7CCSRXTP.js";
import {
  isCredentialName,
  require_dist,
  workOrderApiVersion,
  workOrderSchema
} from "./chunk-6UYLTFXC.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-GBB54T6E.js";
import {
  __toESM
} from "./chunk-T3OL5SPP.js";

// src/core/loop/merge-message.ts
var trailerNames = { workOrder: "Work-Order", reportDigest: "Report-Digest", agentBranch: "Agent-Branch", reverts: "Reverts" };
function renderMergeMessage(subject, trailers) {
  const lines = Object.keys(trailerNames).filter((key) => trailers[key] !== void 0).map((key) => `${trailerNames[key]}: ${oneLine(trailers[key])}`);
  return `${oneLine(subject).slice(0, 120)}

${lines.join("\n")}
`;
}
function parseMergeTrailers(message) {
  const paragraphs = message.trim().split(/\n\s*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? "";
  const result = {};
  for (const line of last.split("\n")) {
    const match = /^([A-Za-z-]+):\s*(.+)$/.exec(line.trim());
    if (!match) continue;
    const key = Object.keys(trailerNames).find((k) => trailerNames[k].toLowerCase() === match[1].toLowerCase());
    if (key) result[key] = match[2].trim();
  }
  return result;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
}

// src/core/revert/build-bug-work-order.ts
var import_yaml = __toESM(require_dist(), 1);
function bugWorkOrderId(sha) {
  return `fix-${sha.slice(0, 12)}`;
}
function buildBugWorkOrder(input) {
  const short = input.culprit.sha.slice(0, 12);
  const check = input.failingCheck;
  const env = (check?.env ?? []).filter((name) => !isCredentialName(name));
  const workOrder = workOrderSchema.parse({
    apiVersion: workOrderApiVersion,
    id: bugWorkOrderId(input.culprit.sha),
    title: `Fix the regression from ${short} and re-land it`.slice(0, 200),
    goal: `Merge ${short} ("${input.culprit.subject}") broke main${check ? ` (${check.name} failed)` : ""} and was reverted by ${input.revertSha.slice(0, 12)} on ${input.revertBranch}. Find the cause, add a regression test that fails on ${short} and passes with the fix, then re-land the change as a revert of the revert plus the fix.` + (input.workOrders.length ? ` The reverted merge delivered ${input.workOrders.join(", ")}.` : ""),
    kind: "bugfix",
    scope: { paths: [.../* @__PURE__ */ new Set([...input.culprit.files, ...input.testGlobs])] },
    acceptance: {
      ...check ? { commands: [{ name: "regression", run: check.run, ...env.length > 0 ? { env } : {} }] } : {},
      criteria: [
        `A new or changed test fails when run on ${input.culprit.sha} (the culprit, checked out with this branch's test files) while the culprit's own tests pass there, and passes on this branch; the test-first gate checks it with the policy's first \`unit\` gate (\`repro.run\` when there is none).`,
        `The change is re-landed with \`git revert ${input.revertSha}\` plus the fix, not re-applied by hand.`,
        ...check ? [`\`${check.run}\` passes on the fixed branch.`] : []
      ]
    },
    ...check ? { repro: { run: check.run, notes: `Fails at ${input.culprit.sha}, passes at its first parent.` } } : {},
    rollback: `Revert the fix merge; main returns to the state of ${input.revertSha.slice(0, 12)}.`,
    risk: "medium",
    priority: "high",
    provenance: { source: "canary", revertOf: input.culprit.sha }
  });
  return { workOrder, path: `workorders/${workOrder.id}.yml`, text: (0, import_yaml.stringify)(workOrder, { lineWidth: 0 }) };
}

// src/core/revert/plan-revert.ts
function revertBranchName(sha) {
  return `shopfloor/revert/${sha.slice(0, 12)}`;
}
function planRevert(facts, policy) {
  const { culprit, ledger } = facts;
  const short = culprit.sha.slice(0, 12);
  const reasons = [];
  const add = (code, message) => reasons.push({ code, message });
  if (!policy.enabled) add("disabled", "auto-revert is disabled in the repo policy (revert.enabled: false); revert by hand if needed");
  if (facts.recoveredAt) add("recovered", `main already recovered: the canary was GREEN at ${facts.recoveredAt.slice(0, 12)}, after ${short}; nothing to undo`);
  if (isRevertMessage(culprit) || culprit.revertsCommit) add("is-revert", `${short} is itself a revert; reverting a revert re-lands a change and needs a human`);
  if (facts.revertedBy) add("already-reverted", `${short} was already reverted by ${facts.revertedBy.slice(0, 12)}`);
  if (ledger.failedInARow >= policy.freezeAfter) add("frozen", `auto-revert is frozen: ${ledger.failedInARow} revert(s) in a row did not restore green (revert.freezeAfter: ${policy.freezeAfter}); a human must look at main`);
  if (ledger.inFlight.length > 0) add("in-flight", `another revert is in flight (${ledger.inFlight.join(", ")}); only one at a time, so each can be judged by the canary`);
  if (ledger.createdToday >= policy.maxPerDay) add("quota", `the daily quota of reverts is spent (${ledger.createdToday} of revert.maxPerDay ${policy.maxPerDay} in the last 24h)`);
  if (facts.labels.includes(policy.optOutLabel)) add("opted-out", `${short} is labeled "${policy.optOutLabel}"; its authors asked not to be reverted automatically`);
  const ageMs = facts.nowMs - culprit.committedAtMs;
  const maxAgeMs = parseDuration(policy.maxAge) ?? Number.POSITIVE_INFINITY;
  if (ageMs > maxAgeMs) add("too-old", `${short} landed ${formatDuration(ageMs)} ago, beyond revert.maxAge ${policy.maxAge}; later work likely builds on it`);
  const touched = new Set(culprit.files);
  const dependents = facts.laterMerges.filter((m) => m.files.some((f) => touched.has(f)));
  if (dependents.length > 0) {
    const list = dependents.map((m) => `${m.sha.slice(0, 12)} (${m.files.filter((f) => touched.has(f)).slice(0, 3).join(", ")})`).join("; ");
    add("dependents", `later merges touch the same files and may depend on ${short}: ${list}`);
  }
  if (facts.applies && !facts.applies.ok) add("conflicts", `the revert does not apply cleanly on main (conflicts in ${facts.applies.conflicts.join(", ") || "the index"}); conflicts are never auto-resolved`);
  if (reasons.length > 0) return { action: reasons.some((r) => r.code === "frozen") ? "ask-human" : "skip", sha: culprit.sha, reasons };
  return {
    action: "revert",
    sha: culprit.sha,
    mainline: culprit.parents.length > 1 ? 1 : void 0,
    branch: revertBranchName(culprit.sha),
    notes: [`${ledger.createdToday + 1} of ${policy.maxPerDay} reverts today`, `culprit age ${formatDuration(Math.max(0, ageMs))}`]
  };
}

// src/core/revert/revert-commit-message.ts
var revertTrailer = "Shopfloor-Revert";
function renderRevertCommitMessage(subject, sha) {
  return `Revert "${subject}"

This reverts commit ${sha}.

${revertTrailer}: ${sha}
`;
}

export {
  renderMergeMessage,
  parseMergeTrailers,
  bugWorkOrderId,
  buildBugWorkOrder,
  revertBranchName,
  planRevert,
  revertTrailer,
  renderRevertCommitMessage
};
