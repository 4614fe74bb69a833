import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  atLeast,
  authorizeCommand,
  createGitHubForge,
  ignoredActor,
  repoPermissions
} from "./chunk-XNQTLNZS.js";
import {
  createCommentSink,
  createSystemClock,
  directiveKey,
  pendingRetry,
  planAddDirective,
  planApprovalRequired,
  planApprovalState,
  planApproved,
  planPickUp,
  readEmbeddedRunState,
  readRunDirectives,
  renderRunComment,
  retryDispatchedStatus,
  runCommentMarker
} from "./chunk-WGAED3W3.js";
import {
  gatesCheckName,
  readReportEnvelope
} from "./chunk-GAPV57AK.js";
import {
  buildBugWorkOrder,
  changedPaths,
  parseMergeTrailers,
  planRevert,
  planRevertTree,
  renderMergeMessage,
  renderRevertCommitMessage,
  restorePath,
  revertBranchName
} from "./chunk-TFPEBR67.js";
import {
  labelsOf,
  readTrailers,
  revertedCommitOf,
  workOrdersOf
} from "./chunk-7CCSRXTP.js";
import {
  agentBranchName,
  applyPatch,
  createRunDocument,
  eventForPatch,
  finalRunStatuses,
  getSection,
  parseAgentBranch,
  runIdOf,
  sanitizeUntrustedText
} from "./chunk-Q3EYXGGK.js";
import {
  ed25519Verifier,
  reportSchemaVersion,
  signingPayload,
  verificationReportSchema
} from "./chunk-VLXM5G27.js";
import {
  checkPolicyFile,
  checkWorkOrderFile,
  describeZodIssue,
  formatFieldPath,
  formatFinding,
  matchAnyGlob,
  policyPath,
  policySchema,
  prepareGlob,
  priorities,
  require_dist,
  riskLevels,
  valueAt,
  workOrderApiVersion,
  workOrderKinds,
  workOrderSchema
} from "./chunk-QVJH2LXJ.js";
import {
  external_exports
} from "./chunk-VCXXSHDW.js";
import {
  __toESM
} from "./chunk-T3OL5SPP.js";

