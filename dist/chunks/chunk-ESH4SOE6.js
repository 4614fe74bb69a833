import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  gatesCheckName,
  readReportEnvelope
} from "./chunk-Q7AZTRKS.js";
import {
  checkReport,
  dangerousPathGlobs,
  decideMerge,
  decodeTrainRecord,
  encodeTrainRecord,
  landedTreeHolds,
  resolveMergeQueue,
  resolveTrainConfig,
  startTrain,
  stepTrain,
  trainStateRef
} from "./chunk-6VF7UYTO.js";
import {
  bugWorkOrderId,
  buildBugWorkOrder,
  parseMergeTrailers,
  planRevert,
  renderMergeMessage,
  renderRevertCommitMessage,
  revertBranchName
} from "./chunk-5FYM5LCL.js";
import {
  ed25519Verifier,
  refusedAnnotationTitle
} from "./chunk-RMU52COZ.js";
import {
  atLeast,
  authorizeCommand,
  createGitHubForge,
  createGitHubRunStateStore,
  createGitHubTrainForge,
  gitChangeOf,
  ignoredActor,
  repoPermissions,
  statusOf
} from "./chunk-YO5ZKEKR.js";
import {
  changedPaths,
  planRevertTree,
  restorePath
} from "./chunk-ITFQXOZY.js";
import {
  actionsRunUrlPattern,
  claimLeaseMs,
  directiveKey,
  pendingRetry,
  planAddDirective,
  planApprovalRequired,
  planApprovalState,
  planApproved,
  planPickUp,
  readRunDirectives,
  readRunState,
  releaseRetry,
  renderRunComment,
  retryDispatchedStatus,
  runCommentMarker,
  runStateRef,
  updateRunState,
  withSeen
} from "./chunk-R5P5ICFY.js";
import {
  applyPatch,
  boundMarkdownNesting,
  checkRunId,
  createRunDocument,
  finalRunStatuses,
  getSection,
  parseMarkdown,
  sanitizeUntrustedText,
  sourceRange,
  tokenizeHtml,
  voidElements,
  walkMarkdown
} from "./chunk-4LBIUF4J.js";
import {
  agentBranchName,
  parseAgentBranch,
  runIdOf
} from "./chunk-MAAELMKE.js";
import {
  labelsOf,
  readTrailers,
  revertedCommitOf,
  workOrdersOf
} from "./chunk-7CCSRXTP.js";
import {
  checkPolicyFile,
  checkWorkOrderFile,
  formatFinding,
  matchAnyGlob,
  policyPath,
  policySchema,
  prepareGlob,
  priorities,
  require_dist,
  riskLevels,
  workOrderApiVersion,
  workOrderKinds,
  workOrderSchema
} from "./chunk-6UYLTFXC.js";
import {
  external_exports
} from "./chunk-GBB54T6E.js";
import {
  __toESM
} from "./chunk-T3OL5SPP.js";

// src/entrypoints/probot-app.ts
import { createHash, randomUUID } from "node:crypto";

// src/core/github/work-order-form.ts
var workOrderFormFields = [
  { id: "goal", label: "Goal", required: true },
  { id: "kind", label: "Kind", required: true },
  { id: "scope", label: "Scope", required: true },
  { id: "forbidden", label: "Forbidden paths", required: false },
  { id: "commands", label: "Acceptance commands", required: false },
  { id: "criteria", label: "Acceptance criteria", required: false },
  { id: "dependencies", label: "Dependencies", required: false },
  { id: "risk", label: "Risk", required: false },
  { id: "priority", label: "Priority", required: false },
  { id: "rollback", label: "Rollback plan", required: false }
];
var shopfloorLabel = "shopfloor";
function headingText(node) {
  let text = "";
  walkMarkdown(node, (child) => void (child.type === "text" || child.type === "inlineCode" ? text += child.value : void 0));
  return text;
}
function readIssueForm(body) {
  const byLabel = new Map(workOrderFormFields.map((field) => [field.label.toLowerCase(), field.id]));
  const text = boundMarkdownNesting(body.replace(/\r\n?/g, "\n"));
  const blocks = parseMarkdown(text).children;
  const sections = blocks.flatMap((node, index) => {
    const id = node.type === "heading" && node.depth === 3 ? byLabel.get(headingText(node).trim().toLowerCase()) : void 0;
    return id ? [{ id, index }] : [];
  });
  if (sections.length === 0) return void 0;
  const out = {};
  sections.forEach(({ id, index }, order) => {
    const next = sections[order + 1]?.index ?? blocks.length;
    const content = blocks.slice(index + 1, next);
    const from = sourceRange(blocks[index])?.[1] ?? 0;
    const to = next < blocks.length ? sourceRange(blocks[next])?.[0] ?? text.length : text.length;
    const only = content.length === 1 ? content[0] : void 0;
    const value = (only?.type === "code" ? only.value : text.slice(from, to)).trim();
    if (value && value !== "_No response_" && out[id] === void 0) out[id] = value;
  });
  return out;
}

// src/workflows/github/github-app-deps.ts
var defaultAppSettings = {
  implementWorkflow: "shopfloor-implement.yml",
  allowedBotAppIds: [],
  workOrderDir: "workorders",
  canaryWorkflow: "shopfloor-canary.yml"
};

// src/core/github/approval-record.ts
function renderApprovalRecord(approval) {
  return `<!-- shopfloor:approval user=${approval.user} sha=${approval.sha} permission=${approval.permission} -->`;
}
var recordPattern = /^<!-- shopfloor:approval user=([A-Za-z0-9-]+(?:\[bot\])?) sha=([0-9a-f]{40}) permission=([a-z]+) -->$/gm;
function readApprovals(comments, ownAppId) {
  const approvals = [];
  for (const comment of comments) {
    if (comment.appId !== ownAppId) continue;
    for (const match of comment.body.matchAll(recordPattern)) {
      const permission = match[3];
      if (repoPermissions.includes(permission)) approvals.push({ user: match[1], sha: match[2], permission });
    }
  }
  return approvals;
}
function approvalsForHead(approvals, headSha) {
  return approvals.filter((approval) => approval.sha === headSha);
}

// src/core/github/accept-drop-record.ts
function renderAcceptDropRecord(user2, sha) {
  return `<!-- shopfloor:accept-drop user=${user2} sha=${sha} -->`;
}
var recordPattern2 = /^<!-- shopfloor:accept-drop user=([A-Za-z0-9-]+(?:\[bot\])?) sha=([0-9a-f]{40}) -->$/gm;
function readAcceptedDrop(comments, ownAppId, headSha) {
  for (const comment of comments) {
    if (comment.appId !== ownAppId) continue;
    for (const match of comment.body.matchAll(recordPattern2)) if (match[2] === headSha) return match[1];
  }
  return void 0;
}

// src/core/run-document/apply-system-patches.ts
function applySystemPatches(document, items, prefix) {
  return items.reduce((doc, item, index) => {
    const patch = "runId" in item ? item : { ...item, runId: doc.runId, patchId: `${prefix}-${index + 1}`, source: "system" };
    const result = applyPatch(doc, patch);
    if (!result.ok) throw new Error(`run ${doc.runId}: ${result.reason}`);
    return result.document;
  }, document);
}

// src/workflows/github/run-view.ts
var isGone = (error) => error?.status === 404;
async function renderRunView(deps, repo, runId, loaded) {
  let at = loaded;
  for (let round = 0; round < 3; round++) {
    const view = at.state.view;
    if (view?.commentId === void 0) return;
    try {
      await deps.forge.updateIssueComment(repo, view.commentId, renderRunComment(at.state.document, actionsLinks(deps, repo, view)));
    } catch (error) {
      if (!isGone(error)) throw error;
      const rebuilt = await rebuildRunView(deps, repo, runId, view.issueNumber, view.commentId);
      if (!rebuilt) return;
      at = rebuilt;
      continue;
    }
    const head = await readRunState(deps, repo, runId, at);
    if (!head.ok || !head.value || head.value.commit.sha === at.commit.sha) return;
    at = head.value;
  }
}
async function renderRunViewAhead(deps, repo, next, current) {
  const view = next.view;
  if (current?.state.view?.commentId !== void 0 || view?.commentId === void 0) return false;
  try {
    await deps.forge.updateIssueComment(repo, view.commentId, renderRunComment(next.document, actionsLinks(deps, repo, view)));
    return true;
  } catch (error) {
    if (!isGone(error)) throw error;
    return false;
  }
}
async function rebuildRunView(deps, repo, runId, issueNumber, goneId) {
  const created = await deps.forge.createIssueComment({ repo, issueNumber }, `${runCommentMarker(runId)}
_Rebuilding the run document from ${runStateRef(runId)}\u2026_
`);
  const updated = await updateRunState(deps, repo, runId, (current) => {
    if (!current || current.state.view?.commentId !== goneId) return void 0;
    const text = `The tracking comment was deleted; rebuilt it from the run state in git (\`${runStateRef(runId)}\`).`;
    return { ...current.state, document: applySystemPatches(current.state.document, [{ kind: "append-log-line", section: "conductor", target: "canon", text }], `view-rebuilt-${created.id}`), view: { issueNumber, commentId: created.id } };
  });
  return updated.ok ? updated.value : void 0;
}
async function ensureRunViewComment(deps, repo, issueNumber, loaded, firstStart = false) {
  const marker = `${runCommentMarker(loaded.state.document.runId)}
`;
  const known = loaded.state.view?.commentId;
  if (known !== void 0) return known;
  const find = async () => (await deps.forge.listIssueComments({ repo, issueNumber })).find((c) => c.authorAppId === deps.settings.appId && c.body.startsWith(marker))?.id;
  for (let attempt = 1; ; attempt++) {
    const existing = firstStart && attempt === 1 ? void 0 : await find();
    if (existing !== void 0) return existing;
    try {
      return (await deps.forge.createIssueComment({ repo, issueNumber }, renderRunComment(loaded.state.document, actionsLinks(deps, repo, loaded.state.view)))).id;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
async function restoreRunView(deps, repo, runId, commentId) {
  const read = await readRunState(deps, repo, runId);
  if (!read.ok || !read.value || read.value.state.view?.commentId !== commentId) return "not-the-view";
  await renderRunView(deps, repo, runId, read.value);
  return "restored";
}
function actionsLinks(deps, repo, view) {
  if (view?.actionsRunUrl) return { fullLogUrl: view.actionsRunUrl };
  return { workflowUrl: `https://github.com/${repo}/actions/workflows/${encodeURIComponent(deps.settings.implementWorkflow)}` };
}

// src/workflows/github/patch-run.ts
async function findRun(deps, repo, runId) {
  const read = await readRunState(deps, repo, runId);
  if (!read.ok) return read;
  return read.value ? { ok: true, value: read.value } : { ok: false, reason: `run \`${runId}\` has no run state in git (no \`refs/shopfloor/runs/${runId}\`)` };
}
async function patchRun(deps, repo, runId, prefix, plan, known) {
  const updated = await updateRunState(deps, repo, runId, (current) => {
    const change = current ? plan(current.state) : void 0;
    if (!current || !change || change.patches.length === 0) return void 0;
    const document = applySystemPatches(current.state.document, change.patches, `${prefix}-r${current.state.document.revision}`);
    return { ...current.state, ...change.state, document };
  }, known);
  if (!updated.ok) return updated;
  if (!updated.value) return { ok: false, reason: `run \`${runId}\` has no run state in git` };
  if (updated.written) await renderRunView(deps, repo, runId, updated.value);
  return { ok: true, value: updated.value, written: updated.written };
}

// src/workflows/github/command-accept-drop.ts
async function commandAcceptDrop(deps, event, pull) {
  const agent = pull ? parseAgentBranch(pull.headRef) : void 0;
  if (!pull || !agent) return { allowed: false, text: "Not done: `/shopfloor accept-drop` applies to Shopfloor agent pull requests only." };
  const user2 = event.comment.author.login;
  const line = `decision: @${user2} accepted dropping what the agent changed outside the scope of head ${pull.headSha.slice(0, 12)} (/shopfloor accept-drop on #${pull.number}); the refused part stays in the implement job's artifacts`;
  const recorded = await patchRun(deps, event.repo, runIdOf(agent), `accept-drop-${event.comment.id}`, (state) => state.document.sections.some((section) => section.canon.includes(line)) ? void 0 : { patches: [{ kind: "append-log-line", section: "conductor", target: "canon", text: line }] });
  const where = recorded.ok ? ` It is in the run document${recorded.value.state.view?.issueNumber ? ` on #${recorded.value.state.view.issueNumber}` : ""}.` : "";
  return { allowed: true, text: `Recorded: @${user2} accepts dropping what the agent changed outside the work order's scope for head \`${pull.headSha.slice(0, 7)}\` (the refused part stays in the run's artifacts as a patch). A new push voids this decision.${where}
${renderAcceptDropRecord(user2, pull.headSha)}` };
}

// src/core/github/parse-commands.ts
var shopfloorCommands = ["approve", "retry", "hold", "unhold", "cancel", "revert", "bisect", "status", "run", "accept-drop"];
var maxCommandsPerComment = 3;
function commandLines(text) {
  const lines = [];
  const open = [];
  const readHtml = (html) => {
    for (const token of tokenizeHtml(html)) {
      if (token.type === "open" && !token.selfClosing && !voidElements.has(token.name)) open.push(token.name);
      if (token.type === "close") {
        const index = open.lastIndexOf(token.name);
        if (index >= 0) open.splice(index);
      }
    }
  };
  for (const block of parseMarkdown(text, { links: false }).children) {
    if (block.type === "html") readHtml(block.value);
    if (block.type !== "paragraph") continue;
    for (const child of block.children) {
      if (child.type === "html") readHtml(child.value);
      const range = sourceRange(child);
      if (child.type !== "text" || open.length > 0 || !range) continue;
      const [start, end] = range;
      for (let at = text.lastIndexOf("\n", start - 1) + 1; at < end; at = text.indexOf("\n", at) + 1 || end) {
        const lineEnd = text.indexOf("\n", at) < 0 ? text.length : text.indexOf("\n", at);
        if (at >= start && text.slice(end, lineEnd).trim() === "") lines.push({ line: text.slice(0, at).split("\n").length, text: text.slice(at, lineEnd) });
      }
    }
  }
  return lines;
}
function parseCommands(body) {
  const commands = [];
  const unknown = [];
  if (!body.includes("/shopfloor")) return { commands, unknown };
  for (const { line, text } of commandLines(boundMarkdownNesting(body.replace(/\r\n?/g, "\n")))) {
    const match = /^\/shopfloor(?:[ \t]+(\S+)([^\n]*))?[ \t]*$/.exec(text);
    if (!match) continue;
    const word = (match[1] ?? "").toLowerCase();
    const name = shopfloorCommands.find((c) => c === word);
    if (name) {
      if (commands.length < maxCommandsPerComment) commands.push({ name, args: (match[2] ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 5), line });
    } else {
      unknown.push({ word: word.slice(0, 40), line });
    }
  }
  return { commands, unknown };
}

// src/core/github/canary-suspects.ts
function firstParentSuspects(red, good, commits) {
  const bySha = new Map(commits.map((commit) => [commit.sha, commit]));
  const suspects = [];
  let at = red;
  while (at && at !== good) {
    const commit = bySha.get(at);
    if (!commit || suspects.includes(commit)) return { suspects, complete: false };
    suspects.push(commit);
    at = commit.parents[0];
  }
  return { suspects, complete: at === good };
}

// src/core/github/revert-evidence.ts
var short = (sha) => sha.slice(0, 12);
var oneLine = (text) => text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/`/g, "'").slice(0, 120);
function evidenceLines(trigger, culprit) {
  const lines = [];
  if (trigger.kind === "canary") {
    lines.push(`Canary: red on \`${short(trigger.redSha)}\`${trigger.runUrl ? ` ([run](${trigger.runUrl}))` : ""}`);
    lines.push(`Last known good: \`${short(trigger.lastGood)}\` (${trigger.lastGoodFrom === "ref" ? "`refs/shopfloor/canary/last-good`" : "no last-good ref yet, so the red commit's first parent"})`);
    lines.push(`Suspects (first-parent merges since last good): ${trigger.suspects.map((s) => `\`${short(s.sha)}\` ${oneLine(s.subject)}`).join("; ")}`);
  } else {
    lines.push(`Asked for by @${trigger.user} with \`/shopfloor revert\` on #${trigger.pullNumber}`);
  }
  lines.push(`Culprit: ${culprit.sha} "${oneLine(culprit.subject)}"${culprit.pull ? ` (#${culprit.pull.number})` : ""}`);
  if (culprit.workOrders.length) lines.push(`Work orders it delivered: ${culprit.workOrders.map((id) => `\`${id}\``).join(", ")}`);
  lines.push(`Files it changed: ${culprit.files.slice(0, 20).map((f) => `\`${f}\``).join(", ")}${culprit.files.length > 20 ? `, \u2026 (${culprit.files.length} in all)` : ""}`);
  return lines.map((line) => `- ${line}`);
}
function renderRevertPull(input) {
  const { trigger, culprit } = input;
  const why = trigger.kind === "canary" ? `The canary went red on the default branch and ${trigger.suspects.length === 1 ? "this is the only merge since last-known-good" : "culprit finding named this merge"}.` : `@${trigger.user} asked for it.`;
  const body = [
    `Reverts ${culprit.sha}${culprit.pull ? ` (#${culprit.pull.number})` : ""}. ${why}`,
    "",
    "### Evidence",
    ...evidenceLines(trigger, culprit),
    ...input.notes.length ? [`- Revert policy: ${input.notes.join("; ")}`] : [],
    "",
    `A bug work order to fix the change and re-land it (with a regression test that fails on \`${short(culprit.sha)}\`) is opened as an issue that links back here.`,
    `<!-- shopfloor:revert-of=${culprit.sha} bug-key=${input.bugIssueKey} -->`
  ].join("\n");
  return { title: `Revert "${oneLine(culprit.subject)}"`.slice(0, 200), body };
}

// src/core/github/revert-ledger-from-pulls.ts
var dayMs = 864e5;
var revertBranchPrefix = "shopfloor/revert/";
function revertLedgerFromPulls(input) {
  const reverts = input.pulls.filter((pull) => pull.headRef.startsWith(revertBranchPrefix) && pull.headRef !== input.ownBranch);
  const recent = (at) => at !== void 0 && input.nowMs - Date.parse(at) < dayMs;
  return {
    createdToday: reverts.filter((pull) => recent(pull.createdAt)).length,
    autoMergedToday: reverts.filter((pull) => recent(pull.mergedAt)).length,
    inFlight: reverts.filter((pull) => pull.state === "open").map((pull) => pull.headRef),
    failedInARow: input.suspectMessages.filter(isShopfloorRevert).length
  };
}
function isShopfloorRevert(message) {
  return revertedBy(message) !== void 0;
}
function revertedBy(message) {
  return parseMergeTrailers(message).reverts ?? readTrailers(splitMessage(message).body).get("shopfloor-revert")?.[0] ?? revertedCommitOf(splitMessage(message));
}
function splitMessage(message) {
  const [subject = "", ...rest] = message.split("\n");
  return { subject, body: rest.join("\n").replace(/^\n+/, "") };
}