// src/entrypoints/probot-app.ts
import { createHash } from "node:crypto";

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
function readIssueForm(body) {
  const byLabel = new Map(workOrderFormFields.map((field) => [field.label.toLowerCase(), field.id]));
  const out = {};
  let current;
  let buffer = [];
  let found = false;
  const close = () => {
    if (current) {
      const value = buffer.join("\n").trim().replace(/^(`{3,})[^\n]*\n([\s\S]*?)\n?\1$/, "$2").trim();
      if (value && value !== "_No response_") out[current] = value;
    }
    buffer = [];
  };
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const heading = /^###\s+(.+?)\s*$/.exec(line);
    if (heading) {
      close();
      current = byLabel.get(heading[1].toLowerCase());
      found ||= current !== void 0;
      continue;
    }
    buffer.push(line);
  }
  close();
  return found ? out : void 0;
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

// src/core/github/parse-commands.ts
var shopfloorCommands = ["approve", "retry", "hold", "unhold", "cancel", "revert", "bisect", "status", "run"];
var maxCommandsPerComment = 3;
function parseCommands(body) {
  const lines = blankHtmlComments(body.replace(/\r\n?/g, "\n")).split("\n");
  const commands = [];
  const unknown = [];
  let fence;
  lines.forEach((text, index) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      if (opener && opener[1][0] === fence.char && opener[1].length >= fence.length && text.trim() === opener[1]) fence = void 0;
      return;
    }
    if (opener) {
      fence = { char: opener[1][0], length: opener[1].length };
      return;
    }
    const match = /^\/shopfloor(?:[ \t]+(\S+)([^\n]*))?[ \t]*$/.exec(text);
    if (!match) return;
    const word = (match[1] ?? "").toLowerCase();
    const name = shopfloorCommands.find((c) => c === word);
    if (name) {
      if (commands.length < maxCommandsPerComment) commands.push({ name, args: (match[2] ?? "").trim().split(/\s+/).filter(Boolean).slice(0, 5), line: index + 1 });
    } else {
      unknown.push({ word: word.slice(0, 40), line: index + 1 });
    }
  });
  return { commands, unknown };
}
function blankHtmlComments(text) {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, " "));
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

// src/workflows/github/canary-notice.ts
var canaryIncidentLabel = "shopfloor-canary";
async function ensureCanaryNotice(forge, repo, key, notice) {
  if (notice.pullNumber !== void 0) {
    const comment = await forge.ensureComment({ repo, issueNumber: notice.pullNumber }, key, `**${notice.title}**

${notice.body}`);
    return { created: comment.created, where: `#${notice.pullNumber}` };
  }
  const issue = await forge.ensureIssue(repo, key, { title: notice.title, body: notice.body, labels: [canaryIncidentLabel] });
  return { created: issue.created, where: `#${issue.value.number}` };
}

// src/workflows/github/load-default-branch-policy.ts
async function readDefaultBranchPolicy(forge, repo) {
  const file = await forge.readDefaultBranchFile(repo, policyPath);
  if (!file) return { kind: "absent" };
  const checked = checkPolicyFile(file.text);
  return checked.policy ? { kind: "valid", ref: file.ref, policy: checked.policy } : { kind: "invalid", ref: file.ref, findings: checked.findings };
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
async function gatherCulpritFacts(forge, input) {
  const { repo, culprit } = input;
  const branch = revertBranchName(culprit.sha);
  const parent = culprit.parents[0] ?? culprit.sha;
  const [diff, since, pulls, recent, existingBranchSha] = await Promise.all([
    forge.compareCommits(repo, parent, culprit.sha),
    forge.compareCommits(repo, culprit.sha, input.mainSha),
    forge.pullRequestsForCommit(repo, culprit.sha),
    forge.listRecentPullRequests(repo, "all"),
    forge.getRef(repo, `heads/${branch}`)
  ]);
  const pull = pulls.find((p) => p.mergeCommitSha === culprit.sha) ?? pulls.find((p) => p.mergedAt);
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
  let notes = ["the revert branch already existed; reused it"];
  if (!revertSha) {
    if (gathered.since.status !== "ahead" && gathered.since.status !== "identical") return { kind: "skipped", culprit: summary, reasons: [`${culprit.sha.slice(0, 12)} is not on ${main.name} (compare says ${gathered.since.status})`] };
    const plan = planRevert(gathered.facts, policy.revert);
    if (plan.action !== "revert") return { kind: "skipped", culprit: summary, reasons: plan.reasons.map((r) => r.message) };
    notes = plan.notes;
    const built = await buildRevertCommit(deps, repo, culprit, main, gathered);
    if (!built.ok) return { kind: "needs-runner", culprit: summary, reason: built.reason };
    revertSha = (await forge.ensureBranch(repo, gathered.branch, built.sha)).value.sha;
  }
  const key = bugIssueKey(culprit.sha);
  const pullText = renderRevertPull({ trigger: input.trigger, culprit: summary, notes, bugIssueKey: key });
  const pull = await forge.ensurePullRequest(repo, { head: gathered.branch, base: main.name, title: pullText.title, body: pullText.body, draft: false });
  const bug = buildBugWorkOrder({
    culprit: { sha: culprit.sha, subject: summary.subject, files: summary.files },
    revertSha,
    revertBranch: gathered.branch,
    ...failingCheckOf(policy),
    workOrders: summary.workOrders,
    testGlobs: policy.revert.testGlobs
  });
  const evidence = [`- Revert pull request: #${pull.value.number}`, ...evidenceLines(input.trigger, summary)];
  const issue = await forge.ensureIssue(repo, key, { title: bug.workOrder.title, body: renderWorkOrderIssue(bug.workOrder, [{ heading: "Evidence", lines: evidence }]), labels: [shopfloorLabel, "bug"] });
  return {
    kind: "opened",
    culprit: summary,
    branch: gathered.branch,
    revertSha,
    pull: { number: pull.value.number, url: pull.value.url, created: pull.created },
    issue: { ...issue.value, created: issue.created }
  };
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
  const [main, loaded, lastGoodRef] = await Promise.all([forge.getDefaultBranch(repo), loadDefaultBranchPolicy(forge, repo), forge.getRef(repo, lastGoodRefName)]);
  const key = `canary-red/${redSha}`;
  if (!loaded.ok) {
    const notice2 = await ensureCanaryNotice(forge, repo, key, { title: `Canary red at ${short2(redSha)}: nothing reverted`, body: `The canary went red${event.runUrl ? ` ([run](${event.runUrl}))` : ""}, but ${loaded.message}. Shopfloor reads the revert policy from ${main.name} only.` });
    return { kind: "ignored", reason: `${loaded.message} (said so on ${notice2.where})` };
  }
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
    const body = [
      `The canary went red on \`${short2(redSha)}\`${event.runUrl ? ` ([run](${event.runUrl}))` : ""}; ${count} landed since last-known-good \`${short2(lastGood)}\`, so no single merge is to blame yet.`,
      `Shopfloor dispatched culprit finding to a runner (\`${workflow}\` with \`command: bisect\`, good \`${short2(lastGood)}\`, bad \`${short2(redSha)}\`); the runner's bisect is flake-aware and ends in a revert of the culprit it names.`,
      "",
      "### Suspects",
      ...suspects.map((s) => `- ${s.sha} ${s.subject.replace(/`/g, "'")}`)
    ].join("\n");
    const notice2 = await ensureCanaryNotice(forge, repo, key, { title: `Canary red at ${short2(redSha)}: finding the culprit among ${count}`, body });
    if (notice2.created) await forge.dispatchWorkflow(repo, workflow, main.name, { command: "bisect", good: lastGood, bad: redSha });
    return { kind: "bisect", suspects: suspects.length, dispatched: notice2.created, where: notice2.where };
  }
  const culprit = walk.suspects[0];
  const outcome = await revertCulprit(deps, { repo, culprit, main, policy: loaded.policy, trigger, suspectMessages: walk.suspects.map((c) => c.message) });
  if (outcome.kind === "opened") return { kind: "revert", outcome };
  const title = outcome.kind === "skipped" ? `Canary red at ${short2(redSha)}: ${short2(culprit.sha)} not reverted automatically` : `Canary red at ${short2(redSha)}: reverting ${short2(culprit.sha)} on a runner`;
  const because = outcome.kind === "skipped" ? ["The revert policy (`revert:` in `.github/shopfloor.yml` on the default branch) said no:", ...outcome.reasons.map((r) => `- ${r}`), "", "Revert by hand or fix forward; `/shopfloor revert` on the merged pull request asks again."] : [`The App cannot build this revert through the API: ${outcome.reason}. Shopfloor dispatched \`${workflow}\` with \`command: revert\` so a runner runs \`git revert\` (conflicts are never auto-resolved).`];
  const notice = await ensureCanaryNotice(forge, repo, key, { title, body: [`This merge is the only one since last-known-good, so the canary blames it.`, "", ...because, "", "### Evidence", ...evidenceLines(trigger, outcome.culprit)].join("\n"), ...outcome.culprit.pull ? { pullNumber: outcome.culprit.pull.number } : {} });
  if (outcome.kind === "needs-runner" && notice.created) await forge.dispatchWorkflow(repo, workflow, main.name, { command: "revert", culprit: culprit.sha });
  return { kind: "revert", outcome, ...outcome.kind === "needs-runner" ? { dispatched: notice.created } : {}, where: notice.where };
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

// src/core/github/cancel-run-comment.ts
function markRunCommentCancelled(body, detail) {
  const lines = body.split("\n");
  const heading = /^### [^:]+: (.*)$/.exec(lines[1] ?? "");
  const revision = /^Revision (\d+)(?: — .*)?$/.exec(lines[3] ?? "");
  if (!lines[0]?.startsWith("<!-- shopfloor:run-document run=") || !heading || !revision) return void 0;
  if (lines[1].startsWith("### \u26D4 Cancelled: ")) return body;
  const reason = detail.replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  lines[1] = `### \u26D4 Cancelled: ${heading[1]}`;
  lines[3] = `Revision ${Number(revision[1]) + 1} \u2014 ${reason}`;
  return lines.join("\n");
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
  const marked = await markRunDocument(deps, event.repo, runId, agent.workOrderId, `cancelled by @${event.comment.author.login} with /shopfloor cancel on #${pull.number}`);
  return {
    allowed: true,
    text: `Cancelled run \`${runId}\`: ${summary.state === "open" ? "closed" : "kept closed"} #${pull.number} without merging${marked ? ` and marked the run cancelled in its run document on #${marked}` : ""}. The branch \`${pull.headRef}\` is kept, so reopening this pull request resumes the work; delete it when its history is no longer needed.`
  };
}
async function markRunDocument(deps, repo, runId, workOrderId, detail) {
  const issueNumber = Number(/^issue-(\d+)$/.exec(workOrderId)?.[1]);
  if (!Number.isSafeInteger(issueNumber) || issueNumber <= 0) return void 0;
  const marker = runCommentMarker(runId);
  const comments = await deps.forge.listIssueComments({ repo, issueNumber });
  const tracking = comments.find((c) => c.authorAppId === deps.settings.appId && c.body.startsWith(`${marker}
`));
  const body = tracking ? markRunCommentCancelled(tracking.body, detail) : void 0;
  if (!tracking || body === void 0) return void 0;
  if (body !== tracking.body) await deps.forge.updateIssueComment(repo, tracking.id, body);
  return issueNumber;
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
  const short4 = culprit.sha.slice(0, 12);
  if (outcome.kind === "opened") {
    const again = outcome.pull.created ? "" : " (they already existed)";
    return { allowed: true, text: `Reverting ${short4}: revert pull request #${outcome.pull.number} on \`${outcome.branch}\` and bug work order #${outcome.issue.number}${again}.` };
  }
  if (outcome.kind === "skipped") return { allowed: false, text: `Not reverted: ${outcome.reasons.join("; ")}.` };
  const workflow = deps.settings.canaryWorkflow;
  await forge.dispatchWorkflow(event.repo, workflow, main.name, { command: "revert", culprit: culprit.sha });
  return { allowed: true, text: `Dispatched \`${workflow}\` with \`command: revert\` for ${short4}: the App cannot build this revert through the API (${outcome.reason}); a runner runs \`git revert\` and never auto-resolves a conflict.` };
}

// src/core/merge/merge-decision.ts
var dangerousPathGlobs = [
  ".github/workflows/**",
  ".github/actions/**",
  ".github/CODEOWNERS",
  "CODEOWNERS",
  "docs/CODEOWNERS",
  ".github/shopfloor.yml",
  ".github/shopfloor.schema.json",
  "workorders/schema.json",
  ".gitmodules",
  ".gitattributes",
  ".npmrc",
  ".yarnrc.yml",
  "action.yml",
  "action.yaml"
];
var builtinRequired = ["scope", "secrets", "dependencies"];
function decideMerge(facts, policy) {
  const reasons = [];
  const hold2 = (code, message, releaseBy) => reasons.push({ code, message, releaseBy });
  for (const reason of facts.holds) hold2("held", `held: ${reason}`, "`/shopfloor unhold` by a user with write access");
  const report = facts.report;
  if (!report) {
    hold2("no-report", `no verification report for ${short3(facts.headSha)}`, "run the gates (`shopfloor verify --sign`)");
    return { action: "hold", reasons };
  }
  if (!report.trusted) hold2("untrusted-report", "the report is not signed by a trusted key", "verify with a key listed in the policy `signers`");
  if (report.headSha !== facts.headSha) hold2("stale-report", `the report proves ${short3(report.headSha)}, but the head is ${short3(facts.headSha)}`, "verify the new head");
  if (report.baseSha !== facts.mainSha) hold2("base-moved", `main moved from ${short3(report.baseSha)} to ${short3(facts.mainSha)} since verification`, "re-verify on the new main");
  if (report.workOrderHash !== facts.workOrderHash) hold2("work-order-changed", "the work order changed after verification", "re-verify against the current work order");
  const status = new Map(report.gates.map((gate) => [gate.id, gate.status]));
  for (const id of requiredGates(facts, policy)) {
    const result = status.get(id);
    if (result === void 0) hold2("gate-missing", `required gate "${id}" did not run`, `run gate "${id}"`);
    else if (result === "flaky" && !policy.merge.allowFlaky) hold2("gate-flaky", `required gate "${id}" was flaky (failed, then passed)`, `fix the flake, or set merge.allowFlaky in the policy`);
    else if (result !== "pass" && result !== "cached" && result !== "flaky") hold2("gate-failed", `required gate "${id}" is ${result}`, `make gate "${id}" pass`);
  }
  const eligible = facts.approvals.filter((a) => a.sha === facts.headSha && a.user !== facts.requester && a.user !== facts.agentActor);
  const danger = dangerousChanges(facts, policy);
  if (danger.length > 0 && !eligible.some((a) => a.permission === "admin")) {
    hold2("dangerous-change", `dangerous change: ${danger.join("; ")}`, `an admin approves ${short3(facts.headSha)} (\`/shopfloor approve\`); not the requester or the agent`);
  }
  for (const rule of policy.merge.approvals ?? []) {
    const globs2 = rule.paths.map((glob) => prepareGlob(glob));
    if (!facts.changes.some((change) => matchAnyGlob(globs2, change.path) || change.fromPath !== void 0 && matchAnyGlob(globs2, change.fromPath))) continue;
    const approvers = eligible.filter((a) => canApprove(a) && (!rule.from || rule.from.includes(a.user)));
    if (approvers.length < rule.count) {
      hold2("approval-missing", `changes to ${rule.paths.join(", ")} need ${rule.count} approval(s) on ${short3(facts.headSha)}, have ${approvers.length}`, `${rule.from ? rule.from.join(" or ") : "a user with write access"} approves this head`);
    }
  }
  if (reasons.length > 0) return { action: "hold", reasons };
  return { action: "merge", expectedHeadSha: facts.headSha, expectedMainSha: facts.mainSha, method: policy.merge.method, reportDigest: report.digest };
}
function requiredGates(facts, policy) {
  const declared = policy.merge.requiredGates ?? policy.gates.filter((gate) => gate.required).map((gate) => gate.id);
  const testFirst = facts.workOrderKind === "bugfix" || facts.workOrderKind === "revert" ? ["test-first"] : [];
  return [.../* @__PURE__ */ new Set([...builtinRequired, ...declared, ...facts.acceptanceGates, ...testFirst])];
}
function dangerousChanges(facts, policy) {
  const globs2 = [...dangerousPathGlobs, ...policy.merge.dangerous?.paths ?? []].map((glob) => prepareGlob(glob, { caseInsensitive: true }));
  const found = [];
  const touched = facts.changes.flatMap((c) => [c.path, ...c.fromPath ? [c.fromPath] : []]).filter((path) => matchAnyGlob(globs2, path));
  if (touched.length > 0) found.push(`touches ${touched.join(", ")}`);
  const deleted = facts.changes.filter((c) => c.status === "D").length;
  const maxDeleted = policy.merge.dangerous?.maxDeletedFiles ?? 20;
  if (deleted > maxDeleted) found.push(`deletes ${deleted} files (more than ${maxDeleted})`);
  if (facts.packageScriptsChanged) found.push("changes package scripts");
  const special = facts.changes.filter((c) => ["120000", "160000"].includes(c.newMode) || c.newMode === "100755" && c.oldMode !== "100755");
  if (special.length > 0) found.push(`adds symlinks, submodules or executables: ${special.map((c) => c.path).join(", ")}`);
  return found;
}
function canApprove(approval) {
  return approval.permission === "admin" || approval.permission === "maintain" || approval.permission === "write";
}
var short3 = (sha) => sha.slice(0, 7);

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
function issueToWorkOrder(issue, sha256, ownAppId) {
  let removedHidden = 0;
  const clean = (text) => {
    const sanitized = sanitizeUntrustedText(text, sha256);
    removedHidden += sanitized.removed.reduce((sum, entry) => sum + entry.count, 0);
    return sanitized.text.trim();
  };
  const form = readIssueForm(issue.body);
  const field = (id) => form?.[id] !== void 0 ? clean(form[id]) : void 0;
  const lines = (id) => (field(id) ?? "").split("\n").map((line) => line.replace(/^\s*[-*]\s+/, "").trim()).filter(Boolean);
  const bug = issue.labels.some((label2) => label2.toLowerCase() === "bug");
  const carried = ownAppId !== void 0 && issue.authorAppId === ownAppId ? readProvenanceMarker(issue.body) : void 0;
  const repro = carried?.repro && { run: clean(carried.repro.run), ...carried.repro.notes ? { notes: clean(carried.repro.notes) } : {} };
  const candidate = {
    apiVersion: workOrderApiVersion,
    id: workOrderIdForIssue(issue.number),
    title: sanitizeTitle(issue.title, sha256),
    goal: form ? field("goal") : clean(issue.body) || sanitizeTitle(issue.title, sha256),
    kind: form ? pick(field("kind"), workOrderKinds) ?? field("kind") : bug ? "bugfix" : "feature",
    scope: form ? { paths: lines("scope"), ...lines("forbidden").length ? { forbidden: lines("forbidden") } : {} } : { paths: [...plainIssueScope.paths], forbidden: [...plainIssueScope.forbidden] },
    acceptance: form ? acceptance(lines("commands"), lines("criteria")) : { criteria: [`What issue #${issue.number} asks for is done, as its requester describes it.`] },
    ...form && lines("dependencies").length ? { dependencies: lines("dependencies").flatMap((entry) => entry.split(/[\s,]+/)).filter(Boolean) } : {},
    ...form && field("risk") ? { risk: pick(field("risk"), riskLevels) ?? field("risk") } : {},
    ...form && field("priority") ? { priority: pick(field("priority"), priorities) ?? field("priority") } : {},
    ...form && field("rollback") ? { rollback: field("rollback") } : {},
    ...repro ? { repro } : {},
    provenance: { issue: issue.number, requester: issue.author, ...carried ? { source: "canary", revertOf: carried.revertOf } : { source: "issue" } }
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
function describe(issue, fromForm) {
  const top = String(issue.path[0] ?? "");
  const where = fieldLabels[top] ? `the "${fieldLabels[top]}" field` : top || "the work order";
  const fix = fromForm ? "edit the issue and fix that field, then remove and re-add the `shopfloor` label" : 'open the issue with the "Work order" form instead, or fix the issue text and re-add the `shopfloor` label';
  return `${where}${issue.path.length > 1 ? ` (${issue.path.slice(1).join(".")})` : ""}: ${issue.message}; ${fix}.`;
}

// src/workflows/github/run-document-draft.ts
function createRunDocumentDraft(runId, objective, sink, now) {
  let document = createRunDocument(runId, objective);
  let lastEvent = { type: "run.started", runId, revision: 0, objective, at: now() };
  let step = 0;
  const apply = (body) => {
    const patch = { ...body, runId, patchId: `app-${++step}`, source: "system" };
    const result = applyPatch(document, patch);
    if (!result.ok) throw new Error(`run ${runId}: ${result.reason}`);
    document = result.document;
    lastEvent = eventForPatch(patch, document.revision, now());
  };
  return {
    line: (section, text) => apply({ kind: "append-log-line", section, target: "canon", text }),
    mark: (section, state) => apply({ kind: "mark-section-state", section, state }),
    status: (status, detail) => apply({ kind: "set-status", status, ...detail ? { detail } : {} }),
    /** Any other system patch body (e.g. the plan-approval lines from `planApprovalRequired`). */
    apply,
    /** Lands the document now; the first flush creates the tracking comment (or finds it by its marker). */
    flush: async () => {
      await sink.publish(lastEvent, document);
      await sink.flush();
    },
    document: () => document
  };
}

// src/workflows/github/intake-issue.ts
var workOrderCheckName = "shopfloor/workorder";
async function intakeIssue(deps, event) {
  const { forge, settings, sha256 } = deps;
  const { repo, issue } = event;
  const target = { repo, issueNumber: issue.number };
  const parsed = issueToWorkOrder(issue, sha256, settings.appId);
  if (!parsed.ok) {
    const reply = [`**Shopfloor could not turn this issue into a work order:**`, "", ...parsed.errors.map((error) => `- ${error}`)].join("\n");
    await forge.ensureComment(target, `intake-error/issue-${issue.number}`, reply);
    return { ok: false, reason: parsed.errors.join(" ") };
  }
  const refused = await refuseUntrustedCommands(deps, repo, issue, parsed.value);
  const workOrder = refused.workOrder;
  const path = `${settings.workOrderDir}/${workOrder.id}.yml`;
  const yaml = `# Written by Shopfloor from issue #${issue.number}; edit the issue, not this file.
${(0, import_yaml.stringify)(workOrder, { lineWidth: 0 })}`;
  const ruleErrors = checkWorkOrderFile(yaml, path).findings.filter((finding) => finding.severity === "error");
  if (ruleErrors.length > 0) {
    const reply = [`**Shopfloor could not turn this issue into a work order:**`, "", ...ruleErrors.map((finding) => `- ${finding.path || "work order"}: ${finding.message}`)].join("\n");
    await forge.ensureComment(target, `intake-error/issue-${issue.number}`, reply);
    return { ok: false, reason: ruleErrors.map((finding) => finding.message).join(" ") };
  }
  const { branch, runId } = issueRunIdentity(repo, issue.number, workOrder.id, sha256);
  const draft = createRunDocumentDraft(runId, workOrder.title, deps.trackingSink(target), deps.now);
  draft.status("running", "work order received");
  draft.mark("conductor", "active");
  draft.line("conductor", `Work order ${workOrder.id} from issue #${issue.number} (${parsed.fromForm ? "issue form" : "labelled issue"}); agent branch ${branch}.`);
  if (refused.dropped > 0) draft.line("conductor", `Did not take the ${refused.dropped} acceptance command(s) in the issue: @${issue.author} has ${refused.permission} permission, and only write users' issues may name commands for the runners. They are kept as criteria; a write user can add them to the work order.`);
  if (parsed.removedHidden > 0) draft.line("conductor", `Removed ${parsed.removedHidden} piece(s) of hidden text from the issue before the agent sees it.`);
  await draft.flush();
  await forge.addReaction(repo, { issueNumber: issue.number }, "eyes");
  const base = await forge.getDefaultBranch(repo);
  const policy = await readDefaultBranchPolicy(forge, repo);
  if (policy.kind === "invalid") {
    for (const finding of policy.findings.slice(0, 10)) draft.line("conductor", formatFinding(finding));
    draft.status("blocked", `${policyPath} on ${base.name} is invalid; fix it on the default branch and re-add the label`);
    await draft.flush();
    return { ok: false, reason: `${policyPath} is invalid` };
  }
  const planFirst = policy.kind === "valid" && policy.policy.merge?.planApproval === "required";
  await forge.ensureBranch(repo, branch, base.sha);
  const file = await forge.ensureFile(repo, branch, path, yaml, `Add work order ${workOrder.id} from #${issue.number}`);
  const check = await forge.ensureCheckRun(repo, {
    name: workOrderCheckName,
    headSha: file.value.commitSha,
    status: "in_progress",
    externalId: runId,
    output: planFirst ? { title: `Work order ${workOrder.id}: waiting for plan approval`, summary: `Run \`${runId}\` on \`${branch}\`: the coordinator and architect post the plan in the run document on issue #${issue.number}; a write user comments \`/shopfloor approve\` there to implement it.` } : { title: `Work order ${workOrder.id}: queued for an implementer`, summary: `Run \`${runId}\` on \`${branch}\`; the run document is on issue #${issue.number}.` }
  });
  if (check.created) {
    await forge.dispatchWorkflow(repo, settings.implementWorkflow, base.name, { work_order: workOrder.id, branch, run_id: runId, issue: String(issue.number), phase: planFirst ? "plan" : "implement" });
  }
  draft.line("conductor", `Committed ${path} at ${file.value.commitSha.slice(0, 7)}; dispatched ${settings.implementWorkflow}${planFirst ? " for the plan only" : ""} (waiting for a runner).`);
  draft.mark("conductor", "done");
  if (planFirst) for (const body of planApprovalRequired(issue.number, file.value.commitSha)) draft.apply(body);
  else draft.status("waiting", "waiting for a runner to pick up the implement job");
  await draft.flush();
  return { ok: true, workOrderId: workOrder.id, runId, branch, headSha: file.value.commitSha, dispatched: check.created };
}
async function refuseUntrustedCommands(deps, repo, issue, workOrder) {
  const commands = workOrder.acceptance.commands ?? [];
  if (commands.length === 0 || issue.authorAppId === deps.settings.appId) return { workOrder, dropped: 0, permission: "admin" };
  const permission = await deps.forge.getPermission(repo, issue.author);
  if (atLeast(permission, "write")) return { workOrder, dropped: 0, permission };
  const criteria = [...workOrder.acceptance.criteria ?? [], ...commands.map((command) => `\`${command.run}\` passes (proposed by the issue author; not run as a gate)`)];
  return { workOrder: { ...workOrder, acceptance: { criteria } }, dropped: commands.length, permission };
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
function renderRefusedCheck(headSha, message, detailsUrl) {
  return {
    status: "completed",
    conclusion: "action_required",
    detailsUrl,
    output: { title: "GitHub refused the merge", summary: `Every Shopfloor requirement is met for \`${headSha.slice(0, 7)}\`, but GitHub refused: ${message}

To fix: resolve it (a conflict: rebase the agent branch, which re-runs the gates), then push or comment \`/shopfloor unhold\`.` }
  };
}

// src/core/github/hold-records.ts
var recordPattern2 = /^<!-- shopfloor:(hold|unhold) user=([A-Za-z0-9-]+(?:\[bot\])?) sha=[0-9a-f]{40} -->$/gm;
function readHolds(comments, ownAppId) {
  let hold2;
  for (const comment of comments) {
    if (comment.appId !== ownAppId) continue;
    for (const match of comment.body.matchAll(recordPattern2)) hold2 = match[1] === "hold" ? `held by @${match[2]} with /shopfloor hold` : void 0;
  }
  return hold2 ? [hold2] : [];
}

// src/workflows/github/gather-merge-facts.ts
async function gatherMergeFacts(forge, input) {
  const pull = await forge.getPullRequest(input.repo, input.pullNumber);
  const [main, changes, comments] = await Promise.all([
    forge.getDefaultBranch(input.repo),
    forge.listPullRequestFiles(input.repo, input.pullNumber),
    forge.listIssueComments({ repo: input.repo, issueNumber: input.pullNumber })
  ]);
  const own = comments.map((comment) => ({ body: comment.body, ...comment.authorAppId !== void 0 ? { appId: comment.authorAppId } : {} }));
  return {
    workOrderId: input.workOrder.id,
    workOrderKind: input.workOrder.kind,
    workOrderHash: input.workOrderHash,
    headSha: pull.headSha,
    mainSha: main.sha,
    report: input.report && input.report.headSha === pull.headSha ? input.report : void 0,
    changes,
    // The files API shows no script diff cheaply; any package.json change is treated as a script change (admin approval).
    packageScriptsChanged: changes.some((change) => change.path === "package.json" || change.path.endsWith("/package.json")),
    approvals: approvalsForHead(readApprovals(own, input.ownAppId), pull.headSha),
    requester: input.workOrder.provenance?.requester,
    agentActor: pull.author,
    holds: readHolds(own, input.ownAppId),
    acceptanceGates: (input.workOrder.acceptance.commands ?? []).map((command) => `acceptance:${command.name}`)
  };
}

// src/core/report/parse-report.ts
function parseReport(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const truncated = text.trim().length > 0 && /end of (JSON )?input|Unterminated|Expected/.test(String(error.message)) && !text.trim().endsWith("}");
    return { ok: false, errors: [`${file} is not a VerificationReport: ${truncated ? "the JSON is truncated (the file ends early); fetch or copy it again" : `it is not valid JSON (${error.message})`}`] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { ok: false, errors: [`${file} is not a VerificationReport: expected a JSON object`] };
  const version = data.schemaVersion;
  if (version !== reportSchemaVersion) {
    return { ok: false, errors: [`${file} has ${version === void 0 ? "no schemaVersion" : `schemaVersion ${JSON.stringify(version)}`}; this shopfloor reads "${reportSchemaVersion}" only; use the shopfloor version that wrote it`] };
  }
  const parsed = verificationReportSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 10).map((issue) => {
      const path = issue.path.filter((p) => typeof p !== "symbol");
      return `${file}: ${formatFieldPath(path) || "(root)"}: ${describeZodIssue(issue, valueAt(data, path), [])}; the report was changed or written by another tool`;
    })
  };
}

// src/workflows/verify/check-report.ts
function checkReport(text, file, trusted, verifier, expectedSha) {
  const parsed = parseReport(text, file);
  if (!parsed.ok) return { ok: false, reasons: parsed.errors };
  const report = parsed.value;
  if (!report.signature) return { ok: false, report, reasons: [`${file} is unsigned; rerun \`shopfloor verify --sign\` to get a signed report`] };
  const key = trusted.find((k) => k.keyId === report.signature.keyId);
  if (!key) {
    return { ok: false, report, reasons: [`${file} is signed by key ${report.signature.keyId}, which is not trusted${trusted.length ? ` (trusted: ${trusted.map((k) => k.keyId).join(", ")})` : ": no trusted keys; list signers in the policy or pass --key"}`] };
  }
  const derived = verifier.keyIdOf(key.publicKey);
  if (derived !== void 0 && derived !== key.keyId) return { ok: false, report, reasons: [`the trusted key listed as ${key.keyId} is really ${derived}; fix the signers entry in the policy`] };
  if (derived === void 0) return { ok: false, report, reasons: [`the trusted key ${key.keyId} is not an Ed25519 public key (PEM or base64 SPKI); fix the signers entry`] };
  if (!verifier.verify(key.publicKey, signingPayload(report), report.signature.value)) {
    return { ok: false, report, reasons: [`${file}: the signature does not match the content; the report was changed after signing (or forged)`] };
  }
  if (expectedSha) {
    const wanted = expectedSha.toLowerCase();
    const matches = wanted.length >= 7 && (report.head.startsWith(wanted) || report.tree.startsWith(wanted));
    if (!matches) return { ok: false, report, reasons: [`${file} proves head ${report.head}, not ${expectedSha}; a report proves nothing about any other commit`] };
  }
  return { ok: true, report, keyId: key.keyId };
}

// src/workflows/github/read-landing-inputs.ts
var intakeCommitsSearched = 5;
async function readLandingPolicy(deps, repo) {
  const read = await readDefaultBranchPolicy(deps.forge, repo);
  if (read.kind === "absent") return { ok: false, problem: { message: `there is no ${policyPath} on the default branch, so no report signer is trusted`, fix: `add ${policyPath} with \`signers\` on the default branch (\`shopfloor init\`)` } };
  if (read.kind === "invalid") return { ok: false, problem: { message: `${policyPath} on ${read.ref} is invalid: ${firstPolicyErrors(read.findings)}`, fix: `fix ${policyPath} on ${read.ref} (\`shopfloor validate\`)` } };
  return { ok: true, value: read.policy };
}
async function readAppWorkOrder(deps, repo, pullNumber, workOrderId) {
  const { forge, settings } = deps;
  const path = `${settings.workOrderDir}/${workOrderId}.yml`;
  const commits = (await forge.listPullRequestCommits(repo, pullNumber)).slice(0, intakeCommitsSearched);
  for (const sha of commits) {
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
        workOrderHash: report.workOrder?.contentHash ?? "",
        digest: `sha256:${deps.sha256(file)}`,
        gates: report.gates.map((gate) => ({ id: gate.id, status: gate.status }))
      }
    };
  }
  return { problems };
}

// src/workflows/github/land-pull.ts
async function landPullRequest(deps, event) {
  const { forge } = deps;
  const { repo } = event;
  const pull = await forge.getPullRequestLanding(repo, event.pullNumber);
  const agent = parseAgentBranch(pull.headRef);
  if (!agent) return { kind: "ignored", reason: `${pull.headRef} is not a Shopfloor agent branch` };
  if (pull.merged || pull.state !== "open") return { kind: "ignored", reason: pull.merged ? "already merged" : "the pull request is closed" };
  const policy = await readLandingPolicy(deps, repo);
  if (!policy.ok) return hold(deps, repo, pull, [], [policy.problem]);
  const workOrder = await readAppWorkOrder(deps, repo, pull.number, agent.workOrderId);
  if (!workOrder.ok) return hold(deps, repo, pull, [], [workOrder.problem]);
  const gates = checkGatesReports(deps, await forge.listCheckRuns(repo, pull.headSha, gatesCheckName), policy.value, pull.headSha);
  const facts = await gatherMergeFacts(forge, { repo, pullNumber: pull.number, ownAppId: deps.settings.appId, workOrder: workOrder.value.workOrder, workOrderHash: workOrder.value.hash, report: gates.report });
  const decision = decideMerge(facts, policy.value);
  if (decision.action === "hold") return hold(deps, repo, { ...pull, headSha: facts.headSha }, decision.reasons, gates.problems);
  const queued = policy.value.merge.queue === "github";
  if (pull.draft) await forge.markPullRequestReady(repo, pull.nodeId);
  await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderMergingCheck(decision.expectedHeadSha, decision.reportDigest, queued));
  if (queued) {
    const entered = await forge.enqueuePullRequest(repo, pull.nodeId, decision.expectedHeadSha);
    if (entered.enqueued) return { kind: "enqueued", headSha: decision.expectedHeadSha };
    await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderRefusedCheck(decision.expectedHeadSha, entered.message, pull.url));
    return { kind: "refused", headSha: decision.expectedHeadSha, message: entered.message };
  }
  const message = renderMergeMessage(`Merge work order ${agent.workOrderId} (#${pull.number})`, { workOrder: agent.workOrderId, reportDigest: decision.reportDigest, agentBranch: pull.headRef });
  const [title = "", ...rest] = message.split("\n");
  const merged = await forge.mergePullRequest(repo, pull.number, { sha: decision.expectedHeadSha, method: decision.method, title, message: rest.join("\n").trim() });
  if (merged.merged) return { kind: "merged", headSha: decision.expectedHeadSha, sha: merged.sha };
  if (merged.reason === "head-moved") {
    deps.log?.(`#${pull.number}: ${merged.message}; the next event for the new head decides again`);
    return { kind: "head-moved", headSha: decision.expectedHeadSha, message: merged.message };
  }
  await ensureMergeCheck(deps, repo, decision.expectedHeadSha, renderRefusedCheck(decision.expectedHeadSha, merged.message, pull.url));
  return { kind: "refused", headSha: decision.expectedHeadSha, message: merged.message };
}
async function ensureMergeCheck(deps, repo, headSha, state) {
  await deps.forge.ensureCheckRun(repo, { name: mergeCheckName, headSha, ...state });
}
async function hold(deps, repo, pull, reasons, problems) {
  await ensureMergeCheck(deps, repo, pull.headSha, renderHoldCheck(pull.headSha, reasons, problems, pull.url));
  return { kind: "held", headSha: pull.headSha, reasons, problems };
}

// src/workflows/github/run-comment.ts
async function findRunComment(deps, repo, places, runId) {
  const marker = `${runCommentMarker(runId)}
`;
  for (const issueNumber of [...new Set(places)]) {
    const target = { repo, issueNumber };
    const comment = (await deps.forge.listIssueComments(target)).find((c) => c.authorAppId === deps.settings.appId && c.body.startsWith(marker));
    if (!comment) continue;
    const parsed = readEmbeddedRunState(comment.body);
    if (!parsed.ok) return { ok: false, reason: `run \`${runId}\`'s tracking comment cannot be read: ${parsed.error}` };
    return { ok: true, value: { target, commentId: comment.id, document: parsed.document } };
  }
  return { ok: false, reason: `no tracking comment for run \`${runId}\` on ${places.map((n) => `#${n}`).join(" or ")}` };
}
function runDocumentPlaces(pullNumber, workOrderId) {
  const issue = /^issue-(\d+)$/.exec(workOrderId);
  return [...issue ? [Number(issue[1])] : [], ...pullNumber !== void 0 ? [pullNumber] : []];
}
async function writeRunComment(deps, run, patches, patchPrefix) {
  let document = run.document;
  patches.forEach((item, index) => {
    const patch = "runId" in item ? item : { ...item, runId: document.runId, patchId: `${patchPrefix}-${index + 1}`, source: "system" };
    const result = applyPatch(document, patch);
    if (!result.ok) throw new Error(`run ${document.runId}: ${result.reason}`);
    document = result.document;
  });
  await deps.forge.updateIssueComment(run.target.repo, run.commentId, renderRunComment(document));
  return document;
}

// src/workflows/github/approve-plan.ts
async function approvePlan(deps, approval) {
  const { forge, settings } = deps;
  const { repo, issueNumber } = approval;
  const workOrderId = workOrderIdForIssue(issueNumber);
  const { branch, runId } = issueRunIdentity(repo, issueNumber, workOrderId, deps.sha256);
  const found = await findRunComment(deps, repo, [issueNumber], runId);
  if (!found.ok) return { allowed: false, text: `Not done: nothing on this issue waits for a plan approval (${found.reason}). To approve an agent's work, comment on its pull request.` };
  const { document } = found.value;
  const state = planApprovalState(document);
  if (state.kind === "approved") return { allowed: true, text: `The plan of run \`${runId}\` was already approved by @${state.by}; the implement phase was dispatched then, not again.` };
  if (state.kind === "not-required") return { allowed: false, text: `Not done: run \`${runId}\` does not wait for a plan approval. To approve the agent's work, comment on its pull request.` };
  if (finalRunStatuses.includes(document.status)) return { allowed: false, text: `Not done: run \`${runId}\` has ended (${document.status}); add the \`shopfloor\` label again to start over.` };
  const base = await forge.getDefaultBranch(repo);
  await forge.dispatchWorkflow(repo, settings.implementWorkflow, base.name, { work_order: workOrderId, branch, run_id: runId, issue: String(issueNumber), phase: "implement" });
  await writeRunComment(deps, found.value, planApproved(approval.user, approval.permission), `plan-approved-${approval.user}`);
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
  const found = request.run ? { ok: true, value: request.run } : await findRunComment(deps, repo, runDocumentPlaces(pull.number, agent.workOrderId), runId);
  const run = found.ok ? found.value : void 0;
  if (run && pendingRetry(run.document) === dispatchKey) {
    const picked = readRunDirectives(getSection(run.document, "user").canon).filter((d) => d.pickedUpBy === dispatchKey);
    return { sent: false, directives: picked.map(directiveKey), recorded: true };
  }
  const open = run && !finalRunStatuses.includes(run.document.status);
  const pickUp = run ? planPickUp(run.document, dispatchKey) : void 0;
  const keys = pickUp?.keys ?? [];
  const base = await deps.forge.getDefaultBranch(repo);
  await deps.forge.dispatchWorkflow(repo, deps.settings.implementWorkflow, base.name, { work_order: agent.workOrderId, branch: pull.headRef, run_id: runId, retry: "true", issue: String(run?.target.issueNumber ?? pull.number) });
  if (!run || !open) {
    const note = run ? `run \`${runId}\` has ended (${run.document.status}), so its directives stay listed as pending` : `${found.ok ? "" : found.reason}; no directives went with it`;
    return { sent: true, directives: keys, recorded: false, note };
  }
  await writeRunComment(deps, run, [...pickUp ? [pickUp.patch] : [], retryDispatchedStatus(dispatchKey)], `retry-${dispatchKey}`);
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
  const found = await findRunComment(deps, event.repo, runDocumentPlaces(pull.number, agent.workOrderId), runId);
  if (!found.ok) {
    await forge.ensureComment({ repo: event.repo, issueNumber: pull.number }, `directive-unrecorded/${key}`, `Shopfloor did not record [this ${event.source.replace("-", " ")}](${event.url}) as a directive for the agent: ${found.reason}. Repeat it after the run document is back, or start a new run.`);
    return { kind: "ignored", reason: found.reason };
  }
  if (finalRunStatuses.includes(found.value.document.status)) return { kind: "ignored", reason: `run \`${runId}\` has ended (${found.value.document.status})` };
  const patch = planAddDirective(found.value.document, { source: event.source, id: event.id, author: event.author.login, url: event.url, text });
  if (!patch) return { kind: "directive", runId, added: false };
  const document = await writeRunComment(deps, found.value, [patch], `directive-${key}`);
  const policy = await readDefaultBranchPolicy(forge, event.repo);
  if (policy.kind !== "valid" || !policy.policy.agents?.autoRetryOnDirective || pendingRetry(document)) return { kind: "directive", runId, added: true };
  const retry = await retryRun(deps, { repo: event.repo, pull, agent, dispatchKey: `auto-${key}`, run: { ...found.value, document } });
  return { kind: "directive", runId, added: true, ...retry.sent ? { retry: `auto-${key}` } : {} };
}

// src/workflows/github/handle-comment.ts
async function handleComment(deps, event) {
  const { forge, settings } = deps;
  const { repo, comment } = event;
  const ignored = ignoredActor(comment.author, settings.appId, settings.allowedBotAppIds);
  if (ignored) return { kind: "ignored", reason: ignored };
  const parsed = parseCommands(comment.body);
  if (parsed.commands.length === 0 && parsed.unknown.length === 0) {
    if (!event.isPullRequest) return { kind: "ignored", reason: "a plain comment on an issue" };
    const directive = await recordDirective(deps, { repo, pullNumber: event.issue.number, source: "comment", id: comment.id, url: `https://github.com/${repo}/pull/${event.issue.number}#issuecomment-${comment.id}`, body: comment.body, author: comment.author });
    return directive.kind === "directive" ? { kind: "directive", runId: directive.runId } : directive;
  }
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
  if (pull && replies.some((r) => r.allowed && (r.command === "approve" || r.command === "unhold"))) await landPullRequest(deps, { repo, pullNumber: pull.number });
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
      const result = await intakeIssue(deps, { repo: event.repo, issue: event.issue });
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

// src/entrypoints/probot/canary-handlers.ts
function registerCanaryHandlers(app, wiring) {
  const workflow = wiring.settings.canaryWorkflow;
  app.on("workflow_run.completed", async (context) => {
    const { workflow_run: run, repository } = context.payload;
    if (run.path.split("@")[0].split("/").pop() !== workflow) return;
    if (run.conclusion !== "failure" || run.head_branch !== repository.default_branch) return;
    if (run.head_repository && run.head_repository.full_name !== repository.full_name) return;
    if (!["push", "schedule", "workflow_dispatch"].includes(run.event)) return;
    if (run.event === "workflow_dispatch" && run.triggering_actor?.type === "Bot") return;
    const repo = repository.full_name;
    const ctx = context;
    await wiring.dispatch(ctx, `${repo}#canary`, () => handleCanaryRed(wiring.depsFor(ctx), { repo, redSha: run.head_sha, runUrl: run.html_url }));
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
  const short4 = entry.headSha.slice(0, 7);
  await forge.ensureCheckRun(event.repo, approved ? { name: mergeCheckName, headSha: event.headSha, status: "completed", conclusion: "success", output: { title: `Shopfloor approved #${entry.pullNumber} at ${short4}`, summary: `#${entry.pullNumber} entered the queue at \`${short4}\`, the head Shopfloor's signed report and approvals cover.` } } : { name: mergeCheckName, headSha: event.headSha, status: "completed", conclusion: "action_required", detailsUrl: pull.url, output: { title: `Shopfloor has not approved #${entry.pullNumber} at ${short4}`, summary: `#${entry.pullNumber} entered the queue at \`${short4}\`, but Shopfloor's \`${mergeCheckName}\` check on that head did not pass. To fix: remove it from the queue; Shopfloor enqueues it itself once the \`${mergeCheckName}\` check on the pull request lists nothing missing.` } });
  return { kind: "checked", approved };
}

// src/entrypoints/probot/merge-handlers.ts
function registerMergeHandlers(app, wiring) {
  const land = (context, repo, pullNumber) => wiring.dispatch(context, `${repo}#${pullNumber}`, () => landPullRequest(wiring.depsFor(context), { repo, pullNumber }));
  const agentPull = async (context, repo, pulls, branch) => {
    const listed = (pulls ?? []).find((pull) => parseAgentBranch(pull.head.ref));
    if (listed) return listed.number;
    if (!branch || !parseAgentBranch(branch)) return void 0;
    return wiring.depsFor(context).forge.findOpenPullRequest(repo, branch);
  };
  app.on(["pull_request.opened", "pull_request.reopened", "pull_request.synchronize", "pull_request.ready_for_review"], async (context) => {
    const { pull_request: pull, repository } = context.payload;
    if (!parseAgentBranch(pull.head.ref) || pull.head.repo?.full_name !== repository.full_name) return;
    await land(context, repository.full_name, pull.number);
  });
  app.on("check_run.completed", async (context) => {
    const { check_run: run, repository } = context.payload;
    if (run.name !== gatesCheckName) return;
    const number = await agentPull(context, repository.full_name, run.pull_requests, run.check_suite?.head_branch);
    if (number !== void 0) await land(context, repository.full_name, number);
  });
  app.on("check_run.rerequested", async (context) => {
    const { check_run: run, repository } = context.payload;
    if (run.name !== mergeCheckName || run.app?.id !== wiring.depsFor(context).settings.appId) return;
    const number = await agentPull(context, repository.full_name, run.pull_requests, run.check_suite?.head_branch);
    if (number !== void 0) await land(context, repository.full_name, number);
  });
  app.on("workflow_run.completed", async (context) => {
    const { workflow_run: run, repository } = context.payload;
    const number = await agentPull(context, repository.full_name, run.pull_requests, run.head_branch);
    if (number !== void 0) await land(context, repository.full_name, number);
  });
  app.on("merge_group.checks_requested", async (context) => {
    const { merge_group: group, repository } = context.payload;
    if (!repository) return;
    await wiring.dispatch(context, `${repository.full_name}@${group.head_sha}`, () => checkMergeGroup(wiring.depsFor(context), { repo: repository.full_name, headSha: group.head_sha, headRef: group.head_ref }));
  });
}

// src/entrypoints/probot/followup-handlers.ts
function registerFollowupHandlers(app, wiring) {
  const follow = async (context, pullNumber, source, written) => {
    const body = written.body ?? "";
    if (!body.trim()) return;
    const parsed = parseCommands(body);
    if (parsed.commands.length > 0 || parsed.unknown.length > 0) return context.log.info(`${source} ${written.id} holds a /shopfloor command; commands run from PR conversation comments only`);
    const repo = context.payload.repository.full_name;
    const author = {
      login: written.user?.login ?? "",
      type: written.user?.type ?? "User",
      ...written.performed_via_github_app ? { appId: written.performed_via_github_app.id } : {}
    };
    await wiring.dispatch(context, `${repo}#${pullNumber}`, () => recordDirective(wiring.depsFor(context), { repo, pullNumber, source, id: written.id, url: written.html_url, body, author }));
  };
  app.on("pull_request_review_comment.created", async (context) => {
    await follow(context, context.payload.pull_request.number, "review-comment", context.payload.comment);
  });
  app.on("pull_request_review.submitted", async (context) => {
    await follow(context, context.payload.pull_request.number, "review", context.payload.review);
  });
}

// src/entrypoints/probot-app.ts
var issueFacts = (issue) => ({
  number: issue.number,
  title: issue.title,
  body: issue.body ?? "",
  author: issue.user?.login ?? "",
  labels: (issue.labels ?? []).map((label2) => typeof label2 === "string" ? label2 : label2.name ?? ""),
  ...issue.html_url ? { url: issue.html_url } : {},
  ...issue.performed_via_github_app ? { authorAppId: issue.performed_via_github_app.id } : {}
});
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function createShopfloorApp(options) {
  const queue = createKeyedQueue();
  const deliveries = createDeliveryLog();
  const retry = options.retry ?? { sleep, attempts: 3, maxDelayMs: 5e3 };
  const answerWithin = options.answerWithinMs ?? 8e3;
  const appFunction = (app, _options) => {
    const depsFor = (context) => {
      const forge = createGitHubForge({ request: context.octokit.request, retry, ownAppId: options.settings.appId });
      const ownComments = { ...forge, listIssueComments: async (target) => (await forge.listIssueComments(target)).filter((c) => c.authorAppId === options.settings.appId) };
      return {
        forge,
        settings: options.settings,
        now: options.now ?? (() => (/* @__PURE__ */ new Date()).toISOString()),
        sha256: (text) => createHash("sha256").update(text).digest("hex"),
        trackingSink: (target) => createCommentSink({ forge: ownComments, target, clock: createSystemClock(), onError: (error) => context.log.warn({ err: error }, "tracking comment write failed") }),
        log: (message) => context.log.info(message),
        verifier: ed25519Verifier
      };
    };
    const dispatch = async (context, key, work) => {
      if (!deliveries.firstTime(`${context.id}|${key}`)) return context.log.info(`delivery ${context.id} already handled; ignoring the redelivery`);
      const done = queue.run(key, work);
      done.catch((error) => context.log.error({ err: error }, `shopfloor: ${context.name} for ${key} failed`));
      await Promise.race([done, sleep(answerWithin)]);
    };
    app.on("issues.labeled", async (context) => {
      if (context.payload.label?.name !== shopfloorLabel) return;
      const repo = context.payload.repository.full_name;
      const issue = issueFacts(context.payload.issue);
      await dispatch(context, `${repo}#${issue.number}`, () => intakeIssue(depsFor(context), { repo, issue }));
    });
    app.on("issue_comment.created", async (context) => {
      const { comment, issue, repository } = context.payload;
      const author = {
        login: comment.user?.login ?? "",
        type: comment.user?.type ?? "User",
        ...comment.performed_via_github_app ? { appId: comment.performed_via_github_app.id } : {}
      };
      const event = { repo: repository.full_name, issue: issueFacts(issue), isPullRequest: Boolean(issue.pull_request), comment: { id: comment.id, body: comment.body ?? "", author } };
      await dispatch(context, `${event.repo}#${issue.number}`, () => handleComment(depsFor(context), event));
    });
    registerCanaryHandlers(app, { settings: options.settings, depsFor, dispatch });
    registerMergeHandlers(app, { dispatch, depsFor });
    registerFollowupHandlers(app, { depsFor, dispatch });
  };
  return Object.assign(appFunction, { idle: queue.idle });
}
function settingsFromEnv(env) {
  const appId = Number(env.APP_ID);
  if (!Number.isSafeInteger(appId) || appId <= 0) throw new Error('APP_ID is not set to the GitHub App id; copy .env.example to .env and fill it in (see README "GitHub App")');
  return {
    appId,
    implementWorkflow: env.SHOPFLOOR_IMPLEMENT_WORKFLOW || defaultAppSettings.implementWorkflow,
    allowedBotAppIds: (env.SHOPFLOOR_ALLOWED_BOT_APP_IDS ?? "").split(",").map((id) => Number(id.trim())).filter((id) => Number.isSafeInteger(id) && id > 0),
    workOrderDir: defaultAppSettings.workOrderDir,
    canaryWorkflow: env.SHOPFLOOR_CANARY_WORKFLOW || defaultAppSettings.canaryWorkflow
  };
}
function shopfloorProbotApp(app, options) {
  createShopfloorApp({ settings: settingsFromEnv(process.env) })(app, options);
  options?.addHandler?.((req, res) => {
    if (req.url !== "/shopfloor/health") return false;
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return true;
  });
}

export {
  decideMerge,
  parseReport,
  checkReport,
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
};