// src/core/github/effect-claim.ts
var effectLeaseMs = 6e5;
var schema = "shopfloor.effect-claim/v1";
function effectClaimRef(key) {
  return `refs/shopfloor/claims/${key}`;
}
function isEffectKey(key) {
  return /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/.test(key) && !key.includes("..") && !key.endsWith(".lock");
}
function encodeEffectClaim(claim) {
  return `Shopfloor claim ${claim.key}: ${claim.step} by ${claim.by.replace(/\s+/g, " ")}

${JSON.stringify({ schema, ...claim })}
`;
}
function decodeEffectClaim(message) {
  const start = message.indexOf("\n\n");
  if (start < 0) return void 0;
  try {
    const value = JSON.parse(message.slice(start + 2));
    if (value.schema !== schema || typeof value.key !== "string" || typeof value.by !== "string" || typeof value.at !== "string") return void 0;
    if (value.step !== "held" && value.step !== "released") return void 0;
    return { key: value.key, by: value.by, at: value.at, step: value.step };
  } catch {
    return void 0;
  }
}
function planTakeOver(found, nowMs) {
  if (!found) return "busy";
  if (found.step === "released") return "take";
  const at = Date.parse(found.at);
  return Number.isFinite(at) && nowMs - at >= effectLeaseMs ? "take" : "busy";
}

// src/workflows/github/claim-effect.ts
var maxTries = 5;
async function claimEffect(deps, repo, key, tree) {
  if (!isEffectKey(key)) throw new Error(`claim key "${key}" is not a ref path of lower-case words`);
  const ref = effectClaimRef(key);
  const mine = { key, by: deps.handler, at: deps.now(), step: "held" };
  const holding = (commit, fresh) => ({
    held: true,
    fresh,
    release: async () => {
      await deps.runs.advanceRunRef(repo, ref, encodeEffectClaim({ ...mine, at: deps.now(), step: "released" }), commit).catch(() => void 0);
    }
  });
  const created = await deps.runs.advanceRunRef(repo, ref, encodeEffectClaim(mine), void 0, tree);
  if (created.ok) return holding(created.commit, true);
  for (let attempt = 1; attempt <= maxTries; attempt++) {
    deps.onConflict?.(key);
    const current = await deps.runs.readRunRef(repo, ref);
    if (!current) return { held: false, by: "a holder that removed the claim ref" };
    const found = decodeEffectClaim(current.message);
    if (found?.by === deps.handler && found.step === "held") return holding(current, false);
    if (planTakeOver(found, Date.parse(mine.at)) === "busy") return { held: false, by: found?.by ?? `an unreadable commit ${current.sha.slice(0, 12)} on ${ref}` };
    const taken = await deps.runs.advanceRunRef(repo, ref, encodeEffectClaim(mine), current);
    if (taken.ok) return holding(taken.commit, false);
  }
  return { held: false, by: `other handlings (${ref} moved ${maxTries} times)` };
}
async function underClaim(claim, effect) {
  try {
    return await effect();
  } catch (error) {
    await claim.release();
    throw error;
  }
}

// src/workflows/github/canary-notice.ts
var canaryIncidentLabel = "shopfloor-canary";
async function ensureCanaryNotice(deps, repo, key, notice, act = async () => {
}) {
  const { forge } = deps;
  const claim = await claimEffect(deps, repo, key, notice.tree);
  if (!claim.held) {
    if (notice.pullNumber !== void 0) return { acted: false, where: `#${notice.pullNumber}` };
    const found = await forge.findIssue(repo, key, canaryIncidentLabel);
    return { acted: false, where: found ? `#${found.number}` : `an issue ${claim.by} is opening` };
  }
  return underClaim(claim, async () => {
    let where = `#${notice.pullNumber}`;
    if (notice.pullNumber !== void 0) await forge.ensureComment({ repo, issueNumber: notice.pullNumber }, key, `**${notice.title}**

${notice.body}`);
    else where = `#${(await forge.ensureIssue(repo, key, { title: notice.title, body: notice.body, labels: [canaryIncidentLabel] }, { absent: claim.fresh })).value.number}`;
    await act();
    return { acted: true, where };
  });
}

// src/workflows/github/load-default-branch-policy.ts
async function readDefaultBranchPolicy(forge, repo) {
  const file = await forge.readDefaultBranchFile(repo, policyPath);
  return file ? checkedPolicy(file.text, file.ref) : { kind: "absent" };
}
function policyFromHeadFile(file, ref) {
  if (!file) return { kind: "absent" };
  if ("unreadable" in file) return { kind: "invalid", ref, findings: [{ severity: "error", file: policyPath, line: 0, column: 0, path: "", message: file.unreadable, code: "unreadable-file" }] };
  return checkedPolicy(file.text, ref);
}
function checkedPolicy(text, ref) {
  const checked = checkPolicyFile(text);
  return checked.policy ? { kind: "valid", ref, policy: checked.policy } : { kind: "invalid", ref, findings: checked.findings };
}
function firstPolicyErrors(findings) {
  return findings.filter((f) => f.severity === "error").slice(0, 3).map(formatFinding).join("; ");
}
async function loadDefaultBranchPolicy(forge, repo) {
  const read = await readDefaultBranchPolicy(forge, repo);
  if (read.kind === "absent") return { ok: true, policy: policySchema.parse({ apiVersion: "shopfloor/v1" }) };
  if (read.kind === "invalid") return { ok: false, message: `${policyPath} on ${read.ref} is invalid (${firstPolicyErrors(read.findings)}); fix it on the default branch` };
  return { ok: true, policy: read.policy };
}

// src/core/github/work-order-provenance-marker.ts
var carriedSchema = external_exports.object({ revertOf: external_exports.string().regex(/^[0-9a-f]{7,64}$/), repro: workOrderSchema.shape.repro }).strict();
var markerPattern = /^<!-- shopfloor:work-order-provenance ([A-Za-z0-9%._~!*'()-]+) -->$/m;
var keyMarkerPattern = /^<!-- shopfloor:key=revert-bug\/([0-9a-f]{40,64}) -->(?:\n|$)/;
function renderProvenanceMarker(workOrder) {
  const revertOf = workOrder.provenance?.revertOf;
  if (!revertOf) return void 0;
  const carried = { revertOf, ...workOrder.repro ? { repro: workOrder.repro } : {} };
  return `<!-- shopfloor:work-order-provenance ${encodeURIComponent(JSON.stringify(carried))} -->`;
}
function readProvenanceMarker(rawBody) {
  const body = rawBody.replace(/\r\n?/g, "\n");
  const encoded = markerPattern.exec(body)?.[1];
  if (encoded) {
    const parsed = carriedSchema.safeParse(decode(encoded));
    if (parsed.success) return { revertOf: parsed.data.revertOf, ...parsed.data.repro ? { repro: parsed.data.repro } : {} };
  }
  const keyed = keyMarkerPattern.exec(body)?.[1];
  return keyed ? { revertOf: keyed } : void 0;
}
function decode(encoded) {
  try {
    return JSON.parse(decodeURIComponent(encoded));
  } catch {
    return void 0;
  }
}

// src/core/github/render-bug-issue.ts
var label = (id) => workOrderFormFields.find((field) => field.id === id).label;
function renderWorkOrderIssue(workOrder, extra = []) {
  const section = (heading, text) => [`### ${heading}`, "", text, ""];
  const list = (items) => items.map((item) => `- ${item}`).join("\n");
  const commands = (workOrder.acceptance.commands ?? []).map((command) => `${command.name}: ${command.run}`).join("\n");
  const marker = renderProvenanceMarker(workOrder);
  return [
    ...marker ? [marker, ""] : [],
    ...section(label("goal"), workOrder.goal),
    ...section(label("kind"), workOrder.kind),
    ...section(label("scope"), list(workOrder.scope.paths)),
    ...workOrder.scope.forbidden?.length ? section(label("forbidden"), list(workOrder.scope.forbidden)) : [],
    ...commands ? section(label("commands"), commands) : [],
    ...workOrder.acceptance.criteria?.length ? section(label("criteria"), list(workOrder.acceptance.criteria)) : [],
    ...section(label("risk"), workOrder.risk),
    ...section(label("priority"), workOrder.priority),
    ...workOrder.rollback ? section(label("rollback"), workOrder.rollback) : [],
    ...extra.flatMap((block) => section(block.heading, block.lines.join("\n")))
  ].join("\n");
}

// src/workflows/github/gather-culprit-facts.ts
var pullOfCommit = (pulls2, sha) => pulls2.find((p) => p.mergeCommitSha === sha) ?? pulls2.find((p) => p.mergedAt);
var nothingSince = (mainSha) => ({ status: "identical", baseSha: mainSha, commits: [], files: [], truncated: false, filesTruncated: false });
async function gatherCulpritFacts(forge, input) {
  const { repo, culprit } = input;
  const branch = revertBranchName(culprit.sha);
  const parent = culprit.parents[0] ?? culprit.sha;
  const recentPulls = forge.listRecentPullRequests(repo, "all");
  const [diff, since, pull, recent, existingBranchSha] = await Promise.all([
    forge.compareCommits(repo, parent, culprit.sha),
    // The culprit is main's head most of the time: nothing landed since, and no call is needed to say so.
    culprit.sha === input.mainSha ? Promise.resolve(nothingSince(input.mainSha)) : forge.compareCommits(repo, culprit.sha, input.mainSha),
    // The PR that merged the culprit (its labels) is nearly always among the recent PRs the quotas read anyway.
    recentPulls.then(async (recent2) => recent2.find((p) => p.mergeCommitSha === culprit.sha) ?? pullOfCommit(await forge.pullRequestsForCommit(repo, culprit.sha), culprit.sha)),
    recentPulls,
    forge.getRef(repo, `heads/${branch}`)
  ]);
  const message = splitMessage(culprit.message);
  const revertedByCommit = since.commits.find((c) => {
    const target = revertedBy(c.message);
    return target !== void 0 && culprit.sha.startsWith(target);
  })?.sha;
  const revertsCommit = parseMergeTrailers(culprit.message).reverts;
  const facts = {
    culprit: {
      sha: culprit.sha,
      parents: culprit.parents,
      subject: message.subject,
      body: message.body,
      committedAtMs: Date.parse(culprit.committedAt),
      files: changedPaths(diff.files),
      ...revertsCommit ? { revertsCommit } : {}
    },
    nowMs: input.nowMs,
    ...revertedByCommit ? { revertedBy: revertedByCommit } : {},
    labels: [.../* @__PURE__ */ new Set([...labelsOf(message, input.policy.optOutLabel), ...pull?.labels ?? []])],
    laterMerges: [],
    ledger: revertLedgerFromPulls({ pulls: recent, nowMs: input.nowMs, ownBranch: branch, suspectMessages: input.suspectMessages })
  };
  return { facts, branch, diff, since, ...pull ? { pull } : {}, ...existingBranchSha ? { existingBranchSha } : {} };
}

// src/workflows/github/revert-culprit.ts
var bugIssueKey = (sha) => `revert-bug/${sha}`;
async function revertCulprit(deps, input) {
  const { forge } = deps;
  const { repo, culprit, main, policy } = input;
  const gathered = await gatherCulpritFacts(forge, { repo, culprit, mainSha: main.sha, policy: policy.revert, nowMs: Date.parse(deps.now()), suspectMessages: input.suspectMessages });
  const summary = {
    sha: culprit.sha,
    subject: gathered.facts.culprit.subject,
    workOrders: workOrdersOf({ body: gathered.facts.culprit.body }),
    files: gathered.facts.culprit.files,
    ...gathered.pull ? { pull: { number: gathered.pull.number, url: gathered.pull.url } } : {}
  };
  let revertSha = gathered.existingBranchSha;
  let branchCreated = false;
  let notes = ["the revert branch already existed; reused it"];
  if (!revertSha) {
    if (gathered.since.status !== "ahead" && gathered.since.status !== "identical") return { kind: "skipped", culprit: summary, reasons: [`${culprit.sha.slice(0, 12)} is not on ${main.name} (compare says ${gathered.since.status})`] };
    const plan = planRevert(gathered.facts, policy.revert);
    if (plan.action !== "revert") return { kind: "skipped", culprit: summary, reasons: plan.reasons.map((r) => r.message) };
    notes = plan.notes;
    const built = await buildRevertCommit(deps, repo, culprit, main, gathered);
    if (!built.ok) return { kind: "needs-runner", culprit: summary, reason: built.reason };
    const branch = await forge.ensureBranch(repo, gathered.branch, built.sha);
    revertSha = branch.value.sha;
    branchCreated = branch.created;
  }
  const key = bugIssueKey(culprit.sha);
  const pullText = renderRevertPull({ trigger: input.trigger, culprit: summary, notes, bugIssueKey: key });
  const pull = await forge.ensurePullRequest(repo, { head: gathered.branch, base: main.name, title: pullText.title, body: pullText.body, draft: false }, { absent: branchCreated });
  const bug = buildBugWorkOrder({
    culprit: { sha: culprit.sha, subject: summary.subject, files: summary.files },
    revertSha,
    revertBranch: gathered.branch,
    ...failingCheckOf(policy),
    workOrders: summary.workOrders,
    testGlobs: policy.revert.testGlobs
  });
  const evidence = [`- Revert pull request: #${pull.value.number}`, ...evidenceLines(input.trigger, summary)];
  const earlier = branchCreated ? void 0 : await forge.findIssue(repo, key, shopfloorLabel);
  const issue2 = earlier ? { ...earlier, created: false } : await openBugIssue(deps, repo, key, culprit.treeSha, { title: bug.workOrder.title, body: renderWorkOrderIssue(bug.workOrder, [{ heading: "Evidence", lines: evidence }]), labels: [shopfloorLabel, "bug"] });
  return { kind: "opened", culprit: summary, branch: gathered.branch, revertSha, pull: { number: pull.value.number, url: pull.value.url, created: pull.created }, issue: issue2 };
}
async function openBugIssue(deps, repo, key, tree, issue2) {
  const claim = await claimEffect(deps, repo, key, tree);
  if (claim.held) {
    const ensured = await underClaim(claim, () => deps.forge.ensureIssue(repo, key, issue2, { absent: claim.fresh }));
    return { ...ensured.value, created: ensured.created };
  }
  const found = await deps.forge.findIssue(repo, key, shopfloorLabel);
  return found ? { ...found, created: false } : { openingBy: claim.by };
}
async function buildRevertCommit(deps, repo, culprit, main, gathered) {
  const { forge } = deps;
  const parent = culprit.parents[0];
  if (!parent) return { ok: false, reason: "the culprit has no parent to go back to" };
  if (gathered.diff.truncated || gathered.since.truncated) return { ok: false, reason: "the compare API cut its list (more than 250 commits or 300 files)" };
  const restore = gathered.diff.files.flatMap((f) => restorePath(f) ?? []);
  const tree = restore.length ? await forge.readTreeEntries(repo, parent, restore) : { entries: [], truncated: false };
  const plan = planRevertTree({ changes: gathered.diff.files, parentEntries: tree.entries, touchedSince: changedPaths(gathered.since.files), treeTruncated: tree.truncated });
  if (!plan.clean) return { ok: false, reason: plan.reason };
  const baseTree = main.sha === culprit.sha ? culprit.treeSha : gathered.since.commits.find((c) => c.sha === main.sha)?.treeSha ?? (await forge.getCommit(repo, main.sha)).treeSha;
  const subject = gathered.facts.culprit.subject.replace(/[\u0000-\u001f\u007f]+/g, " ");
  return { ok: true, sha: (await forge.createCommitOnTree(repo, { baseTree, parents: [main.sha], message: renderRevertCommitMessage(subject, culprit.sha), entries: plan.entries })).sha };
}
function failingCheckOf(policy) {
  const flows = policy.canary?.flows ?? [];
  if (flows.length === 1) return { failingCheck: { name: flows[0].id, run: flows[0].run } };
  return flows.length ? { failingCheck: { name: "canary", run: "npx shopfloor canary" } } : {};
}

// src/workflows/github/handle-canary-red.ts
var lastGoodRefName = "shopfloor/canary/last-good";
var short2 = (sha) => sha.slice(0, 12);
async function handleCanaryRed(deps, event) {
  const { forge } = deps;
  const { repo, redSha } = event;
  const workflow = deps.settings.canaryWorkflow;
  const [mainName, lastGoodRef] = await Promise.all([forge.getDefaultBranchName(repo), forge.getRef(repo, lastGoodRefName)]);
  const key = `canary-red/${redSha}`;
  const lastGood = lastGoodRef ?? (await forge.getCommit(repo, redSha)).parents[0];
  if (!lastGood) return { kind: "ignored", reason: `${short2(redSha)} has no parent to compare with` };
  if (lastGood === redSha) return { kind: "ignored", reason: `${short2(redSha)} is last-known-good itself: the environment broke, not a merge; nothing to revert` };
  const comparison = await forge.compareCommits(repo, lastGood, redSha);
  if (comparison.status !== "ahead") return { kind: "ignored", reason: `${short2(redSha)} is not after last-known-good ${short2(lastGood)} (compare says ${comparison.status}); an old run, nothing to do` };
  const walk = firstParentSuspects(redSha, lastGood, comparison.commits);
  const suspects = walk.suspects.map((c) => ({ sha: c.sha, subject: splitMessage(c.message).subject }));
  const trigger = { kind: "canary", redSha, ...event.runUrl ? { runUrl: event.runUrl } : {}, lastGood, lastGoodFrom: lastGoodRef ? "ref" : "first-parent", suspects };
  if (suspects.length !== 1 || !walk.complete) {
    const count = walk.complete ? `${suspects.length} merges` : `more than ${suspects.length} merges`;
    const body2 = [
      `The canary went red on \`${short2(redSha)}\`${event.runUrl ? ` ([run](${event.runUrl}))` : ""}; ${count} landed since last-known-good \`${short2(lastGood)}\`, so no single merge is to blame yet.`,
      `Shopfloor dispatched culprit finding to a runner (\`${workflow}\` with \`command: bisect\`, good \`${short2(lastGood)}\`, bad \`${short2(redSha)}\`); the runner's bisect is flake-aware and ends in a revert of the culprit it names.`,
      "",
      "### Suspects",
      ...suspects.map((s) => `- ${s.sha} ${s.subject.replace(/`/g, "'")}`)
    ].join("\n");
    const tree = comparison.commits.find((c) => c.sha === redSha)?.treeSha;
    const notice2 = await ensureCanaryNotice(deps, repo, key, { title: `Canary red at ${short2(redSha)}: finding the culprit among ${count}`, body: body2, ...tree ? { tree } : {} }, () => forge.dispatchWorkflow(repo, workflow, mainName, { command: "bisect", good: lastGood, bad: redSha }));
    return { kind: "bisect", suspects: suspects.length, dispatched: notice2.acted, where: notice2.where };
  }
  const loaded = await loadDefaultBranchPolicy(forge, repo);
  if (!loaded.ok) {
    const notice2 = await ensureCanaryNotice(deps, repo, key, { title: `Canary red at ${short2(redSha)}: nothing reverted`, body: `The canary went red${event.runUrl ? ` ([run](${event.runUrl}))` : ""}, but ${loaded.message}. Shopfloor reads the revert policy from ${mainName} only.` });
    return { kind: "ignored", reason: `${loaded.message} (said so on ${notice2.where})` };
  }
  const culprit = walk.suspects[0];
  const main = await forge.getDefaultBranch(repo);
  const outcome = await revertCulprit(deps, { repo, culprit, main, policy: loaded.policy, trigger, suspectMessages: walk.suspects.map((c) => c.message) });
  if (outcome.kind === "opened") return { kind: "revert", outcome };
  const title = outcome.kind === "skipped" ? `Canary red at ${short2(redSha)}: ${short2(culprit.sha)} not reverted automatically` : `Canary red at ${short2(redSha)}: reverting ${short2(culprit.sha)} on a runner`;
  const because = outcome.kind === "skipped" ? ["The revert policy (`revert:` in `.github/shopfloor.yml` on the default branch) said no:", ...outcome.reasons.map((r) => `- ${r}`), "", "Revert by hand or fix forward; `/shopfloor revert` on the merged pull request asks again."] : [`The App cannot build this revert through the API: ${outcome.reason}. Shopfloor dispatched \`${workflow}\` with \`command: revert\` so a runner runs \`git revert\` (conflicts are never auto-resolved).`];
  const body = [`This merge is the only one since last-known-good, so the canary blames it.`, "", ...because, "", "### Evidence", ...evidenceLines(trigger, outcome.culprit)].join("\n");
  const notice = await ensureCanaryNotice(deps, repo, key, { title, body, tree: culprit.treeSha, ...outcome.culprit.pull ? { pullNumber: outcome.culprit.pull.number } : {} }, async () => {
    if (outcome.kind === "needs-runner") await forge.dispatchWorkflow(repo, workflow, main.name, { command: "revert", culprit: culprit.sha });
  });
  return { kind: "revert", outcome, ...outcome.kind === "needs-runner" ? { dispatched: notice.acted } : {}, where: notice.where };
}

// src/workflows/github/command-bisect.ts
async function commandBisect(deps, event) {
  const { forge } = deps;
  const [main, lastGood] = await Promise.all([forge.getDefaultBranch(event.repo), forge.getRef(event.repo, lastGoodRefName)]);
  if (!lastGood) return { allowed: false, text: `Not done: there is no \`refs/${lastGoodRefName}\` yet, so culprit finding has no good end; a GREEN canary run (\`shopfloor canary\`) sets it.` };
  if (lastGood === main.sha) return { allowed: false, text: `Not done: ${main.name} (\`${main.sha.slice(0, 12)}\`) is last-known-good itself; there is nothing to bisect.` };
  const workflow = deps.settings.canaryWorkflow;
  await forge.dispatchWorkflow(event.repo, workflow, main.name, { command: "bisect", good: lastGood, bad: main.sha });
  return { allowed: true, text: `Dispatched culprit finding to a runner: \`${workflow}\` with \`command: bisect\` between last-known-good \`${lastGood.slice(0, 12)}\` and ${main.name} \`${main.sha.slice(0, 12)}\`.` };
}

// src/workflows/github/command-cancel.ts
async function commandCancel(deps, event, pull) {
  const { forge } = deps;
  const agent = pull ? parseAgentBranch(pull.headRef) : void 0;
  if (!pull || !agent) return { allowed: false, text: "Not done: `/shopfloor cancel` works on Shopfloor agent pull requests." };
  const summary = await forge.getPullRequestSummary(event.repo, pull.number);
  if (summary.mergedAt) return { allowed: false, text: `Not done: #${pull.number} is already merged; \`/shopfloor revert\` undoes a merge.` };
  if (summary.state === "open") await forge.closePullRequest(event.repo, pull.number);
  const runId = runIdOf(agent);
  const marked = await markRunDocument(deps, event.repo, runId, `cancelled by @${event.comment.author.login} with /shopfloor cancel on #${pull.number}`);
  return {
    allowed: true,
    text: `Cancelled run \`${runId}\`: ${summary.state === "open" ? "closed" : "kept closed"} #${pull.number} without merging${marked ? ` and marked the run cancelled in its run document on #${marked}` : ""}. The branch \`${pull.headRef}\` is kept, so reopening this pull request resumes the work; delete it when its history is no longer needed.`
  };
}
async function markRunDocument(deps, repo, runId, detail) {
  const marked = await patchRun(deps, repo, runId, "cancel", (state) => finalRunStatuses.includes(state.document.status) ? void 0 : { patches: [
    { kind: "append-log-line", section: "conductor", target: "canon", text: `Cancelled: ${detail}.` },
    { kind: "set-status", status: "failed", detail }
  ] });
  return marked.ok ? marked.value.state.view?.issueNumber : void 0;
}

// src/workflows/github/command-revert.ts
async function commandRevert(deps, event, pull) {
  const { forge } = deps;
  if (!pull || !parseAgentBranch(pull.headRef)) return { allowed: false, text: "Not done: `/shopfloor revert` works on merged Shopfloor agent pull requests; revert any other merge with `shopfloor revert <sha>` on a runner." };
  const summary = await forge.getPullRequestSummary(event.repo, pull.number);
  if (!summary.mergeCommitSha) return { allowed: false, text: `Not done: #${pull.number} is not merged, so there is nothing to revert; \`/shopfloor cancel\` closes it instead.` };
  const [main, loaded, culprit] = await Promise.all([forge.getDefaultBranch(event.repo), loadDefaultBranchPolicy(forge, event.repo), forge.getCommit(event.repo, summary.mergeCommitSha)]);
  if (!loaded.ok) return { allowed: false, text: `Not done: ${loaded.message}.` };
  const outcome = await revertCulprit(deps, { repo: event.repo, culprit, main, policy: loaded.policy, trigger: { kind: "command", user: event.comment.author.login, pullNumber: pull.number }, suspectMessages: [] });
  const short7 = culprit.sha.slice(0, 12);
  if (outcome.kind === "opened") {
    const again = outcome.pull.created ? "" : " (they already existed)";
    const issue2 = "number" in outcome.issue ? `bug work order #${outcome.issue.number}` : "its bug work order issue (being opened by another handling)";
    return { allowed: true, text: `Reverting ${short7}: revert pull request #${outcome.pull.number} on \`${outcome.branch}\` and ${issue2}${again}.` };
  }
  if (outcome.kind === "skipped") return { allowed: false, text: `Not reverted: ${outcome.reasons.join("; ")}.` };
  const workflow = deps.settings.canaryWorkflow;
  await forge.dispatchWorkflow(event.repo, workflow, main.name, { command: "revert", culprit: culprit.sha });
  return { allowed: true, text: `Dispatched \`${workflow}\` with \`command: revert\` for ${short7}: the App cannot build this revert through the API (${outcome.reason}); a runner runs \`git revert\` and never auto-resolves a conflict.` };
}

// src/workflows/github/dangerous-change.ts
var globs = dangerousPathGlobs.map((glob) => prepareGlob(glob, { caseInsensitive: true }));
function isDangerousChange(changes, maxDeletedFiles = 20) {
  const touched = changes.some((change) => matchAnyGlob(globs, change.path) || change.fromPath !== void 0 && matchAnyGlob(globs, change.fromPath));
  return touched || changes.filter((change) => change.status === "D").length > maxDeletedFiles || changes.some((change) => change.path === "package.json");
}

// src/workflows/github/intake-issue.ts
var import_yaml = __toESM(require_dist(), 1);

// src/core/github/issue-names.ts
function workOrderIdForIssue(issueNumber) {
  if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) throw new Error(`issue number ${issueNumber} is not a positive integer`);
  return `issue-${issueNumber}`;
}
function issueAgentBranch(workOrderId, digestHex) {
  return agentBranchName(workOrderId, digestHex);
}
function issueRunIdentity(repo, issueNumber, workOrderId, sha256, attempt = 1) {
  const branch = issueAgentBranch(workOrderId, sha256(attemptKey(repo, issueNumber, workOrderId, attempt)));
  return { branch, runId: runIdOf(parseAgentBranch(branch)) };
}
function attemptKey(repo, issueNumber, workOrderId, attempt) {
  return `${repo.toLowerCase()}#${issueNumber}:${workOrderId}:${attempt}`;
}
function sanitizeTitle(title, sha256) {
  const visible = sanitizeUntrustedText(title, sha256).text;
  const folded = visible.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
  const plain = folded.replace(/^\[(?:work ?order|shopfloor)\]\s*/i, "").replace(/[<>`]/g, "");
  return (plain || "Untitled work order").slice(0, 200).trim();
}

// src/core/github/issue-work-order.ts
var plainIssueScope = { paths: ["**"], forbidden: [".github/**"] };
function issueToWorkOrder(issue2, sha256, ownAppId) {
  let removedHidden = 0;
  const clean = (text) => {
    const sanitized = sanitizeUntrustedText(text, sha256);
    removedHidden += sanitized.removed.reduce((sum, entry) => sum + entry.count, 0);
    return sanitized.text.trim();
  };
  const form = readIssueForm(issue2.body);
  const field = (id) => form?.[id] !== void 0 ? clean(form[id]) : void 0;
  const lines = (id) => (field(id) ?? "").split("\n").map((line) => line.replace(/^\s*[-*]\s+/, "").trim()).filter(Boolean);
  const bug = issue2.labels.some((label2) => label2.toLowerCase() === "bug");
  const carried = ownAppId !== void 0 && issue2.authorAppId === ownAppId ? readProvenanceMarker(issue2.body) : void 0;
  const repro = carried?.repro && { run: clean(carried.repro.run), ...carried.repro.notes ? { notes: clean(carried.repro.notes) } : {} };
  const candidate = {
    apiVersion: workOrderApiVersion,
    id: workOrderIdForIssue(issue2.number),
    title: sanitizeTitle(issue2.title, sha256),
    goal: form ? field("goal") : clean(issue2.body) || sanitizeTitle(issue2.title, sha256),
    kind: form ? pick(field("kind"), workOrderKinds) ?? field("kind") : bug ? "bugfix" : "feature",
    scope: form ? { paths: lines("scope"), ...lines("forbidden").length ? { forbidden: lines("forbidden") } : {} } : { paths: [...plainIssueScope.paths], forbidden: [...plainIssueScope.forbidden] },
    acceptance: form ? acceptance(lines("commands"), lines("criteria")) : { criteria: [`What issue #${issue2.number} asks for is done, as its requester describes it.`] },
    ...form && lines("dependencies").length ? { dependencies: lines("dependencies").flatMap((entry) => entry.split(/[\s,]+/)).filter(Boolean) } : {},
    ...form && field("risk") ? { risk: pick(field("risk"), riskLevels) ?? field("risk") } : {},
    ...form && field("priority") ? { priority: pick(field("priority"), priorities) ?? field("priority") } : {},
    ...form && field("rollback") ? { rollback: field("rollback") } : {},
    ...repro ? { repro } : {},
    provenance: { issue: issue2.number, requester: issue2.author, ...carried ? { source: "canary", revertOf: carried.revertOf } : { source: "issue" } }
  };
  const parsed = workOrderSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issueError) => describe(issueError, form !== void 0)) };
  return { ok: true, value: parsed.data, removedHidden, fromForm: form !== void 0 };
}
function acceptance(commands, criteria) {
  const parsed = commands.map((line, index) => {
    const named = /^([a-z0-9][a-z0-9._-]*):\s+(.+)$/.exec(line);
    return named ? { name: named[1], run: named[2] } : { name: `check-${index + 1}`, run: line };
  });
  return { ...parsed.length ? { commands: parsed } : {}, ...criteria.length ? { criteria: [...criteria] } : {} };
}
function pick(value, allowed) {
  const word = value?.toLowerCase().split(/\s/)[0];
  return allowed.find((entry) => entry === word);
}
var fieldLabels = { goal: "Goal", kind: "Kind", scope: "Scope", acceptance: "Acceptance commands", dependencies: "Dependencies", risk: "Risk", priority: "Priority", rollback: "Rollback plan" };
function describe(issue2, fromForm) {
  const top = String(issue2.path[0] ?? "");
  const where = fieldLabels[top] ? `the "${fieldLabels[top]}" field` : top || "the work order";
  const fix = fromForm ? "edit the issue and fix that field, then remove and re-add the `shopfloor` label" : 'open the issue with the "Work order" form instead, or fix the issue text and re-add the `shopfloor` label';
  return `${where}${issue2.path.length > 1 ? ` (${issue2.path.slice(1).join(".")})` : ""}: ${issue2.message}; ${fix}.`;
}

// src/core/github/plan-intake.ts
function planIntake(current, trigger) {
  const claim = current?.intake;
  if (claim?.by === trigger.by) return { kind: "resume", attempt: claim.attempt };
  const ended = current !== void 0 && finalRunStatuses.includes(current.document.status);
  const stale = claim?.step === "claimed" && Date.parse(trigger.now) - Date.parse(claim.at) > claimLeaseMs;
  if (current && claim && !ended && !stale) {
    if (current.seen.includes(trigger.trigger)) return { kind: "live", attempt: claim.attempt };
    const line = `${trigger.trigger}: already running, attempt ${claim.attempt} is live (${claim.step === "dispatched" ? "dispatched" : "being started"}); nothing was dispatched again. Comment \`/shopfloor retry\` on its pull request to run the agent again.`;
    const document2 = applySystemPatches(current.document, [{ kind: "append-log-line", section: "conductor", target: "canon", text: line }], `live-${trigger.trigger}`);
    return { kind: "live", attempt: claim.attempt, line, next: { ...current, document: document2, seen: withSeen(current, trigger.trigger) } };
  }
  const attempt = stale ? claim.attempt : (current?.attempt ?? 0) + 1;
  const fresh = { ...createRunDocument(trigger.runId, trigger.objective), revision: current?.document.revision ?? 0 };
  const lines = [
    { kind: "set-status", status: "running", detail: "work order received" },
    { kind: "mark-section-state", section: "conductor", state: "active" },
    ...stale ? [{ kind: "append-log-line", section: "conductor", target: "canon", text: `${trigger.trigger}: took over attempt ${attempt}, whose start by ${claim.by} never finished.` }] : [],
    ...current && !stale ? [{ kind: "append-log-line", section: "conductor", target: "canon", text: `${trigger.trigger}: attempt ${attempt} starts; attempt ${current.attempt} ended (${current.document.status}).` }] : []
  ];
  const document = applySystemPatches(stale ? current.document : fresh, lines, `attempt-${attempt}-${trigger.trigger}`);
  const seen = current ? withSeen(current, trigger.trigger) : [trigger.trigger];
  return { kind: "start", attempt, next: { document, attempt, seen, intake: { attempt, by: trigger.by, at: trigger.now, step: "claimed" }, view: current?.view ?? { issueNumber: trigger.issueNumber } } };
}

// src/workflows/github/intake-issue.ts
var workOrderCheckName = "shopfloor/workorder";
async function intakeIssue(deps, event) {
  const { forge, settings, sha256 } = deps;
  const { repo, issue: issue2 } = event;
  const target = { repo, issueNumber: issue2.number };
  const parsed = issueToWorkOrder(issue2, sha256, settings.appId);
  if (!parsed.ok) {
    const reply = [`**Shopfloor could not turn this issue into a work order:**`, "", ...parsed.errors.map((error) => `- ${error}`)].join("\n");
    await forge.ensureComment(target, `intake-error/issue-${issue2.number}`, reply);
    return { ok: false, reason: parsed.errors.join(" ") };
  }
  const refused = await refuseUntrustedCommands(deps, repo, issue2, parsed.value);
  const workOrder = refused.workOrder;
  const path = `${settings.workOrderDir}/${workOrder.id}.yml`;
  const yaml = `# Written by Shopfloor from issue #${issue2.number}; edit the issue, not this file.
${(0, import_yaml.stringify)(workOrder, { lineWidth: 0 })}`;
  const ruleErrors = checkWorkOrderFile(yaml, path).findings.filter((finding) => finding.severity === "error");
  if (ruleErrors.length > 0) {
    const reply = [`**Shopfloor could not turn this issue into a work order:**`, "", ...ruleErrors.map((finding) => `- ${finding.path || "work order"}: ${finding.message}`)].join("\n");
    await forge.ensureComment(target, `intake-error/issue-${issue2.number}`, reply);
    return { ok: false, reason: ruleErrors.map((finding) => finding.message).join(" ") };
  }
  const { branch, runId } = issueRunIdentity(repo, issue2.number, workOrder.id, sha256);
  const head = await forge.readDefaultBranchHead(repo, policyPath);
  if (!head) {
    const reply = `**Shopfloor could not start this work order:** \`${repo}\` has no commits yet, so there is no default branch to start the agent branch from. Push a first commit, then add the label again.`;
    await forge.ensureComment(target, `intake-error/issue-${issue2.number}`, reply);
    return { ok: false, reason: `${repo} has no commits on its default branch` };
  }
  let firstStart = false;
  const claimed = await updateRunState(deps, repo, runId, (current) => {
    firstStart = current === void 0;
    const decision = planIntake(current?.state, { runId, objective: workOrder.title, issueNumber: issue2.number, trigger: event.trigger, by: deps.handler, now: deps.now() });
    return decision.kind === "resume" ? void 0 : decision.next;
  }, "absent", void 0, head.treeSha);
  if (!claimed.ok) return { ok: false, reason: claimed.reason };
  const loaded = claimed.value;
  const claim = loaded.state.intake;
  if (claim?.by !== deps.handler || claim.step !== "claimed") {
    if (claimed.written) await renderRunView(deps, repo, runId, loaded);
    return { ok: true, workOrderId: workOrder.id, runId, branch, headSha: "", dispatched: false, live: loaded.state.attempt };
  }
  try {
    return await startAttempt(deps, event, { parsed, refused, workOrder, path, yaml, branch, runId, loaded, head, firstStart: firstStart && claimed.written });
  } catch (error) {
    await updateRunState(deps, repo, runId, (current) => {
      const held = current?.state.intake;
      if (!current || held?.by !== deps.handler || held.step !== "claimed") return void 0;
      const text = `${event.trigger}: the start of attempt ${held.attempt} failed (${String(error.message ?? error).replace(/\s+/g, " ").slice(0, 200)}); the next trigger or redelivery takes it over.`;
      return { ...current.state, document: applySystemPatches(current.state.document, [{ kind: "append-log-line", section: "conductor", target: "canon", text }], `intake-failed-${event.trigger}`), intake: { ...held, at: (/* @__PURE__ */ new Date(0)).toISOString() } };
    }).catch(() => void 0);
    throw error;
  }
}
async function startAttempt(deps, event, facts) {
  const { forge, settings } = deps;
  const { repo, issue: issue2 } = event;
  const { parsed, refused, workOrder, path, yaml, branch, runId, loaded, head, firstStart } = facts;
  const lines = [{ kind: "append-log-line", section: "conductor", target: "canon", text: `Work order ${workOrder.id} from issue #${issue2.number} (${parsed.fromForm ? "issue form" : "labelled issue"}); agent branch ${branch}.` }];
  if (refused.dropped > 0) lines.push({ kind: "append-log-line", section: "conductor", target: "canon", text: `Did not take the ${refused.dropped} acceptance command(s) in the issue: @${issue2.author} has ${refused.permission} permission, and only write users' issues may name commands for the runners. They are kept as criteria; a write user can add them to the work order.` });
  if (parsed.removedHidden > 0) lines.push({ kind: "append-log-line", section: "conductor", target: "canon", text: `Removed ${parsed.removedHidden} piece(s) of hidden text from the issue before the agent sees it.` });
  const commentId = await ensureRunViewComment(deps, repo, issue2.number, loaded, firstStart);
  const policy = policyFromHeadFile(head.file, head.name);
  if (policy.kind === "invalid") {
    const findings = policy.findings.slice(0, 10).map((finding) => ({ kind: "append-log-line", section: "conductor", target: "canon", text: formatFinding(finding) }));
    await finishIntake(deps, repo, runId, loaded, { issueNumber: issue2.number, commentId }, [...lines, ...findings, { kind: "set-status", status: "blocked", detail: `${policyPath} on ${head.name} is invalid; fix it on the default branch and re-add the label` }]);
    return { ok: false, reason: `${policyPath} is invalid` };
  }
  const planFirst = policy.kind === "valid" && policy.policy.merge?.planApproval === "required";
  const file = await forge.ensureBranchWithFile(repo, { repositoryNodeId: head.repositoryNodeId, branch, fromSha: head.sha, path, content: yaml, message: `Add work order ${workOrder.id} from #${issue2.number}

Shopfloor-Handling: ${deps.handler}` });
  const check = await forge.ensureCheckRun(repo, {
    name: workOrderCheckName,
    headSha: file.value.commitSha,
    status: "in_progress",
    externalId: runId,
    output: planFirst ? { title: `Work order ${workOrder.id}: waiting for plan approval`, summary: `Run \`${runId}\` on \`${branch}\`: the coordinator and architect post the plan in the run document on issue #${issue2.number}; a write user comments \`/shopfloor approve\` there to implement it.` } : { title: `Work order ${workOrder.id}: queued for an implementer`, summary: `Run \`${runId}\` on \`${branch}\`; the run document is on issue #${issue2.number}.` }
  }, { absent: file.created });
  const dispatch = check.created || file.created;
  if (dispatch) {
    await forge.dispatchWorkflow(repo, settings.implementWorkflow, head.name, { work_order: workOrder.id, branch, run_id: runId, issue: String(issue2.number), phase: planFirst ? "plan" : "implement" });
  }
  lines.push({ kind: "append-log-line", section: "conductor", target: "canon", text: dispatch ? `Committed ${path} at ${file.value.commitSha.slice(0, 7)}; dispatched ${settings.implementWorkflow}${planFirst ? " for the plan only" : ""} (waiting for a runner).` : `Found ${path} at ${file.value.commitSha.slice(0, 7)} and its check run from an earlier start; not dispatched again (comment \`/shopfloor retry\` on the pull request if no runner picks it up).` });
  lines.push({ kind: "mark-section-state", section: "conductor", state: "done" });
  if (planFirst) lines.push(...planApprovalRequired(issue2.number, file.value.commitSha));
  else lines.push({ kind: "set-status", status: "waiting", detail: "waiting for a runner to pick up the implement job" });
  await finishIntake(deps, repo, runId, loaded, { issueNumber: issue2.number, commentId }, lines);
  return { ok: true, workOrderId: workOrder.id, runId, branch, headSha: file.value.commitSha, dispatched: dispatch };
}
async function finishIntake(deps, repo, runId, claimed, view, lines) {
  let renderedAhead;
  const done = await updateRunState(deps, repo, runId, (current) => {
    const claim = current?.state.intake;
    if (!current || claim?.by !== deps.handler || claim.step !== "claimed") return void 0;
    const document = applySystemPatches(current.state.document, lines, `intake-${claim.attempt}`);
    return { ...current.state, document, intake: { ...claim, step: "dispatched" }, view: { ...current.state.view, ...view } };
  }, claimed, async (next, current) => {
    renderedAhead = await renderRunViewAhead(deps, repo, next, current) ? next : void 0;
  });
  if (!done.ok) throw new Error(`run ${runId}: ${done.reason}`);
  if (done.value && !(done.written && done.value.state === renderedAhead)) await renderRunView(deps, repo, runId, done.value);
}
async function refuseUntrustedCommands(deps, repo, issue2, workOrder) {
  const commands = workOrder.acceptance.commands ?? [];
  if (commands.length === 0 || issue2.authorAppId === deps.settings.appId) return { workOrder, dropped: 0, permission: "admin" };
  const permission = await deps.forge.getPermission(repo, issue2.author);
  if (atLeast(permission, "write")) return { workOrder, dropped: 0, permission };
  const criteria = [...workOrder.acceptance.criteria ?? [], ...commands.map((command) => `\`${command.run}\` passes (proposed by the issue author; not run as a gate)`)];
  return { workOrder: { ...workOrder, acceptance: { criteria } }, dropped: commands.length, permission };
}

// src/core/github/hold-records.ts
var recordPattern3 = /^<!-- shopfloor:(hold|unhold) user=([A-Za-z0-9-]+(?:\[bot\])?) sha=[0-9a-f]{40} -->$/gm;
function readHolds(comments, ownAppId) {
  let hold2;
  for (const comment of comments) {
    if (comment.appId !== ownAppId) continue;
    for (const match of comment.body.matchAll(recordPattern3)) hold2 = match[1] === "hold" ? `held by @${match[2]} with /shopfloor hold` : void 0;
  }
  return hold2 ? [hold2] : [];
}

// src/workflows/github/gather-merge-facts.ts
async function gatherMergeFacts(forge, input) {
  const { sinceMain } = input;
  const [pull, changes, comments] = await Promise.all([
    forge.getPullRequest(input.repo, input.pullNumber),
    // Compare lists at most 300 files; only then is the PR files API (paged, up to 3,000) asked as well.
    sinceMain.filesTruncated ? forge.listPullRequestFiles(input.repo, input.pullNumber) : sinceMain.files.map(gitChangeOf),
    forge.listIssueComments({ repo: input.repo, issueNumber: input.pullNumber })
  ]);
  const report = input.report && input.report.headSha === pull.headSha ? input.report : void 0;
  const containsMain = report && input.checkContainsMain ? sinceMain.status === "ahead" || sinceMain.status === "identical" : void 0;
  const own = comments.map((comment) => ({ body: comment.body, ...comment.authorAppId !== void 0 ? { appId: comment.authorAppId } : {} }));
  const accepted = readAcceptedDrop(own, input.ownAppId, pull.headSha);
  return {
    workOrderId: input.workOrder.id,
    workOrderKind: input.workOrder.kind,
    workOrderHash: input.workOrderHash,
    headSha: pull.headSha,
    mainSha: sinceMain.baseSha,
    ...containsMain !== void 0 ? { headContainsMain: containsMain } : {},
    report,
    changes,
    // The files API shows no script diff cheaply; any package.json change is treated as a script change (admin approval).
    packageScriptsChanged: changes.some((change) => change.path === "package.json" || change.path.endsWith("/package.json")),
    approvals: approvalsForHead(readApprovals(own, input.ownAppId), pull.headSha),
    requester: input.workOrder.provenance?.requester,
    agentActor: pull.author,
    holds: readHolds(own, input.ownAppId),
    ...accepted ? { dropAcceptedBy: accepted } : {},
    acceptanceGates: (input.workOrder.acceptance.commands ?? []).map((command) => `acceptance:${command.name}`)
  };
}

// src/core/github/render-merge-check.ts
var mergeCheckName = "shopfloor/merge";
function renderHoldCheck(headSha, reasons, problems, detailsUrl) {
  const lines = [
    ...problems.map((problem) => `- ${problem.message}. To fix: ${problem.fix}.`),
    ...reasons.map((reason) => `- ${reason.message}. To release: ${reason.releaseBy}.`)
  ];
  const waiting = problems.length === 0 && reasons.every((reason) => reason.code === "no-report");
  const count = lines.length;
  const summary = [`Shopfloor will not merge \`${headSha.slice(0, 7)}\` yet. Missing (${count}):`, "", ...lines, "", "A push voids approvals and reports: they must be given again for the new head."].join("\n");
  const title = waiting ? "Waiting for the signed gates report" : `Held: ${count} thing${count === 1 ? "" : "s"} missing`;
  return waiting ? { status: "in_progress", output: { title, summary }, detailsUrl } : { status: "completed", conclusion: "action_required", output: { title, summary }, detailsUrl };
}
function renderMergingCheck(headSha, reportDigest, queued) {
  return {
    status: "completed",
    conclusion: "success",
    output: {
      title: queued ? "Every requirement met: entering the merge queue" : "Every requirement met: merging",
      summary: `The signed report ${reportDigest.slice(0, 19)}\u2026 proves \`${headSha.slice(0, 7)}\`; every required gate passed and every needed approval is bound to this head. Shopfloor ${queued ? "enqueues" : "merges"} it only while the head is still \`${headSha.slice(0, 7)}\`.`
    }
  };
}
function renderUpdatingCheck(headSha, mainSha, detailsUrl) {
  const [head, main] = [headSha.slice(0, 7), mainSha.slice(0, 7)];
  return {
    // This head is superseded by the update's merge commit, which gets its own decision and check.
    status: "in_progress",
    detailsUrl,
    output: {
      title: "Behind main: bringing main into the branch",
      summary: [
        `The signed report proves \`${head}\`, but \`${head}\` does not contain main \`${main}\`: merging it now would put a tree on main that no report proves.`,
        "",
        `Shopfloor merged \`${main}\` into the branch (GitHub's "Update branch"). The gates verify the new head, and Shopfloor lands it once a passing report proves that head, which already contains main, so the merge keeps its tree. Nothing to do.`
      ].join("\n")
    }
  };
}
function renderRefusedCheck(headSha, message, detailsUrl) {
  return {
    status: "completed",
    conclusion: "action_required",
    detailsUrl,
    output: { title: "GitHub refused the merge", summary: `Every Shopfloor requirement is met for \`${headSha.slice(0, 7)}\`, but GitHub refused: ${message}

To fix: resolve it (a conflict: rebase the agent branch, which re-runs the gates), then push or comment \`/shopfloor unhold\`.` }
  };
}

// src/workflows/github/read-landing-inputs.ts
var intakeCommitsSearched = 5;
async function readLandingPolicy(deps, repo) {
  const read = await readDefaultBranchPolicy(deps.forge, repo);
  if (read.kind === "absent") return { ok: false, problem: { message: `there is no ${policyPath} on the default branch, so no report signer is trusted`, fix: `add ${policyPath} with \`signers\` on the default branch (\`shopfloor init\`)` } };
  if (read.kind === "invalid") return { ok: false, problem: { message: `${policyPath} on ${read.ref} is invalid: ${firstPolicyErrors(read.findings)}`, fix: `fix ${policyPath} on ${read.ref} (\`shopfloor validate\`)` } };
  return { ok: true, value: read.policy };
}
async function readAppWorkOrder(deps, repo, prCommits, workOrderId) {
  const { forge, settings } = deps;
  const path = `${settings.workOrderDir}/${workOrderId}.yml`;
  for (const sha of prCommits.slice(0, intakeCommitsSearched)) {
    const runs = await forge.listCheckRuns(repo, sha, workOrderCheckName);
    if (!runs.some((run) => run.appId === settings.appId)) continue;
    const text = await forge.readFileAtCommit(repo, path, sha);
    if (text === void 0) break;
    const checked = checkWorkOrderFile(text, path);
    if (!checked.workOrder) return { ok: false, problem: { message: `${path} at ${sha.slice(0, 7)} is invalid: ${checked.findings.slice(0, 3).map(formatFinding).join("; ")}`, fix: "fix the issue and label it again, which commits a new work order" } };
    return { ok: true, value: { workOrder: checked.workOrder, hash: `sha256:${deps.sha256(text)}` } };
  }
  return {
    ok: false,
    problem: { message: `no work order committed by Shopfloor (${path} on a commit with Shopfloor's own ${workOrderCheckName} check) among the first ${intakeCommitsSearched} commits of this pull request`, fix: "start agent work from an issue (label `shopfloor` or `/shopfloor run`), not by pushing an agent/* branch by hand" }
  };
}
function checkGatesReports(deps, runs, policy, headSha) {
  const problems = [];
  const signers = policy.signers ?? [];
  for (const run of runs) {
    const file = readReportEnvelope(run.text);
    if (file === void 0) {
      problems.push({ message: `the ${gatesCheckName} check run ${run.id} carries no signed report`, fix: "publish the gates with `shopfloor verify --sign` from the verify workflow" });
      continue;
    }
    if (!deps.verifier) {
      problems.push({ message: "this Shopfloor App has no signature verifier configured, so no report can be trusted", fix: "run the App through `createShopfloorApp` (it wires the Ed25519 verifier)" });
      break;
    }
    const checked = checkReport(file, `the ${gatesCheckName} report`, signers, deps.verifier, headSha);
    if (!checked.ok) {
      problems.push({ message: `a report was rejected: ${checked.reasons.join(" ")}`, fix: `verify \`${headSha.slice(0, 7)}\` again and sign with a key listed in the default branch's policy \`signers\`` });
      continue;
    }
    const report = checked.report;
    return {
      problems: [],
      report: {
        trusted: true,
        headSha: report.head,
        baseSha: report.base,
        workOrderId: report.workOrder?.id,
        workOrderHash: report.workOrder?.contentHash ?? "",
        digest: `sha256:${deps.sha256(file)}`,
        passed: report.verdict.passed,
        // `required: false` is the signed report's waiver (scope.outside: drop); `refusedOnly` lets `/shopfloor accept-drop` release the rest.
        gates: report.gates.map((gate) => ({ id: gate.id, status: gate.status, ...gate.required === false ? { required: false } : {}, ...gate.id === "scope" && gate.annotations.length > 0 && gate.annotations.every((a) => a.title === refusedAnnotationTitle) ? { refusedOnly: true } : {} }))
      }
    };
  }
  return { problems };
}

// src/workflows/github/account-for-main.ts
async function accountForMain(deps, repo, policy, main) {
  const { forge } = deps;
  const merged = (await forge.pullRequestsForCommit(repo, main.sha)).find((pull) => pull.mergeCommitSha === main.sha);
  if (merged) return { accounted: true, by: "pull-request", detail: `#${merged.number} put ${short3(main.sha)} on ${main.name}` };
  const gates = checkGatesReports(deps, await forge.listCheckRuns(repo, main.sha, gatesCheckName), policy, main.sha);
  if (gates.report?.passed) return { accounted: true, by: "report", detail: `the signed report ${gates.report.digest.slice(0, 19)}\u2026 proves ${short3(main.sha)}` };
  return {
    accounted: false,
    problem: {
      message: `${main.name} is at ${short3(main.sha)}, which no merged pull request put there and no passing signed ${gatesCheckName} report proves (a direct push?), so Shopfloor lands nothing on top of it`,
      fix: `a maintainer either reverts ${short3(main.sha)} through a pull request, or verifies it: run the shopfloor-verify workflow on ${main.name} (Actions \u2192 shopfloor-verify \u2192 Run workflow), which signs a report for that commit; then choose "Re-run" on this check`
    }
  };
}
var short3 = (sha) => sha.slice(0, 7);

// src/workflows/github/land-decided.ts
async function landDecided(deps, repo, pull, input) {
  const { forge } = deps;
  const { decision, policy } = input;
  if (decision.action === "hold") {
    if (!decision.reasons.every((reason) => reason.code === "behind-main")) return hold(deps, repo, pull, decision.reasons, input.problems);
    return updateBranch(deps, repo, pull, policy, input.mainSha, decision.reasons);
  }
  const main = await accountForMain(deps, repo, policy, { name: pull.baseRef || "main", sha: input.mainSha });
  if (!main.accounted) return hold(deps, repo, pull, [], [main.problem]);
  const queued = policy.merge.queue === "github";
  if (pull.draft) await forge.markPullRequestReady(repo, pull.nodeId);
  await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderMergingCheck(decision.expectedHeadSha, decision.reportDigest, queued));
  if (queued) {
    const entered = await forge.enqueuePullRequest(repo, pull.nodeId, decision.expectedHeadSha);
    if (entered.enqueued) return { kind: "enqueued", headSha: decision.expectedHeadSha };
    await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderRefusedCheck(decision.expectedHeadSha, entered.message, pull.url));
    return { kind: "refused", headSha: decision.expectedHeadSha, message: entered.message };
  }
  const [title = "", ...rest] = input.message.split("\n");
  const merged = await forge.mergePullRequest(repo, pull.number, { sha: decision.expectedHeadSha, method: decision.method, title, message: rest.join("\n").trim() });
  if (merged.merged) return { kind: "merged", headSha: decision.expectedHeadSha, sha: merged.sha };
  if (merged.reason === "head-moved") {
    deps.log?.(`#${pull.number}: ${merged.message}; the next event for the new head decides again`);
    return { kind: "head-moved", headSha: decision.expectedHeadSha, message: merged.message };
  }
  await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderRefusedCheck(decision.expectedHeadSha, merged.message, pull.url));
  return { kind: "refused", headSha: decision.expectedHeadSha, message: merged.message };
}
async function updateBranch(deps, repo, pull, policy, mainSha, reasons) {
  const main = await accountForMain(deps, repo, policy, { name: pull.baseRef || "main", sha: mainSha });
  if (!main.accounted) return hold(deps, repo, pull, reasons, [main.problem]);
  const updated = await deps.forge.updatePullRequestBranch(repo, pull.number, pull.headSha);
  if (!updated.updated) {
    const problem = { message: `GitHub would not merge main ${mainSha.slice(0, 7)} into the branch: ${updated.message}`, fix: "if main conflicts with the branch, merge main into it by hand and push; the gates then verify the new head" };
    return hold(deps, repo, pull, reasons, [problem]);
  }
  await ensureMergeCheck(deps, repo, pull.headSha, renderUpdatingCheck(pull.headSha, mainSha, pull.url));
  return { kind: "updating", headSha: pull.headSha, mainSha };
}
async function ensureMergeCheck(deps, repo, headSha, state) {
  await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha, ...state });
}
async function hold(deps, repo, pull, reasons, problems) {
  await ensureMergeCheck(deps, repo, pull.headSha, renderHoldCheck(pull.headSha, reasons, problems, pull.url));
  return { kind: "held", headSha: pull.headSha, reasons, problems };
}

// src/core/merge/revert-landing.ts
function decideRevertLanding(facts, policy) {
  const reasons = facts.holds.map((reason) => ({ code: "held", message: `held: ${reason}`, releaseBy: "`/shopfloor unhold` by a user with write access" }));
  const hold2 = (code, message, releaseBy) => reasons.push({ code, message, releaseBy });
  const review = "a maintainer reviews and merges it by hand";
  if (!policy.revert.enabled) hold2("revert-policy", "auto-revert is disabled in the policy (`revert.enabled: false`)", review);
  if (facts.autoMergedToday >= policy.revert.maxAutoMergedPerDay) hold2("revert-policy", `the daily auto-merge quota is spent (${facts.autoMergedToday} of revert.maxAutoMergedPerDay ${policy.revert.maxAutoMergedPerDay})`, review);
  if (!facts.culprit?.startsWith(facts.branchCulprit)) {
    hold2("not-the-revert", `the first commit of this branch does not revert ${facts.branchCulprit}, the commit its name gives`, "open the revert with `/shopfloor revert` (or the canary), which builds it");
  }
  const allowed = /* @__PURE__ */ new Set([...facts.culpritPaths, ...facts.bugWorkOrderPath ? [facts.bugWorkOrderPath] : []]);
  const outside = facts.changedPaths.filter((path) => !allowed.has(path));
  if (outside.length > 0) hold2("not-the-revert", `the pull request changes ${outside.join(", ")}, which ${facts.branchCulprit} did not touch`, `${review}, or remove those changes`);
  const report = facts.report;
  if (!report) {
    hold2("no-report", `no verification report for ${short4(facts.headSha)}`, "run the verify workflow on the revert pull request");
    return { action: "hold", reasons };
  }
  if (!report.trusted) hold2("untrusted-report", "the report is not signed by a trusted key", "verify with a key listed in the policy `signers`");
  if (report.headSha !== facts.headSha) hold2("stale-report", `the report proves ${short4(report.headSha)}, but the head is ${short4(facts.headSha)}`, "verify the new head");
  if (!report.passed) hold2("gate-failed", `the gates did not pass on ${short4(report.headSha)}: ${report.gates.filter((gate) => !["pass", "cached", "skipped"].includes(gate.status)).map((gate) => `${gate.id} ${gate.status}`).join(", ") || "see the report"}`, review);
  reasons.push(...landedTreeHolds(facts, report));
  if (reasons.length > 0) return { action: "hold", reasons };
  return { action: "merge", expectedHeadSha: facts.headSha, expectedMainSha: facts.mainSha, method: policy.merge.method, reportDigest: report.digest };
}
var short4 = (sha) => sha.slice(0, 7);

// src/workflows/github/land-revert-pull.ts
var revertBranch = /^(?:refs\/heads\/)?shopfloor\/revert\/([0-9a-f]{12})$/;
function revertBranchCulprit(ref) {
  return revertBranch.exec(ref)?.[1];
}
async function landRevertPull(deps, repo, pull, branchCulprit) {
  const { forge } = deps;
  const policy = await readLandingPolicy(deps, repo);
  if (!policy.ok) return hold(deps, repo, pull, [], [policy.problem]);
  const [runs, commits, files, main, comments, recent] = await Promise.all([
    forge.listCheckRuns(repo, pull.headSha, gatesCheckName),
    forge.listPullRequestCommits(repo, pull.number),
    forge.listPullRequestFiles(repo, pull.number),
    forge.getDefaultBranch(repo),
    forge.listIssueComments({ repo, issueNumber: pull.number }),
    forge.listRecentPullRequests(repo, "all")
  ]);
  const gates = checkGatesReports(deps, runs, policy.value, pull.headSha);
  const first = commits[0] ? await forge.getCommit(repo, commits[0]) : void 0;
  const culprit = first ? revertedBy(first.message) : void 0;
  const named = culprit?.startsWith(branchCulprit) ? culprit : void 0;
  const checkTree = gates.report?.headSha === pull.headSha && policy.value.merge.queue !== "github";
  const [culpritPaths, status] = await Promise.all([named ? pathsOf(forge, repo, named) : [], checkTree ? forge.compareCommits(repo, main.sha, pull.headSha).then((c) => c.status) : void 0]);
  const own = comments.map((comment) => ({ body: comment.body, ...comment.authorAppId !== void 0 ? { appId: comment.authorAppId } : {} }));
  const decision = decideRevertLanding({
    branchCulprit,
    culprit,
    culpritPaths,
    changedPaths: files.flatMap((f) => [f.path, ...f.fromPath ? [f.fromPath] : []]),
    bugWorkOrderPath: named ? `${deps.settings.workOrderDir}/${bugWorkOrderId(named)}.yml` : void 0,
    headSha: pull.headSha,
    mainSha: main.sha,
    headContainsMain: status === void 0 ? void 0 : status === "ahead" || status === "identical",
    report: gates.report,
    autoMergedToday: revertLedgerFromPulls({ pulls: recent, nowMs: Date.parse(deps.now()), ownBranch: pull.headRef, suspectMessages: [] }).autoMergedToday,
    holds: readHolds(own, deps.settings.appId)
  }, policy.value);
  const digest = decision.action === "merge" ? decision.reportDigest : "";
  const message = `Revert ${branchCulprit.slice(0, 7)} (#${pull.number})

Reverts: ${named ?? branchCulprit}
Report-Digest: ${digest}
`;
  return landDecided(deps, repo, pull, { decision, policy: policy.value, mainSha: main.sha, problems: gates.problems, message });
}
async function pathsOf(forge, repo, sha) {
  const commit = await forge.getCommit(repo, sha);
  const parent = commit.parents[0];
  if (!parent) return [];
  return (await forge.compareCommits(repo, parent, sha)).files.flatMap((f) => [f.path, ...f.fromPath ? [f.fromPath] : []]);
}

// src/core/github/render-train-check.ts
var short5 = (sha) => sha.slice(0, 7);
var pulls = (numbers) => numbers.map((n) => `#${n}`).join(", ");
function renderQueuedCheck(headSha, at, detailsUrl) {
  const car = at.car;
  const where = car ? car.sha ? `car ${car.id} (${pulls(car.members)}): verifying the staging commit \`${short5(car.sha)}\` on \`${car.branch}\`` : `car ${car.id} (${pulls(car.members)}): building its staging commit` : "waiting for a car";
  return {
    status: "in_progress",
    detailsUrl,
    output: {
      title: `In the merge train: ${at.position} of ${at.queued}, ${car ? `car ${car.id}` : "waiting"}`,
      summary: [
        `\`${short5(headSha)}\` is verified and approved, so Shopfloor queued it in its merge train instead of merging it alone.`,
        "",
        `- Position: ${at.position} of ${at.queued}`,
        `- Now: ${where}`,
        "",
        "Main moves only to a staging commit (main + the pull requests ahead + this one) whose own signed report passes. A push, a voided approval or `/shopfloor hold` takes it out of the train."
      ].join("\n")
    }
  };
}
function renderLandedCheck(headSha, landed) {
  return {
    status: "completed",
    conclusion: "success",
    ...landed.reportUrl ? { detailsUrl: landed.reportUrl } : {},
    output: {
      title: `Landed by the merge train (car ${landed.car})`,
      summary: `\`${short5(headSha)}\` landed with ${pulls(landed.members)}: main was fast-forwarded to the staging commit \`${short5(landed.sha)}\`, whose tree the signed report ${landed.reportDigest.slice(0, 19)}\u2026 proves${landed.reportUrl ? ` ([report](${landed.reportUrl}))` : ""}.`
    }
  };
}
function renderEvictedCheck(headSha, eviction, detailsUrl) {
  return {
    status: "completed",
    conclusion: "action_required",
    detailsUrl,
    output: {
      title: `Evicted from the merge train: ${eviction.reason}`,
      summary: [`Shopfloor took \`${short5(headSha)}\` out of the merge train: ${eviction.reason}.`, "", ...eviction.evidence.map((line) => `- ${line}`), "", `To re-queue: ${eviction.requeue}.`].join("\n")
    }
  };
}
function renderStoppedCheck(headSha, problem, detailsUrl) {
  return {
    status: "completed",
    conclusion: "action_required",
    detailsUrl,
    output: {
      title: "Merge train stopped: main moved outside the train",
      summary: [
        `\`${short5(headSha)}\` stays queued, but the merge train trusts no staging verification and lands nothing: ${problem.message}.`,
        "",
        `To fix: ${problem.fix}. The train then rebuilds its staging commits on the new main.`
      ].join("\n")
    }
  };
}

// src/core/github/render-train-comment.ts
var trainCommentKey = (pull) => `train-pr-${pull}`;
var short6 = (sha) => sha.slice(0, 7);
function renderTrainComment(view) {
  switch (view.kind) {
    case "queued":
      return [
        `**Merge train:** \`${short6(view.headSha)}\` is queued, position ${view.position} of ${view.queued}.`,
        view.car !== void 0 ? `It rides in car ${view.car} with ${(view.batch ?? []).map((n) => `#${n}`).join(", ")}${view.stagingSha ? `; staging commit \`${short6(view.stagingSha)}\` is being verified` : "; its staging commit is being built"}.` : "It waits for a car."
      ].join("\n");
    case "landed":
      return `**Merge train:** landed in car ${view.car} with ${view.members.map((n) => `#${n}`).join(", ")}. \`${view.main}\` was fast-forwarded to the staging commit \`${short6(view.sha)}\`, proven by the signed report ${view.reportDigest.slice(0, 19)}\u2026${view.reportUrl ? ` ([report](${view.reportUrl}))` : ""}.`;
    case "evicted":
      return [`**Merge train:** \`${short6(view.headSha)}\` was evicted: ${view.reason}.`, "", ...view.evidence.map((line) => `- ${line}`), "", `To re-queue: ${view.requeue}.`].join("\n");
    case "stopped":
      return [`**Merge train:** stopped. \`${view.main}\` moved outside the train: ${view.problem}. \`${short6(view.headSha)}\` stays queued; nothing lands until that is fixed.`, "", `To fix: ${view.fix}.`].join("\n");
  }
}

// src/workflows/github/build-staging-commit.ts
var stagingBranch = (car) => `shopfloor/train/${car}`;
async function buildStagingCommit(train, repo, input) {
  const scratch = `shopfloor/build/${input.car}-${input.builder.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 40)}`;
  await train.setBranch(repo, scratch, input.base);
  try {
    let tip = input.base;
    for (const member of input.members) {
      const merged = await train.mergeIntoBranch(repo, scratch, member.headSha, `Train car ${input.car}: merge #${member.pullNumber} (${member.title})

Shopfloor-Train-Member: ${member.key} ${member.headSha}`);
      if (!merged.ok) return { ok: false, conflict: member, message: merged.message };
      tip = merged.sha;
    }
    await train.setBranch(repo, stagingBranch(input.car), tip);
    return { ok: true, sha: tip, branch: stagingBranch(input.car) };
  } finally {
    await train.deleteBranch(repo, scratch);
  }
}

// src/workflows/github/read-staging-verification.ts
var failed = /* @__PURE__ */ new Set(["fail", "error", "flaky"]);
async function readStagingVerification(deps, repo, policy, sha, pick2 = {}) {
  const { checkRunId: checkRunId2, attempt = 1 } = pick2;
  const completed = (await deps.forge.listCheckRuns(repo, sha, gatesCheckName)).filter((run) => run.status === "completed").sort((a, b) => a.id - b.id);
  if (completed.length < attempt) return void 0;
  const runs = checkRunId2 === void 0 ? completed : completed.filter((run, index) => run.id === checkRunId2 && index >= attempt - 1);
  const newest = [...runs].sort((a, b) => b.id - a.id);
  for (const run of newest) {
    const gates = checkGatesReports(deps, [run], policy, sha);
    if (!gates.report) {
      if (gates.problems.length) deps.log?.(`staging commit ${sha.slice(0, 7)}: ${gates.problems.map((p) => p.message).join("; ")}`);
      continue;
    }
    const report = gates.report;
    const failing = report.gates.filter((gate) => failed.has(gate.status));
    const url = `https://github.com/${repo}/runs/${run.id}`;
    const outcome = report.passed ? "pass" : failing.length > 0 && failing.every((gate) => gate.status === "flaky") ? "flaky-fail" : "fail";
    const evidence = `signed report ${report.digest.slice(0, 19)}\u2026 on \`${sha.slice(0, 7)}\` (${url})${failing.length ? `: ${failing.map((gate) => `${gate.id} ${gate.status}`).join(", ")}` : ""}`;
    return { sha, outcome, failingGates: failing.map((gate) => gate.id), evidence, digest: report.digest, url };
  }
  return void 0;
}

// src/workflows/github/apply-train-action.ts
var pullKey = (number) => `pr#${number}`;
var pullOfKey = (key) => Number(/^pr#(\d+)$/.exec(key)?.[1] ?? Number.NaN);
async function applyTrainAction(deps, repo, main, policy, state, action) {
  const { forge, train } = deps;
  switch (action.type) {
    case "build": {
      const members = action.members.map((member) => ({ key: member.key, pullNumber: pullOfKey(member.key), headSha: member.headSha, title: member.workOrderId }));
      const built = await buildStagingCommit(train, repo, { car: action.car, base: action.base, members, builder: deps.handler });
      if (built.ok) return [{ type: "built", car: action.car, sha: built.sha }];
      return [{ type: "build-failed", car: action.car, key: built.conflict.key, detail: `GitHub could not merge #${built.conflict.pullNumber} at ${built.conflict.headSha.slice(0, 7)} onto ${action.base.slice(0, 7)}: ${built.message}` }];
    }
    case "verify": {
      if (action.attempt > 1) {
        await forge.dispatchWorkflow(repo, deps.settings.verifyWorkflow ?? "shopfloor-verify.yml", stagingBranch(action.car), {});
        return [];
      }
      const done = await readStagingVerification(deps, repo, policy, action.sha);
      return done ? [{ type: "verified", car: action.car, ...done }] : [];
    }
    case "land": {
      const report = await readStagingVerification(deps, repo, policy, action.sha);
      const proof = report ? `The signed report ${report.digest.slice(0, 19)}\u2026 proves the staging commit \`${action.sha.slice(0, 7)}\`` : `The staging commit \`${action.sha.slice(0, 7)}\` passed its gates`;
      await forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: action.sha, status: "completed", conclusion: "success", ...report ? { detailsUrl: report.url } : {}, output: { title: `Merge train car ${action.car}: verified, landing`, summary: `${proof} (${action.members.map((key) => `#${pullOfKey(key)}`).join(", ")} on top of \`${action.expectedMain.slice(0, 7)}\`); Shopfloor fast-forwards ${main} to exactly that commit.` } });
      const moved = await train.fastForwardBranch(repo, main, action.expectedMain, action.sha);
      if (!moved.ok) {
        const now = await forge.getDefaultBranch(repo);
        deps.log?.(`train car ${action.car}: ${main} did not move to ${action.sha.slice(0, 7)}: ${moved.message}`);
        return [{ type: "land-failed", car: action.car, main: now.sha }];
      }
      for (const key of action.members) {
        const candidate = state.queue.find((c) => c.key === key);
        if (!candidate) continue;
        const landed = { car: action.car, sha: action.sha, reportDigest: report?.digest ?? "", members: action.members.map(pullOfKey), ...report?.url ? { reportUrl: report.url } : {} };
        await forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: candidate.headSha, ...renderLandedCheck(candidate.headSha, landed) });
        await forge.ensureComment({ repo, issueNumber: pullOfKey(key) }, trainCommentKey(pullOfKey(key)), renderTrainComment({ kind: "landed", ...landed, main }));
      }
      await train.deleteBranch(repo, stagingBranch(action.car));
      return [{ type: "landed", car: action.car, sha: action.sha }];
    }
    case "cancel":
      await train.deleteBranch(repo, stagingBranch(action.car));
      return [];
    case "evict":
      await evictMember(deps, repo, action.eviction);
      return [];
  }
}
async function evictMember(deps, repo, eviction) {
  const number = pullOfKey(eviction.key);
  const { evidence } = eviction;
  const reason = eviction.reason === "conflict" ? "it does not merge onto the train" : "the staging commit with it failed its gates";
  const lines = [
    `car ${evidence.car}${evidence.sha ? `: staging commit \`${evidence.sha.slice(0, 7)}\`` : ""}${evidence.base ? ` on \`${evidence.base.slice(0, 7)}\`` : ""}`,
    ...evidence.failingGates.length ? [`failing gates: ${evidence.failingGates.map((gate) => `\`${gate}\``).join(", ")} (${evidence.attempts} verification${evidence.attempts === 1 ? "" : "s"})`] : [],
    ...evidence.detail ? [evidence.detail] : []
  ];
  const pull = `https://github.com/${repo}/pull/${number}`;
  const requeue = `${eviction.requeue.replace(/\.$/, "")}; or, to try the same head again, choose "Re-run" on this check`;
  await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: eviction.headSha, ...renderEvictedCheck(eviction.headSha, { reason, evidence: lines, requeue }, pull) });
  await deps.forge.ensureComment({ repo, issueNumber: number }, trainCommentKey(number), renderTrainComment({ kind: "evicted", headSha: eviction.headSha, reason, evidence: lines, requeue }));
}

// src/workflows/github/check-train-main.ts
function movedOutsideTrain(state, live) {
  if (!state || state.main === live) return false;
  return !state.cars.some((car) => car.status === "landing" && car.sha === live);
}
async function showTrainStopped(deps, repo, main, state, problem) {
  for (const candidate of state.queue) {
    const number = pullOfKey(candidate.key);
    if (!Number.isSafeInteger(number)) continue;
    await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: candidate.headSha, ...renderStoppedCheck(candidate.headSha, problem, `https://github.com/${repo}/pull/${number}`) });
    await deps.forge.ensureComment({ repo, issueNumber: number }, trainCommentKey(number), renderTrainComment({ kind: "stopped", headSha: candidate.headSha, main, problem: problem.message, fix: problem.fix }));
  }
}

// src/workflows/github/update-train-state.ts
var maxTries2 = 25;
async function updateTrainState(deps, repo, branch, plan) {
  const ref = trainStateRef(branch);
  let attempted;
  for (let attempt = 1; attempt <= maxTries2; attempt++) {
    const commit = await deps.runs.readRunRef(repo, ref);
    if (attempted && commit?.message === attempted.message) return { ok: true, state: attempted.plan.state, actions: attempted.plan.actions };
    let current;
    if (commit) {
      const decoded = decodeTrainRecord(commit.message);
      if (!decoded.ok) return { ok: false, reason: `${ref} at ${commit.sha.slice(0, 12)}: ${decoded.error}` };
      current = decoded.state;
    }
    const next = plan(current);
    if (!next || current && JSON.stringify(next.state) === JSON.stringify(current)) return { ok: true, state: current, actions: [] };
    const message = encodeTrainRecord(next.state, `${deps.handler}#${attempt}`);
    attempted = { message, plan: next };
    const write = await deps.runs.advanceRunRef(repo, ref, message, commit);
    if (write.ok) return { ok: true, state: next.state, actions: next.actions };
    deps.onConflict?.(ref);
  }
  return { ok: false, reason: `${ref} kept moving: ${maxTries2} writes in a row lost the race; try again` };
}
async function readTrainState(deps, repo, branch) {
  const commit = await deps.runs.readRunRef(repo, trainStateRef(branch));
  if (!commit) return void 0;
  const decoded = decodeTrainRecord(commit.message);
  return decoded.ok ? decoded.state : void 0;
}

// src/workflows/github/advance-train.ts
var maxRounds = 40;
async function advanceTrain(deps, repo, policy, events) {
  const main = await deps.forge.getDefaultBranch(repo);
  const config = resolveTrainConfig(policy.merge);
  const done = [];
  let pending = [...events];
  let state;
  let resumed = false;
  let live = main.sha;
  let accounted;
  for (let round = 0; round < maxRounds; round++) {
    if (pending.length === 0) {
      if (resumed) break;
      resumed = true;
      pending = await resumeTrain(deps, repo, main.name, policy);
      if (pending.length === 0) break;
    }
    const batch = pending;
    let before;
    let outside = void 0;
    const update = await updateTrainState(deps, repo, main.name, (current) => {
      before = current;
      if (live !== accounted && movedOutsideTrain(current, live)) {
        outside = current;
        return void 0;
      }
      let next = current ?? startTrain(main.sha);
      const actions = [];
      for (const event of batch) {
        const step = stepTrain(next, withoutQueued(next, event), config);
        next = step.state;
        actions.push(...step.actions);
      }
      return { state: next, actions };
    });
    if (!update.ok) return update;
    if (outside) {
      const account = await accountForMain(deps, repo, policy, { name: main.name, sha: live });
      if (!account.accounted) {
        await showTrainStopped(deps, repo, main.name, outside, account.problem);
        return { ok: false, reason: account.problem.message };
      }
      deps.log?.(`the train on ${main.name} rebuilds on ${live.slice(0, 7)}, which moved outside the train: ${account.detail}`);
      accounted = live;
      pending = [{ type: "main-moved", sha: live }, ...batch];
      continue;
    }
    state = update.state;
    pending = [];
    const at = Date.parse(deps.now());
    for (const action of update.actions) {
      done.push(action);
      const answers = await applyWithRetries(deps, repo, main.name, policy, state, action);
      for (const event of answers) if (event.type === "landed" || event.type === "land-failed") live = event.type === "landed" ? event.sha : event.main;
      pending.push(...answers.map((event) => event.type === "built" ? { ...event, at } : event));
    }
    if (state) await showPositions(deps, repo, state, touchedKeys(batch, update.actions, state));
    if (state && before && update.actions.length > 0) {
      const kept = new Set(state.cars.map((car) => car.id));
      for (const car of before.cars) if (!kept.has(car.id) && car.sha && car.sha !== state.main) await deps.train.deleteBranch(repo, stagingBranch(car.id));
    }
  }
  if (pending.length > 0) deps.log?.(`the train on ${main.name} still had ${pending.length} events after ${maxRounds} rounds; the next event continues it`);
  return { ok: true, state, actions: done };
}
async function applyWithRetries(deps, repo, main, policy, state, action) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyTrainAction(deps, repo, main, policy, state, action);
    } catch (error) {
      if (attempt >= 3) {
        deps.log?.(`train car ${"car" in action ? action.car : "?"}: ${action.type} failed 3 times (${String(error?.message ?? error).slice(0, 200)}); the next event about the train resumes it`);
        return [];
      }
    }
  }
}
async function resumeTrain(deps, repo, main, policy) {
  const state = await readTrainState(deps, repo, main);
  const events = [];
  for (const car of state?.cars ?? []) {
    if (car.status === "landing" && car.sha && car.base && car === state.cars[0]) {
      events.push(...await applyWithRetries(deps, repo, main, policy, state, { type: "land", car: car.id, sha: car.sha, expectedMain: car.base, members: car.members }));
    }
    if (car.status === "building" && !car.sha) {
      const sha = await deps.forge.getRef(repo, `heads/${stagingBranch(car.id)}`);
      if (sha) events.push({ type: "built", car: car.id, sha });
    }
    if (car.status === "verifying" && car.sha) {
      const verified = await readStagingVerification(deps, repo, policy, car.sha, { attempt: car.attempt });
      if (verified) events.push({ type: "verified", car: car.id, sha: verified.sha, outcome: verified.outcome, failingGates: verified.failingGates, evidence: verified.evidence });
    }
  }
  return events;
}
function withoutQueued(state, event) {
  if (event.type !== "enqueue") return event;
  return { ...event, candidates: event.candidates.filter((c) => !state.queue.some((q) => q.key === c.key && q.headSha === c.headSha)) };
}
function touchedKeys(events, actions, state) {
  const keys = /* @__PURE__ */ new Set();
  for (const event of events) if (event.type === "enqueue") event.candidates.forEach((c) => keys.add(c.key));
  if (events.some((event) => event.type === "main-moved")) state.queue.forEach((c) => keys.add(c.key));
  for (const action of actions) {
    if (action.type === "build") action.members.forEach((m) => keys.add(m.key));
    if (action.type === "verify") state.cars.find((car) => car.id === action.car)?.members.forEach((key) => keys.add(key));
  }
  return keys;
}
function positionOf(state, key) {
  const inCars = [...new Set(state.cars.flatMap((car2) => car2.members))];
  const waiting = state.queue.map((c) => c.key).filter((k) => !inCars.includes(k));
  const order = [...inCars, ...waiting];
  const index = order.indexOf(key);
  if (index < 0) return void 0;
  const car = state.cars.find((c) => c.members.includes(key));
  return { position: index + 1, queued: order.length, ...car ? { car: { id: car.id, members: car.members.map(pullOfKey), branch: stagingBranch(car.id), ...car.sha ? { sha: car.sha } : {} } } : {} };
}
async function showPositions(deps, repo, state, keys) {
  for (const key of keys) {
    const candidate = state.queue.find((c) => c.key === key);
    const at = positionOf(state, key);
    if (!candidate || !at) continue;
    const number = pullOfKey(key);
    await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha: candidate.headSha, ...renderQueuedCheck(candidate.headSha, at, `https://github.com/${repo}/pull/${number}`) });
    await deps.forge.ensureComment({ repo, issueNumber: number }, trainCommentKey(number), renderTrainComment({
      kind: "queued",
      headSha: candidate.headSha,
      position: at.position,
      queued: at.queued,
      ...at.car ? { car: at.car.id, batch: at.car.members, ...at.car.sha ? { stagingSha: at.car.sha } : {} } : {}
    }));
  }
}

// src/workflows/github/resolve-queue-mode.ts
async function resolveLandingPolicy(deps, repo) {
  const read = await readLandingPolicy(deps, repo);
  if (!read.ok) return read;
  const policy = read.value;
  let mode;
  if (policy.merge.queue !== void 0) mode = policy.merge.queue;
  else if (!deps.train) mode = "none";
  else mode = resolveMergeQueue(policy.merge, await deps.train.hasGitHubMergeQueue(repo, (await deps.forge.getDefaultBranch(repo)).name));
  if (mode === "shopfloor" && !deps.train) mode = "none";
  return { ok: true, mode, value: { ...policy, merge: { ...policy.merge, queue: mode } } };
}

// src/workflows/github/land-through-train.ts
function dequeueReason(reasons) {
  if (reasons.some((reason) => reason.code === "held")) return "hold";
  if (reasons.some((reason) => reason.code === "approval-missing")) return "approval-voided";
  return "pushed";
}
async function landThroughTrain(deps, repo, pull, input) {
  const key = pullKey(pull.number);
  const main = pull.baseRef || "main";
  const train = await readTrainState(deps, repo, main);
  const { decision } = input;
  if (decision.action === "hold") {
    if (train?.queue.some((c) => c.key === key)) {
      const left = await advanceTrain(deps, repo, input.policy, [{ type: "dequeue", key, reason: dequeueReason(decision.reasons) }]);
      if (!left.ok) deps.log?.(`#${pull.number} could not leave the train: ${left.reason}`);
    }
    return hold(deps, repo, pull, decision.reasons, input.problems);
  }
  const queued = train?.queue.find((c) => c.key === key);
  if (queued?.headSha === decision.expectedHeadSha) {
    if (input.requeue) await advanceTrain(deps, repo, input.policy, [{ type: "main-moved", sha: input.mainSha }]);
    return { kind: "enqueued", headSha: decision.expectedHeadSha };
  }
  if (!input.requeue && train?.evictions.some((e) => e.key === key && e.headSha === decision.expectedHeadSha)) {
    return { kind: "ignored", reason: `#${pull.number} was evicted from the merge train at ${decision.expectedHeadSha.slice(0, 7)}; push a fix, or choose "Re-run" on its shopfloor/merge check to queue the same head again` };
  }
  const accounted = await accountForMain(deps, repo, input.policy, { name: main, sha: input.mainSha });
  if (!accounted.accounted) return hold(deps, repo, pull, [], [accounted.problem]);
  if (pull.draft) await deps.forge.markPullRequestReady(repo, pull.nodeId);
  const candidate = {
    key,
    workOrderId: input.workOrder.id,
    priority: input.workOrder.priority,
    headSha: decision.expectedHeadSha,
    dependsOn: await dependenciesNotOnMain(deps, repo, input.workOrder),
    enqueuedAt: Date.parse(deps.now())
  };
  const entered = await advanceTrain(deps, repo, input.policy, [{ type: "enqueue", candidates: [candidate] }]);
  if (!entered.ok) return hold(deps, repo, pull, [], [{ message: `the merge train's state could not be written: ${entered.reason}`, fix: 'choose "Re-run" on this check; Shopfloor queues it again' }]);
  return { kind: "enqueued", headSha: decision.expectedHeadSha };
}
async function dependenciesNotOnMain(deps, repo, workOrder) {
  const missing = [];
  for (const id of workOrder.dependencies ?? []) {
    if (!await deps.forge.readDefaultBranchFile(repo, `${deps.settings.workOrderDir}/${id}.yml`)) missing.push(id);
  }
  return missing;
}
async function leaveTrain(deps, repo, pullNumber, reason) {
  const policy = await resolveLandingPolicy(deps, repo);
  if (!policy.ok || policy.mode !== "shopfloor") return { left: false };
  const main = (await deps.forge.getDefaultBranch(repo)).name;
  const key = pullKey(pullNumber);
  if (!(await readTrainState(deps, repo, main))?.queue.some((c) => c.key === key)) return { left: false };
  const left = await advanceTrain(deps, repo, policy.value, [{ type: "dequeue", key, reason }]);
  return { left: left.ok };
}

// src/workflows/github/land-pull.ts
function isLandableBranch(ref) {
  return parseAgentBranch(ref) !== void 0 || revertBranchCulprit(ref) !== void 0;
}
async function landPullRequest(deps, event) {
  const { forge } = deps;
  const { repo } = event;
  const pull = await forge.getPullRequestLanding(repo, event.pullNumber);
  const agent = parseAgentBranch(pull.headRef);
  const culprit = revertBranchCulprit(pull.headRef);
  if (!agent && !culprit) return { kind: "ignored", reason: `${pull.headRef} is not a Shopfloor agent or revert branch` };
  if (pull.merged || pull.state !== "open") return { kind: "ignored", reason: pull.merged ? "already merged" : "the pull request is closed" };
  if (!agent) return landRevertPull(deps, repo, pull, culprit);
  const policy = await resolveLandingPolicy(deps, repo);
  if (!policy.ok) return hold(deps, repo, pull, [], [policy.problem]);
  const sinceMain = await forge.compareCommits(repo, await forge.getDefaultBranchName(repo), pull.headSha);
  const workOrder = await readAppWorkOrder(deps, repo, sinceMain.commits.map((commit) => commit.sha), agent.workOrderId);
  if (!workOrder.ok) return hold(deps, repo, pull, [], [workOrder.problem]);
  const gates = checkGatesReports(deps, await forge.listCheckRuns(repo, pull.headSha, gatesCheckName), policy.value, pull.headSha);
  const facts = await gatherMergeFacts(forge, {
    repo,
    pullNumber: pull.number,
    ownAppId: deps.settings.appId,
    workOrder: workOrder.value.workOrder,
    workOrderHash: workOrder.value.hash,
    report: gates.report,
    sinceMain,
    checkContainsMain: policy.mode === "none"
  });
  const decision = decideMerge(facts, policy.value);
  if (policy.mode === "shopfloor" && deps.train) {
    return landThroughTrain({ ...deps, train: deps.train }, repo, { ...pull, headSha: facts.headSha }, { decision, policy: policy.value, mainSha: facts.mainSha, problems: gates.problems, workOrder: workOrder.value.workOrder, requeue: event.requeue ?? false });
  }
  const message = renderMergeMessage(`Merge work order ${agent.workOrderId} (#${pull.number})`, { workOrder: agent.workOrderId, reportDigest: decision.action === "merge" ? decision.reportDigest : "", agentBranch: pull.headRef });
  return landDecided(deps, repo, { ...pull, headSha: facts.headSha }, { decision, policy: policy.value, mainSha: facts.mainSha, problems: gates.problems, message });
}

// src/workflows/github/approve-plan.ts
async function approvePlan(deps, approval) {
  const { forge, settings } = deps;
  const { repo, issueNumber } = approval;
  const workOrderId = workOrderIdForIssue(issueNumber);
  const { branch, runId } = issueRunIdentity(repo, issueNumber, workOrderId, deps.sha256);
  const found = await findRun(deps, repo, runId);
  if (!found.ok) return { allowed: false, text: `Not done: nothing on this issue waits for a plan approval (${found.reason}). To approve an agent's work, comment on its pull request.` };
  const { document } = found.value.state;
  const state = planApprovalState(document);
  if (state.kind === "approved") return { allowed: true, text: `The plan of run \`${runId}\` was already approved by @${state.by}; the implement phase was dispatched then, not again.` };
  if (state.kind === "not-required") return { allowed: false, text: `Not done: run \`${runId}\` does not wait for a plan approval. To approve the agent's work, comment on its pull request.` };
  if (finalRunStatuses.includes(document.status)) return { allowed: false, text: `Not done: run \`${runId}\` has ended (${document.status}); add the \`shopfloor\` label again to start over.` };
  const approved = await patchRun(deps, repo, runId, `plan-approved-${approval.user}`, (now) => planApprovalState(now.document).kind === "waiting" && !finalRunStatuses.includes(now.document.status) ? { patches: planApproved(approval.user, approval.permission) } : void 0, found.value);
  if (!approved.ok) return { allowed: false, text: `Not done: ${approved.reason}.` };
  const after = planApprovalState(approved.value.state.document);
  if (!approved.written) return { allowed: true, text: after.kind === "approved" ? `The plan of run \`${runId}\` was already approved by @${after.by}; the implement phase was dispatched then, not again.` : `Not done: run \`${runId}\` changed meanwhile (${approved.value.state.document.status}).` };
  const base = await forge.getDefaultBranch(repo);
  await forge.dispatchWorkflow(repo, settings.implementWorkflow, base.name, { work_order: workOrderId, branch, run_id: runId, issue: String(issueNumber), phase: "implement" });
  if (state.checkSha) {
    await forge.ensureCheckRun(repo, {
      name: workOrderCheckName,
      headSha: state.checkSha,
      status: "in_progress",
      externalId: runId,
      output: { title: `Work order ${workOrderId}: plan approved, queued for an implementer`, summary: `Plan approved by @${approval.user}; dispatched ${settings.implementWorkflow} (phase implement) for \`${branch}\`. The run document is on issue #${issueNumber}.` }
    });
  }
  return { allowed: true, text: `Plan approved by @${approval.user} (${approval.permission}); dispatched ${settings.implementWorkflow} to implement it on \`${branch}\`.` };
}

// src/workflows/github/retry-run.ts
async function retryRun(deps, request) {
  const { repo, pull, agent, dispatchKey } = request;
  const runId = runIdOf(agent);
  const found = request.run ? { ok: true, value: request.run } : await findRun(deps, repo, runId);
  const base = await deps.forge.getDefaultBranch(repo);
  const run = found.ok ? found.value : void 0;
  if (!run || finalRunStatuses.includes(run.state.document.status)) {
    await deps.forge.dispatchWorkflow(repo, deps.settings.implementWorkflow, base.name, { work_order: agent.workOrderId, branch: pull.headRef, run_id: runId, retry: "true", issue: String(run?.state.view?.issueNumber ?? pull.number) });
    const note = run ? `run \`${runId}\` has ended (${run.state.document.status}), so its directives stay listed as pending` : `${found.ok ? "" : found.reason}; no directives went with it`;
    return { sent: true, directives: [], recorded: false, note };
  }
  let keys = [];
  const claimed = await patchRun(deps, repo, runId, `retry-${dispatchKey}`, (state) => {
    if (pendingRetry(state.document) === dispatchKey || finalRunStatuses.includes(state.document.status)) return void 0;
    const pickUp = planPickUp(state.document, dispatchKey);
    keys = pickUp?.keys ?? [];
    return { patches: [...pickUp ? [pickUp.patch] : [], retryDispatchedStatus(dispatchKey)] };
  }, run);
  if (!claimed.ok) throw new Error(`run ${runId}: ${claimed.reason}`);
  const picked = readRunDirectives(getSection(claimed.value.state.document, "user").canon).filter((d) => d.pickedUpBy === dispatchKey).map(directiveKey);
  if (!claimed.written) return { sent: false, directives: picked, recorded: true };
  try {
    await deps.forge.dispatchWorkflow(repo, deps.settings.implementWorkflow, base.name, { work_order: agent.workOrderId, branch: pull.headRef, run_id: runId, retry: "true", issue: String(claimed.value.state.view?.issueNumber ?? pull.number) });
  } catch (error) {
    await patchRun(deps, repo, runId, `retry-failed-${dispatchKey}`, (state) => pendingRetry(state.document) === dispatchKey ? { patches: releaseRetry(state.document, dispatchKey, String(error.message ?? error)) } : void 0);
    throw error;
  }
  return { sent: true, directives: keys, recorded: true };
}
function describeRetry(workflow, branch, retry) {
  const what = retry.directives.length ? `with ${retry.directives.length} pending directive${retry.directives.length === 1 ? "" : "s"} (${retry.directives.map((key) => `\`${key}\``).join(", ")}), now marked picked up` : "with no pending directives";
  return `Dispatched ${workflow} again for \`${branch}\` ${what}.${retry.note ? ` Note: ${retry.note}.` : ""}`;
}

// src/workflows/github/record-directive.ts
async function recordDirective(deps, event) {
  const { forge } = deps;
  const ignored = ignoredActor(event.author, deps.settings.appId, deps.settings.allowedBotAppIds);
  if (ignored) return { kind: "ignored", reason: ignored };
  const pull = await forge.getPullRequest(event.repo, event.pullNumber);
  const agent = parseAgentBranch(pull.headRef);
  if (!agent) return { kind: "ignored", reason: "not a Shopfloor agent pull request" };
  const permission = await forge.getPermission(event.repo, event.author.login);
  if (!atLeast(permission, "write")) return { kind: "ignored", reason: `@${event.author.login} has ${permission} permission; only write users direct agents` };
  const text = sanitizeUntrustedText(event.body, deps.sha256).text;
  if (!text) return { kind: "ignored", reason: "nothing visible left after removing hidden text" };
  const runId = runIdOf(agent);
  const key = directiveKey(event);
  let ended;
  const written2 = await patchRun(deps, event.repo, runId, `directive-${key}`, (state) => {
    if (finalRunStatuses.includes(state.document.status)) return void (ended = state.document.status);
    const patch = planAddDirective(state.document, { source: event.source, id: event.id, author: event.author.login, url: event.url, text });
    return patch ? { patches: [patch] } : void 0;
  });
  if (!written2.ok) {
    await forge.ensureComment({ repo: event.repo, issueNumber: pull.number }, `directive-unrecorded/${key}`, `Shopfloor did not record [this ${event.source.replace("-", " ")}](${event.url}) as a directive for the agent: ${written2.reason}. Repeat it after the run is back, or start a new run.`);
    return { kind: "ignored", reason: written2.reason };
  }
  if (ended) return { kind: "ignored", reason: `run \`${runId}\` has ended (${ended})` };
  if (!written2.written) return { kind: "directive", runId, added: false };
  const document = written2.value.state.document;
  const policy = await readDefaultBranchPolicy(forge, event.repo);
  if (policy.kind !== "valid" || !policy.policy.agents?.autoRetryOnDirective || pendingRetry(document)) return { kind: "directive", runId, added: true };
  const retry = await retryRun(deps, { repo: event.repo, pull, agent, dispatchKey: `auto-${key}`, run: written2.value });
  return { kind: "directive", runId, added: true, ...retry.sent ? { retry: `auto-${key}` } : {} };
}

// src/workflows/github/handle-comment.ts
async function handleComment(deps, event) {
  const { settings } = deps;
  const { repo, comment } = event;
  const ignored = ignoredActor(comment.author, settings.appId, settings.allowedBotAppIds);
  if (ignored) return { kind: "ignored", reason: ignored };
  const parsed = parseCommands(comment.body);
  if (parsed.commands.length === 0 && parsed.unknown.length === 0) {
    if (!event.isPullRequest) return { kind: "ignored", reason: "a plain comment on an issue" };
    const directive = await recordDirective(deps, { repo, pullNumber: event.issue.number, source: "comment", id: comment.id, url: `https://github.com/${repo}/pull/${event.issue.number}#issuecomment-${comment.id}`, body: comment.body, author: comment.author });
    return directive.kind === "directive" ? { kind: "directive", runId: directive.runId } : directive;
  }
  const claim = await claimEffect(deps, repo, `comment/${comment.id}`);
  if (!claim.held) return { kind: "ignored", reason: `comment ${comment.id}'s commands are answered by ${claim.by}` };
  return underClaim(claim, () => answerCommands(deps, event, parsed));
}
async function answerCommands(deps, event, parsed) {
  const { forge } = deps;
  const { repo, comment } = event;
  const target = { repo, issueNumber: event.issue.number };
  const replies = [];
  const reply = async (key, command, allowed, text) => {
    replies.push({ command, allowed, text });
    await forge.ensureComment(target, `reply/${comment.id}/${key}`, `> /shopfloor ${command}

${text}`);
  };
  for (const unknown of parsed.unknown) {
    await reply(`line-${unknown.line}`, unknown.word, false, `Unknown command \`${unknown.word.replace(/`/g, "")}\`. Shopfloor understands: ${shopfloorCommands.map((c) => `\`${c}\``).join(", ")}.`);
  }
  if (parsed.commands.length === 0) return { kind: "commands", replies };
  const permission = await forge.getPermission(repo, comment.author.login);
  const pull = event.isPullRequest ? await forge.getPullRequest(repo, event.issue.number) : void 0;
  for (const command of parsed.commands) {
    const text = await runCommand(deps, event, command, permission, pull);
    await reply(`line-${command.line}`, command.name, text.allowed, text.text);
  }
  if (pull && replies.some((r) => r.allowed && (r.command === "approve" || r.command === "unhold" || r.command === "hold" || r.command === "accept-drop"))) await landPullRequest(deps, { repo, pullNumber: pull.number });
  return { kind: "commands", replies };
}
async function runCommand(deps, event, command, permission, pull) {
  const { forge, settings } = deps;
  const requester = event.isPullRequest ? /<!-- shopfloor:requester=([A-Za-z0-9-]+) -->/.exec(event.issue.body)?.[1] : void 0;
  const dangerous = command.name === "approve" && pull ? isDangerousChange(await forge.listPullRequestFiles(event.repo, pull.number)) : false;
  const verdict = authorizeCommand({
    command: command.name,
    actor: event.comment.author,
    permission,
    ownAppId: settings.appId,
    allowedBotAppIds: settings.allowedBotAppIds,
    ...requester ? { requester } : {},
    ...pull ? { agentActor: pull.author } : {},
    dangerous
  });
  if (!verdict.allowed) return { allowed: false, text: `Not done: ${verdict.reason}.` };
  const needsAgentPull = !pull || !parseAgentBranch(pull.headRef);
  switch (command.name) {
    case "run": {
      if (event.isPullRequest) return { allowed: false, text: "Not done: `/shopfloor run` works on issues; this is a pull request." };
      const result = await intakeIssue(deps, { repo: event.repo, issue: event.issue, trigger: `comment-${event.comment.id}` });
      if (result.ok && result.live !== void 0) return { allowed: true, text: `Run \`${result.runId}\` is already running (attempt ${result.live} is live); nothing was dispatched again. Comment \`/shopfloor retry\` on its pull request to run the agent again.` };
      return result.ok ? { allowed: true, text: `Started run \`${result.runId}\` on \`${result.branch}\`; the run document is above.` } : { allowed: false, text: `Not started: ${result.reason}` };
    }
    case "approve": {
      if (!event.isPullRequest) return approvePlan(deps, { repo: event.repo, issueNumber: event.issue.number, user: event.comment.author.login, permission });
      if (needsAgentPull) return { allowed: false, text: "Not done: approvals apply to Shopfloor agent pull requests only." };
      const record = renderApprovalRecord({ user: event.comment.author.login, sha: pull.headSha, permission });
      return { allowed: true, text: `Approved by @${event.comment.author.login} (${permission}) for head \`${pull.headSha.slice(0, 7)}\`${dangerous ? ", including its dangerous changes" : ""}. A new push voids this approval.
${record}` };
    }
    case "status": {
      if (needsAgentPull) return { allowed: true, text: "No Shopfloor agent pull request here; label an issue `shopfloor` or comment `/shopfloor run` on it to start one." };
      const approvals = approvalsForHead(readApprovals(await approvalComments(deps, event), settings.appId), pull.headSha);
      return { allowed: true, text: `Head \`${pull.headSha.slice(0, 7)}\`: ${approvals.length ? `approved by ${approvals.map((a) => `@${a.user}`).join(", ")}` : "no approvals for this head"}.` };
    }
    case "hold":
    case "unhold":
      if (needsAgentPull) return { allowed: false, text: `Not done: \`${command.name}\` applies to Shopfloor agent pull requests only.` };
      return { allowed: true, text: `${command.name === "hold" ? "Held: Shopfloor will not merge this pull request until `/shopfloor unhold`." : "Hold released."}
<!-- shopfloor:${command.name} user=${event.comment.author.login} sha=${pull.headSha} -->` };
    case "accept-drop":
      return commandAcceptDrop(deps, event, pull);
    case "retry": {
      const agent = pull ? parseAgentBranch(pull.headRef) : void 0;
      if (!agent) return { allowed: false, text: "Not done: `/shopfloor retry` works on Shopfloor agent pull requests." };
      const retry = await retryRun(deps, { repo: event.repo, pull, agent, dispatchKey: `retry-comment-${event.comment.id}` });
      return { allowed: true, text: describeRetry(settings.implementWorkflow, pull.headRef, retry) };
    }
    case "revert":
      return commandRevert(deps, event, pull);
    case "bisect":
      return commandBisect(deps, event);
    case "cancel":
      return commandCancel(deps, event, pull);
    default:
      return { allowed: true, text: `Recorded \`/shopfloor ${command.name}\`, but the GitHub App does not act on it yet; run \`shopfloor ${command.name}\` from a runner for now.` };
  }
}
async function approvalComments(deps, event) {
  const comments = await deps.forge.listIssueComments({ repo: event.repo, issueNumber: event.issue.number });
  return comments.map((c) => ({ body: c.body, ...c.authorAppId !== void 0 ? { appId: c.authorAppId } : {} }));
}

// src/workflows/github/keyed-queue.ts
function createKeyedQueue() {
  const tails = /* @__PURE__ */ new Map();
  const all = /* @__PURE__ */ new Set();
  const run = (key, work) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.then(() => void 0, () => void 0);
    tails.set(key, settled);
    all.add(settled);
    void settled.then(() => {
      all.delete(settled);
      if (tails.get(key) === settled) tails.delete(key);
    });
    return next;
  };
  const idle = async () => {
    while (all.size > 0) await Promise.all([...all]);
  };
  return { run, idle };
}
function createDeliveryLog(max = 5e3) {
  const seen = /* @__PURE__ */ new Set();
  return {
    /** True the first time an id is offered. */
    firstTime: (id) => {
      if (seen.has(id)) return false;
      seen.add(id);
      if (seen.size > max) seen.delete(seen.values().next().value);
      return true;
    }
  };
}

// src/entrypoints/probot/webhook-payloads.ts
var user = external_exports.object({ login: external_exports.string(), type: external_exports.string().optional() }).nullable();
var app = external_exports.object({ id: external_exports.number() }).nullable().optional();
var repository = external_exports.object({ full_name: external_exports.string(), default_branch: external_exports.string().optional() });
var issue = external_exports.object({
  number: external_exports.number(),
  title: external_exports.string(),
  body: external_exports.string().nullable().optional(),
  user,
  html_url: external_exports.string().optional(),
  labels: external_exports.array(external_exports.union([external_exports.string(), external_exports.object({ name: external_exports.string().optional() })])).optional(),
  performed_via_github_app: app,
  pull_request: external_exports.object({}).passthrough().nullable().optional()
});
var written = external_exports.object({ id: external_exports.number(), body: external_exports.string().nullable().optional(), html_url: external_exports.string(), user, performed_via_github_app: app });
var pullRef = external_exports.object({ number: external_exports.number(), head: external_exports.object({ ref: external_exports.string() }) });
var webhookPayloads = {
  "issues.labeled": external_exports.object({ label: external_exports.object({ name: external_exports.string() }).optional(), issue, repository }),
  "issue_comment.created": external_exports.object({ comment: written, issue, repository }),
  "pull_request": external_exports.object({ pull_request: external_exports.object({ number: external_exports.number(), head: external_exports.object({ ref: external_exports.string(), repo: external_exports.object({ full_name: external_exports.string() }).nullable() }) }), repository }),
  "pull_request_review_comment.created": external_exports.object({ comment: written, pull_request: external_exports.object({ number: external_exports.number() }), repository }),
  "pull_request_review.submitted": external_exports.object({ review: written, pull_request: external_exports.object({ number: external_exports.number() }), repository }),
  "check_run": external_exports.object({ check_run: external_exports.object({ id: external_exports.number(), name: external_exports.string(), head_sha: external_exports.string(), app, pull_requests: external_exports.array(pullRef), check_suite: external_exports.object({ head_branch: external_exports.string().nullable() }).nullable().optional() }), repository }),
  "workflow_run.completed": external_exports.object({
    workflow_run: external_exports.object({
      path: external_exports.string().optional(),
      conclusion: external_exports.string().nullable(),
      head_branch: external_exports.string().nullable(),
      head_sha: external_exports.string(),
      html_url: external_exports.string(),
      event: external_exports.string(),
      head_repository: external_exports.object({ full_name: external_exports.string() }).nullable().optional(),
      triggering_actor: user.optional(),
      pull_requests: external_exports.array(pullRef)
    }),
    repository
  }),
  "workflow_run.started": external_exports.object({
    workflow_run: external_exports.object({ path: external_exports.string().optional(), display_title: external_exports.string(), html_url: external_exports.string() }),
    repository
  }),
  "issue_comment.changed": external_exports.object({
    comment: external_exports.object({ id: external_exports.number(), body: external_exports.string().nullable().optional(), performed_via_github_app: app }),
    changes: external_exports.object({ body: external_exports.object({ from: external_exports.string() }).optional() }).optional(),
    issue: external_exports.object({ number: external_exports.number(), pull_request: external_exports.object({}).passthrough().nullable().optional() }).optional(),
    sender: external_exports.object({ type: external_exports.string() }),
    repository
  }),
  "merge_group.checks_requested": external_exports.object({ merge_group: external_exports.object({ head_sha: external_exports.string(), head_ref: external_exports.string() }), repository: repository.optional() })
};
function readWebhookPayload(name, payload) {
  const parsed = webhookPayloads[name].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, reason: `${first?.path.join(".") || "(root)"}: ${first?.message ?? "does not fit"}`.replace(/\s+/g, " ").slice(0, 200) };
}
function payloadDefaultBranch(payload) {
  const parsed = external_exports.object({ repository: repository.required() }).safeParse(payload);
  return parsed.success ? { repo: parsed.data.repository.full_name, name: parsed.data.repository.default_branch } : void 0;
}

// src/entrypoints/probot/on-webhook.ts
function onWebhook(app2, events, schema2, handler) {
  app2.on(events, async (raw) => {
    const context = raw;
    const action = context.payload.action;
    const event = `${context.name}${typeof action === "string" ? `.${action}` : ""}`;
    const read = readWebhookPayload(schema2, context.payload);
    if (!read.ok) return void context.log.info(`shopfloor: ignored ${event} delivery ${context.id}: the payload does not fit (${read.reason})`);
    try {
      await handler(context, read.value);
    } catch (error) {
      context.log.error(`shopfloor: ${event} delivery ${context.id} failed: ${String(error?.message ?? error).replace(/\s+/g, " ").slice(0, 300)}`);
    }
  });
}

// src/entrypoints/probot/canary-handlers.ts
function registerCanaryHandlers(app2, wiring) {
  const workflow = wiring.settings.canaryWorkflow;
  onWebhook(app2, "workflow_run.completed", "workflow_run.completed", async (context, payload) => {
    const { workflow_run: run, repository: repository2 } = payload;
    if (run.path?.split("@")[0].split("/").pop() !== workflow) return;
    if (run.conclusion !== "failure" || run.head_branch !== repository2.default_branch) return;
    if (run.head_repository && run.head_repository.full_name !== repository2.full_name) return;
    if (!["push", "schedule", "workflow_dispatch"].includes(run.event)) return;
    if (run.event === "workflow_dispatch" && run.triggering_actor?.type === "Bot") return;
    const repo = repository2.full_name;
    await wiring.dispatch(context, `${repo}#canary`, () => handleCanaryRed(wiring.depsFor(context), { repo, redSha: run.head_sha, runUrl: run.html_url }));
  });
}

// src/workflows/github/record-actions-run.ts
function runIdOfWorkflowTitle(title) {
  const runId = / run ([A-Za-z0-9._-]+)$/.exec(title ?? "")?.[1];
  return runId !== void 0 && checkRunId(runId).ok ? runId : void 0;
}
async function recordActionsRun(deps, input) {
  if (!actionsRunUrlPattern.test(input.url)) return { kind: "refused", reason: `"${input.url}" is not an Actions run page` };
  const updated = await updateRunState(deps, input.repo, input.runId, (current) => {
    if (!current?.state.view || current.state.view.actionsRunUrl === input.url) return void 0;
    const text = `Actions run: ${input.url}`;
    return { ...current.state, document: applySystemPatches(current.state.document, [{ kind: "append-log-line", section: "conductor", target: "canon", text }], `actions-run-${input.url.split("/").pop()}`), view: { ...current.state.view, actionsRunUrl: input.url } };
  });
  if (!updated.ok) throw new Error(updated.reason);
  if (!updated.value) return { kind: "no-run" };
  if (!updated.written) return { kind: "unchanged" };
  await renderRunView(deps, input.repo, input.runId, updated.value);
  return { kind: "recorded" };
}

// src/entrypoints/probot/actions-run-handlers.ts
function registerActionsRunHandlers(app2, wiring) {
  onWebhook(app2, ["workflow_run.requested", "workflow_run.in_progress", "workflow_run.completed"], "workflow_run.started", async (context, { workflow_run: run, repository: repository2 }) => {
    if (run.path?.split("@")[0].split("/").pop() !== wiring.settings.implementWorkflow) return;
    const runId = runIdOfWorkflowTitle(run.display_title);
    if (!runId) return;
    const repo = repository2.full_name;
    await wiring.dispatch(context, `${repo}@run-${runId}`, () => recordActionsRun(wiring.depsFor(context), { repo, runId, url: run.html_url }));
  });
}

// src/core/github/merge-queue-ref.ts
function parseMergeQueueRef(ref) {
  const match = /^(?:refs\/heads\/)?gh-readonly-queue\/(.+)\/pr-(\d+)-([0-9a-f]{40})$/.exec(ref);
  return match ? { base: match[1], pullNumber: Number(match[2]), headSha: match[3] } : void 0;
}

// src/workflows/github/check-merge-group.ts
async function checkMergeGroup(deps, event) {
  const { forge, settings } = deps;
  const entry = parseMergeQueueRef(event.headRef);
  if (!entry) return { kind: "ignored", reason: `${event.headRef} is not a merge queue branch` };
  const pull = await forge.getPullRequestLanding(event.repo, entry.pullNumber);
  if (!parseAgentBranch(pull.headRef)) return { kind: "ignored", reason: `#${entry.pullNumber} is not a Shopfloor agent pull request` };
  const ours = await forge.listCheckRuns(event.repo, entry.headSha, mergeCheckName);
  const approved = ours.some((run) => run.appId === settings.appId && run.conclusion === "success");
  const [entered, group] = [entry.headSha.slice(0, 7), event.headSha.slice(0, 7)];
  const spec = (state) => forge.ensureCheckRun(event.repo, { name: mergeCheckName, headSha: event.headSha, ...state });
  if (!approved) {
    await spec({ status: "completed", conclusion: "action_required", detailsUrl: pull.url, output: { title: `Shopfloor has not approved #${entry.pullNumber} at ${entered}`, summary: `#${entry.pullNumber} entered the queue at \`${entered}\`, but Shopfloor's \`${mergeCheckName}\` check on that head did not pass. To fix: remove it from the queue; Shopfloor enqueues it itself once the \`${mergeCheckName}\` check on the pull request lists nothing missing.` } });
    return { kind: "checked", approved, verified: "waiting" };
  }
  const verified = await verifyGroupCommit(deps, event);
  if (verified.kind === "pass") {
    await spec({ status: "completed", conclusion: "success", output: { title: `Shopfloor approved #${entry.pullNumber}; the queue commit ${group} is verified`, summary: `#${entry.pullNumber} entered the queue at \`${entered}\`, the head Shopfloor's signed report and approvals cover, and the signed report ${verified.digest.slice(0, 19)}\u2026 proves the queue commit \`${group}\`: the tree that lands on main is the verified one.` } });
  } else if (verified.kind === "waiting") {
    await spec({ status: "in_progress", output: { title: `Waiting for the signed gates report on the queue commit ${group}`, summary: `#${entry.pullNumber} entered the queue at \`${entered}\` (approved). The queue lands \`${group}\` itself (main with the entries ahead of it), so Shopfloor waits for a passing signed \`${gatesCheckName}\` report of that commit: the verify workflow must run on \`merge_group\`.` } });
  } else {
    const lines = verified.problems.map((problem) => `- ${problem.message}. To fix: ${problem.fix}.`);
    await spec({ status: "completed", conclusion: "action_required", detailsUrl: pull.url, output: { title: `The queue commit ${group} is not verified`, summary: [`#${entry.pullNumber} entered the queue at \`${entered}\` (approved), but the queue commit \`${group}\` it would land is not proven by a passing signed report:`, "", ...lines].join("\n") } });
  }
  return { kind: "checked", approved, verified: verified.kind };
}
async function verifyGroupCommit(deps, event) {
  const policy = await readLandingPolicy(deps, event.repo);
  if (!policy.ok) return { kind: "fail", problems: [policy.problem] };
  const runs = await deps.forge.listCheckRuns(event.repo, event.headSha, gatesCheckName);
  const gates = checkGatesReports(deps, runs, policy.value, event.headSha);
  if (gates.report?.passed) return { kind: "pass", digest: gates.report.digest };
  if (gates.report) return { kind: "fail", problems: [{ message: `the gates failed on the queue commit ${event.headSha.slice(0, 7)} (${gates.report.gates.filter((gate) => gate.status !== "pass" && gate.status !== "cached" && gate.status !== "skipped").map((gate) => `${gate.id}: ${gate.status}`).join(", ")})`, fix: "GitHub removes the entry from the queue; fix the combination on the agent branch (merge main into it), and Shopfloor enqueues it again once it is verified" }] };
  if (gates.problems.length > 0) return { kind: "fail", problems: gates.problems };
  return { kind: "waiting" };
}

// src/workflows/github/on-staging-verified.ts
function parseStagingBranch(branch) {
  const match = /^shopfloor\/train\/([1-9]\d{0,8})$/.exec(branch);
  return match ? Number(match[1]) : void 0;
}
async function onStagingVerified(deps, event) {
  const car = parseStagingBranch(event.branch);
  if (car === void 0) return { kind: "ignored", reason: `${event.branch} is not a merge-train staging branch` };
  const policy = await resolveLandingPolicy(deps, event.repo);
  if (!policy.ok) return { kind: "ignored", reason: policy.problem.message };
  if (policy.mode !== "shopfloor") return { kind: "ignored", reason: `merge.queue resolves to ${policy.mode}, not the Shopfloor train` };
  const riding = (await readTrainState(deps, event.repo, (await deps.forge.getDefaultBranch(event.repo)).name))?.cars.find((c) => c.id === car);
  const verified = await readStagingVerification(deps, event.repo, policy.value, event.sha, { checkRunId: event.checkRunId, attempt: riding?.attempt ?? 1 });
  if (!verified) return { kind: "ignored", reason: `check run ${event.checkRunId} carries no trusted report for ${event.sha.slice(0, 7)}` };
  const { outcome, failingGates, evidence, sha } = verified;
  return { kind: "advanced", train: await advanceTrain(deps, event.repo, policy.value, [{ type: "verified", car, sha, outcome, failingGates, evidence }]) };
}

// src/workflows/github/sweep-train.ts
var sweepWorkflow = "shopfloor-sweep.yml";
async function sweepTrain(deps, repo) {
  const main = await deps.forge.getDefaultBranch(repo);
  const state = await readTrainState(deps, repo, main.name);
  if (!state || state.queue.length === 0 && state.cars.length === 0) return { kind: "ignored", reason: `no merge train is running on ${main.name}` };
  const policy = await resolveLandingPolicy(deps, repo);
  if (!policy.ok) return { kind: "ignored", reason: policy.problem.message };
  if (policy.mode !== "shopfloor") return { kind: "ignored", reason: `merge.queue resolves to ${policy.mode}, not the Shopfloor train` };
  return { kind: "swept", train: await advanceTrain(deps, repo, policy.value, [{ type: "main-moved", sha: main.sha }]) };
}

// src/entrypoints/probot/merge-handlers.ts
function registerMergeHandlers(app2, wiring) {
  const land = (context, repo, pullNumber, requeue = false) => wiring.dispatch(context, `${repo}#${pullNumber}`, () => landPullRequest(wiring.depsFor(context), { repo, pullNumber, ...requeue ? { requeue } : {} }));
  const trainVerified = (context, repo, branch, sha, checkRunId2) => wiring.dispatch(context, `${repo}@train`, async () => {
    const deps = wiring.depsFor(context);
    if (!deps.train) return { kind: "ignored", reason: "this App has no merge-train git writes" };
    return onStagingVerified({ ...deps, train: deps.train }, { repo, branch, sha, checkRunId: checkRunId2 });
  });
  const sweep = (context, repo) => wiring.dispatch(context, `${repo}@train`, async () => {
    const deps = wiring.depsFor(context);
    return deps.train ? sweepTrain({ ...deps, train: deps.train }, repo) : { kind: "ignored", reason: "this App has no merge-train git writes" };
  });
  const agentPull = async (context, repo, pulls2, branch) => {
    const listed = (pulls2 ?? []).find((pull) => isLandableBranch(pull.head.ref));
    if (listed) return listed.number;
    if (!branch || !isLandableBranch(branch)) return void 0;
    return wiring.depsFor(context).forge.findOpenPullRequest(repo, branch);
  };
  onWebhook(app2, ["pull_request.opened", "pull_request.reopened", "pull_request.synchronize", "pull_request.ready_for_review"], "pull_request", async (context, { pull_request: pull, repository: repository2 }) => {
    if (!isLandableBranch(pull.head.ref) || pull.head.repo?.full_name !== repository2.full_name) return;
    await land(context, repository2.full_name, pull.number);
  });
  onWebhook(app2, "pull_request.closed", "pull_request", async (context, { pull_request: pull, repository: repository2 }) => {
    if (!isLandableBranch(pull.head.ref) || pull.head.repo?.full_name !== repository2.full_name) return;
    await wiring.dispatch(context, `${repository2.full_name}#${pull.number}`, async () => {
      const deps = wiring.depsFor(context);
      return deps.train ? leaveTrain({ ...deps, train: deps.train }, repository2.full_name, pull.number, "closed") : { left: false };
    });
  });
  onWebhook(app2, ["issue_comment.edited", "issue_comment.deleted"], "issue_comment.changed", async (context, { comment, changes, issue: issue2, sender, repository: repository2 }) => {
    if (!issue2?.pull_request || sender.type === "Bot" || comment.performed_via_github_app?.id !== wiring.depsFor(context).settings.appId) return;
    if (!(changes?.body?.from ?? comment.body ?? "").includes("<!-- shopfloor:approval ")) return;
    await land(context, repository2.full_name, issue2.number);
  });
  const checkGroup = (context, repo, headSha, headRef) => wiring.dispatch(context, `${repo}@${headSha}`, () => checkMergeGroup(wiring.depsFor(context), { repo, headSha, headRef }));
  onWebhook(app2, "check_run.completed", "check_run", async (context, { check_run: run, repository: repository2 }) => {
    if (run.name !== gatesCheckName) return;
    const queueRef = run.check_suite?.head_branch;
    if (queueRef && parseMergeQueueRef(queueRef)) return void await checkGroup(context, repository2.full_name, run.head_sha, queueRef);
    if (queueRef && parseStagingBranch(queueRef) !== void 0) return void await trainVerified(context, repository2.full_name, queueRef, run.head_sha, run.id);
    if (queueRef && queueRef === repository2.default_branch) return void await sweep(context, repository2.full_name);
    const number = await agentPull(context, repository2.full_name, run.pull_requests, run.check_suite?.head_branch);
    if (number !== void 0) await land(context, repository2.full_name, number);
  });
  onWebhook(app2, "check_run.rerequested", "check_run", async (context, { check_run: run, repository: repository2 }) => {
    if (run.name !== mergeCheckName || run.app?.id !== wiring.depsFor(context).settings.appId) return;
    const number = await agentPull(context, repository2.full_name, run.pull_requests, run.check_suite?.head_branch);
    if (number !== void 0) await land(context, repository2.full_name, number, true);
  });
  onWebhook(app2, "workflow_run.completed", "workflow_run.completed", async (context, { workflow_run: run, repository: repository2 }) => {
    if (run.head_branch && parseStagingBranch(run.head_branch) !== void 0) return void await sweep(context, repository2.full_name);
    if (run.path?.endsWith(`/${sweepWorkflow}`)) return void await sweep(context, repository2.full_name);
    const number = await agentPull(context, repository2.full_name, run.pull_requests, run.head_branch);
    if (number !== void 0) await land(context, repository2.full_name, number);
  });
  onWebhook(app2, "merge_group.checks_requested", "merge_group.checks_requested", async (context, { merge_group: group, repository: repository2 }) => {
    if (!repository2) return;
    await checkGroup(context, repository2.full_name, group.head_sha, group.head_ref);
  });
}

// src/entrypoints/probot/followup-handlers.ts
function registerFollowupHandlers(app2, wiring) {
  const follow = async (context, repo, pullNumber, source, written2) => {
    const body = written2.body ?? "";
    if (!body.trim()) return;
    const parsed = parseCommands(body);
    if (parsed.commands.length > 0 || parsed.unknown.length > 0) return context.log.info(`${source} ${written2.id} holds a /shopfloor command; commands run from PR conversation comments only`);
    const author = {
      login: written2.user?.login ?? "",
      type: written2.user?.type ?? "User",
      ...written2.performed_via_github_app ? { appId: written2.performed_via_github_app.id } : {}
    };
    await wiring.dispatch(context, `${repo}#${pullNumber}`, () => recordDirective(wiring.depsFor(context), { repo, pullNumber, source, id: written2.id, url: written2.html_url, body, author }));
  };
  onWebhook(app2, "pull_request_review_comment.created", "pull_request_review_comment.created", (context, payload) => follow(context, payload.repository.full_name, payload.pull_request.number, "review-comment", payload.comment));
  onWebhook(app2, "pull_request_review.submitted", "pull_request_review.submitted", (context, payload) => follow(context, payload.repository.full_name, payload.pull_request.number, "review", payload.review));
}

// src/adapters/github/cache-github-reads.ts
var objectWrites = /* @__PURE__ */ new Set(["POST /repos/{owner}/{repo}/git/blobs", "POST /repos/{owner}/{repo}/git/trees", "POST /repos/{owner}/{repo}/git/commits"]);
var checkRunList = "GET /repos/{owner}/{repo}/commits/{ref}/check-runs";
var isCheckRunWrite = (route) => route.includes("/check-runs");
var keyOf = (route, params) => `${route} ${JSON.stringify(Object.entries(params).filter(([name]) => name !== "request").sort(([a], [b]) => a < b ? -1 : 1))}`;
function cacheGitHubReads(request) {
  const answers = /* @__PURE__ */ new Map();
  const cached = (key) => answers.get(key);
  return (route, params) => {
    if (!route.startsWith("GET ")) {
      if (objectWrites.has(route)) return request(route, params);
      for (const key2 of [...answers.keys()]) if (isCheckRunWrite(route) || !key2.startsWith(`${checkRunList} `)) answers.delete(key2);
      return request(route, params);
    }
    const key = keyOf(route, params);
    const known = cached(key);
    if (known) return known;
    const answer = request(route, params);
    answers.set(key, answer);
    answer.catch((error) => {
      if (statusOf(error) !== 404 && answers.get(key) === answer) answers.delete(key);
    });
    return answer;
  };
}

// src/entrypoints/probot-app.ts
var issueFacts = (issue2) => ({
  number: issue2.number,
  title: issue2.title,
  body: issue2.body ?? "",
  author: issue2.user?.login ?? "",
  labels: (issue2.labels ?? []).map((label2) => typeof label2 === "string" ? label2 : label2.name ?? ""),
  ...issue2.html_url ? { url: issue2.html_url } : {},
  ...issue2.performed_via_github_app ? { authorAppId: issue2.performed_via_github_app.id } : {}
});
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function createShopfloorApp(options) {
  const queue = createKeyedQueue();
  const deliveries = createDeliveryLog();
  const retry = options.retry ?? { sleep, attempts: 3, maxDelayMs: 5e3 };
  const answerWithin = options.answerWithinMs ?? 8e3;
  const instanceId = options.instanceId ?? randomUUID().slice(0, 8);
  let handlings = 0;
  const appFunction = (app2, _options) => {
    const requests = /* @__PURE__ */ new WeakMap();
    const requestFor = (context) => requests.get(context) ?? requests.set(context, cacheGitHubReads(context.octokit.request)).get(context);
    const depsFor = (context) => {
      const request = requestFor(context);
      const knownDefaultBranch = payloadDefaultBranch(context.payload);
      const forge = createGitHubForge({ request, retry, ownAppId: options.settings.appId, ...knownDefaultBranch ? { knownDefaultBranch } : {} });
      return {
        forge,
        settings: options.settings,
        now: options.now ?? (() => (/* @__PURE__ */ new Date()).toISOString()),
        sha256: (text) => createHash("sha256").update(text).digest("hex"),
        runs: createGitHubRunStateStore({ request, retry }),
        train: createGitHubTrainForge({ request, retry }),
        handler: `${context.id}@${instanceId}#${++handlings}`,
        onConflict: (runId) => {
          options.onConflict?.(runId);
          context.log.info(`run ${runId}: another writer moved its state first; planning again on the newer state`);
        },
        log: (message) => context.log.info(message),
        verifier: ed25519Verifier
      };
    };
    const dispatch = async (context, key, work) => {
      if (!deliveries.firstTime(`${context.id}|${key}`)) return context.log.info(`delivery ${context.id} already handled; ignoring the redelivery`);
      const done = queue.run(key, work);
      done.catch((error) => context.log.error(`shopfloor: ${context.name} delivery ${context.id} for ${key} failed: ${String(error?.message ?? error).replace(/\s+/g, " ").slice(0, 300)}`));
      await Promise.race([done, sleep(answerWithin)]);
    };
    onWebhook(app2, "issues.labeled", "issues.labeled", async (context, payload) => {
      if (payload.label?.name !== shopfloorLabel) return;
      const repo = payload.repository.full_name;
      const issue2 = issueFacts(payload.issue);
      await dispatch(context, `${repo}#${issue2.number}`, () => intakeIssue(depsFor(context), { repo, issue: issue2, trigger: `delivery-${context.id}` }));
    });
    onWebhook(app2, "issue_comment.created", "issue_comment.created", async (context, { comment, issue: issue2, repository: repository2 }) => {
      const author = {
        login: comment.user?.login ?? "",
        type: comment.user?.type ?? "User",
        ...comment.performed_via_github_app ? { appId: comment.performed_via_github_app.id } : {}
      };
      const event = { repo: repository2.full_name, issue: issueFacts(issue2), isPullRequest: Boolean(issue2.pull_request), comment: { id: comment.id, body: comment.body ?? "", author } };
      await dispatch(context, `${event.repo}#${issue2.number}`, () => handleComment(depsFor(context), event));
    });
    onWebhook(app2, ["issue_comment.edited", "issue_comment.deleted"], "issue_comment.changed", async (context, { comment, changes, sender, repository: repository2 }) => {
      if (comment.performed_via_github_app?.id !== options.settings.appId || sender.type === "Bot") return;
      const runId = /^<!-- shopfloor:run-document run=(\S+) -->\n/.exec(changes?.body?.from ?? comment.body ?? "")?.[1];
      if (!runId) return;
      await dispatch(context, `${repository2.full_name}#view-${comment.id}`, () => restoreRunView(depsFor(context), repository2.full_name, runId, comment.id));
    });
    registerCanaryHandlers(app2, { settings: options.settings, depsFor, dispatch });
    registerActionsRunHandlers(app2, { settings: options.settings, depsFor, dispatch });
    registerMergeHandlers(app2, { dispatch, depsFor });
    registerFollowupHandlers(app2, { depsFor, dispatch });
  };
  return Object.assign(appFunction, { idle: queue.idle });
}
function settingsFromEnv(env) {
  const appId = Number(env.APP_ID);
  if (!Number.isSafeInteger(appId) || appId <= 0) throw new Error('APP_ID is not set to the GitHub App id; copy .env.example to .env and fill it in (see docs/github-app.md "Install and run")');
  return {
    appId,
    implementWorkflow: env.SHOPFLOOR_IMPLEMENT_WORKFLOW || defaultAppSettings.implementWorkflow,
    allowedBotAppIds: (env.SHOPFLOOR_ALLOWED_BOT_APP_IDS ?? "").split(",").map((id) => Number(id.trim())).filter((id) => Number.isSafeInteger(id) && id > 0),
    workOrderDir: defaultAppSettings.workOrderDir,
    canaryWorkflow: env.SHOPFLOOR_CANARY_WORKFLOW || defaultAppSettings.canaryWorkflow
  };
}
function shopfloorProbotApp(app2, options) {
  createShopfloorApp({ settings: settingsFromEnv(process.env) })(app2, options);
  const health = (req, res) => {
    if (req.url !== "/shopfloor/health") return false;
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return true;
  };
  try {
    options?.addHandler?.(health);
  } catch {
  }
}

export {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
};
