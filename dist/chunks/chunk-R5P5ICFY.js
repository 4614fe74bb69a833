import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  trainPlaceLines
} from "./chunk-YK3QSR6F.js";
import {
  escapeLine,
  getSection,
  parseRunDocument,
  renderRunDocument,
  sectionTitles
} from "./chunk-4LBIUF4J.js";

// src/core/github/run-state.ts
var actionsRunUrlPattern = /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+$/;
var claimLeaseMs = 12e4;
var seenKept = 200;
var schema = "shopfloor.run-state/v1";
function runStateRef(runId) {
  return `refs/shopfloor/runs/${runId}`;
}
function withSeen(state, key) {
  return state.seen.includes(key) ? state.seen : [...state.seen, key].slice(-seenKept);
}
function encodeRunState(state, writer) {
  const { document, ...rest } = state;
  const body = JSON.stringify({ schema, ...rest, document: renderRunDocument(document) });
  return `Shopfloor run ${document.runId}: revision ${document.revision}, ${document.status}${writer ? ` (by ${writer.replace(/\s+/g, " ")})` : ""}

${body}
`;
}
function decodeRunState(message) {
  const start = message.indexOf("\n\n");
  let raw;
  try {
    raw = JSON.parse(message.slice(start + 2));
  } catch {
    return { ok: false, error: "the run state commit carries no JSON body (it was not written by Shopfloor)" };
  }
  const value = raw;
  if (start < 0 || value?.schema !== schema) return { ok: false, error: `the run state commit is not ${schema}` };
  if (typeof value.document !== "string" || !Number.isSafeInteger(value.attempt) || !Array.isArray(value.seen)) return { ok: false, error: "the run state commit lacks its document, attempt or seen list" };
  const parsed = parseRunDocument(value.document);
  if (!parsed.ok) return { ok: false, error: `the run document in the run state commit is unreadable: ${parsed.error}` };
  return {
    ok: true,
    state: {
      document: parsed.document,
      attempt: value.attempt,
      seen: value.seen.filter((k) => typeof k === "string"),
      ...isClaim(value.intake) ? { intake: value.intake } : {},
      ...isView(value.view) ? { view: value.view } : {}
    }
  };
}
function isClaim(value) {
  const claim = value;
  return typeof claim?.by === "string" && typeof claim.at === "string" && Number.isSafeInteger(claim.attempt) && (claim.step === "claimed" || claim.step === "dispatched");
}
function isView(value) {
  const view = value;
  return Number.isSafeInteger(view?.issueNumber) && (view.commentId === void 0 || Number.isSafeInteger(view.commentId)) && (view.actionsRunUrl === void 0 || typeof view.actionsRunUrl === "string" && actionsRunUrlPattern.test(view.actionsRunUrl));
}

// src/core/run-document/run-comment-marker.ts
function runCommentMarker(runId) {
  return `<!-- shopfloor:run-document run=${runId} -->`;
}

// src/core/run-document/embedded-run-state.ts
var runStateOpener = "<!-- shopfloor:run-state";
var terminalLinesKept = 50;
function embedRunState(document, maxChars) {
  const candidates = [trimTerminal(document, terminalLinesKept), withoutBulk(document)];
  for (const candidate of candidates) {
    const trailer = `
${runStateOpener}
${encode(renderRunDocument(candidate))}-->
`;
    if (trailer.length <= maxChars) return trailer;
  }
  return "";
}
function readEmbeddedRunState(commentBody) {
  const start = commentBody.lastIndexOf(`
${runStateOpener}
`);
  if (start < 0) return { ok: false, error: "the comment carries no embedded run state (it was written by an older Shopfloor or was too large)" };
  const from = start + runStateOpener.length + 2;
  const end = commentBody.indexOf("-->", from);
  if (end < 0 || end !== commentBody.length - 4 || !commentBody.endsWith("-->\n")) return { ok: false, error: "the embedded run state is not the end of the comment (the comment may be truncated or edited)" };
  const parsed = parseRunDocument(decode(commentBody.slice(from, end)));
  if (!parsed.ok) return { ok: false, error: `the embedded run state is unreadable: ${parsed.error}` };
  if (!commentBody.startsWith(`${runCommentMarker(parsed.document.runId)}
`)) return { ok: false, error: `the embedded run state is for run "${parsed.document.runId}", not the run this comment is marked for` };
  return parsed;
}
function encode(text) {
  return text.replace(/[%>]/g, (c) => c === "%" ? "%25" : "%3E");
}
function decode(text) {
  return text.replace(/%3E|%25/g, (c) => c === "%25" ? "%" : ">");
}
function trimTerminal(document, keep) {
  const cut = (text) => {
    const lines = text.split("\n");
    const ended = text.endsWith("\n");
    const body = ended ? lines.slice(0, -1) : lines;
    return body.length <= keep ? text : `${body.slice(-keep).join("\n")}${ended ? "\n" : ""}`;
  };
  return { ...document, sections: document.sections.map((s) => s.id === "terminal" ? { id: s.id, state: s.state, canon: cut(s.canon), ...s.proposal !== void 0 ? { proposal: cut(s.proposal) } : {} } : s) };
}
function withoutBulk(document) {
  return { ...document, sections: document.sections.map((s) => ({ id: s.id, state: s.state, canon: s.id === "terminal" ? "" : s.canon })) };
}

// src/core/run-document/render-section-markdown.ts
var opening = /^( {0,3})(`{3,}|~{3,})(.*)$/;
function renderSectionMarkdown(lines, neutralize2) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const open = opening.exec(line);
    const backtickInfo = open && open[2].startsWith("`") && open[3].includes("`");
    const close = open && !backtickInfo ? findClose(lines, i + 1, open[2]) : -1;
    if (close < 0) {
      out.push(neutralize2(escapeLine(line)));
      continue;
    }
    out.push(line);
    for (const inner of lines.slice(i + 1, close)) out.push(neutralize2(inner.replace(/^([ \t]*)(\\*<!--)/, "$1\\$2")));
    out.push(lines[close]);
    i = close;
  }
  return out;
}
function findClose(lines, from, marker) {
  const closing = new RegExp(`^ {0,3}${marker[0] === "`" ? "`" : "~"}{${marker.length},}[ \\t]*$`);
  for (let i = from; i < lines.length; i++) if (closing.test(lines[i])) return i;
  return -1;
}

// src/core/run-document/proposal-diff.ts
function diffProposal(canon, proposal) {
  const before = splitLines(canon);
  const after = splitLines(proposal);
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const same = (text) => ({ kind: "same", text });
  return [
    ...before.slice(0, head).map(same),
    ...before.slice(head, before.length - tail).map((text) => ({ kind: "removed", text })),
    ...after.slice(head, after.length - tail).map((text) => ({ kind: "added", text })),
    ...before.slice(before.length - tail).map(same)
  ];
}
function splitLines(text) {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// src/core/run-document/render-comment.ts
var githubCommentLimit = 65536;
var statusBadge = {
  initializing: "\u23F3 Initializing",
  running: "\u{1F504} Running",
  waiting: "\u23F8\uFE0F Waiting",
  completing: "\u{1F3C1} Completing",
  completed: "\u2705 Completed",
  failed: "\u274C Failed",
  blocked: "\u26D4 Blocked"
};
var stateBadge = { pending: "\u25CB", active: "\u25CF", done: "\u2713", failed: "\u2717" };
var phaseNote = { pending: "", active: " \u2014 running", done: "", failed: " \u2014 failed" };
function renderRunComment(document, options = {}) {
  const limit = options.maxChars ?? githubCommentLimit;
  const state = options.embedState === false ? "" : embedRunState(document, Math.floor(limit * 0.45));
  return renderVisible(document, { ...options, maxChars: limit - state.length }) + state;
}
function renderVisible(document, options) {
  const max = options.maxChars ?? githubCommentLimit;
  const terminal = splitLines(terminalText(getSection(document, "terminal")));
  const full = compose(document, { dropTerminal: 0, proposals: true }, options);
  if (full.length <= max) return full;
  let low = 1;
  let high = terminal.length;
  if (compose(document, { dropTerminal: high, proposals: true }, options).length <= max) {
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (compose(document, { dropTerminal: mid, proposals: true }, options).length <= max) high = mid;
      else low = mid + 1;
    }
    return compose(document, { dropTerminal: high, proposals: true }, options);
  }
  const canonOnly = compose(document, { dropTerminal: terminal.length, proposals: false }, options);
  if (canonOnly.length <= max) return canonOnly;
  const note = `

\u2026 cut at ${max.toLocaleString("en-US")} characters; the full document is in the run store${options.fullLogUrl ? ` and at ${options.fullLogUrl}` : ""}.
`;
  return canonOnly.slice(0, Math.max(0, max - note.length)) + note;
}
function compose(document, cut, options) {
  const checklist = document.sections.map((s) => `- [${s.state === "done" ? "x" : " "}] ${sectionTitles[s.id]}${phaseNote[s.state]}`).join("\n");
  const detail = document.statusDetail ? ` \u2014 ${inline(document.statusDetail)}` : "";
  const link = options.fullLogUrl ? ` \xB7 [Actions run](${options.fullLogUrl})` : options.workflowUrl ? ` \xB7 [Actions run](${options.workflowUrl}) (not started yet: the workflow's runs)` : "";
  const out = [runCommentMarker(document.runId), `### ${statusBadge[document.status]}: ${inline(document.objective)}`, "", `Revision ${document.revision}${detail}${link}`, "", checklist];
  if (options.train) out.push("", "#### Merge train", "", ...trainMarkdown(options.train));
  for (const section of document.sections) {
    const body = section.id === "terminal" ? terminalBlock(section, cut.dropTerminal, options) : sectionBlock(section, cut.proposals);
    if (body) out.push("", `#### ${sectionTitles[section.id]} ${stateBadge[section.state]}`, "", body);
  }
  return `${out.join("\n")}
`;
}
function trainMarkdown(place) {
  return trainPlaceLines(place).map((line) => {
    const url = /^Evidence link: (https:\/\/\S+)$/.exec(line)?.[1];
    return url && !/[()\s<>]/.test(url) ? `- [Evidence](${url})` : `- ${inline(line)}`;
  });
}
function sectionBlock(section, withProposal) {
  const canon = renderSectionMarkdown(splitLines(section.canon), neutralize).join("\n");
  if (section.proposal === void 0) return canon;
  if (!withProposal) return `${canon}${canon ? "\n\n" : ""}_A proposal is pending (left out to fit GitHub's size limit)._`;
  return [canon, `Proposal (not yet accepted):`, fence("diff", diffProposal(section.canon, section.proposal).map(diffLine))].filter(Boolean).join("\n\n");
}
function terminalBlock(section, drop, options) {
  const lines = splitLines(terminalText(section));
  if (lines.length === 0) return "";
  const kept = lines.slice(drop);
  const note = drop > 0 ? `_${drop.toLocaleString("en-US")} earlier line${drop === 1 ? "" : "s"} left out to fit GitHub's size limit${options.fullLogUrl ? `; [full log](${options.fullLogUrl})` : "; the full log is in the run store"}._

` : "";
  return note + fence("text", kept);
}
function terminalText(section) {
  return section.proposal ?? section.canon;
}
function diffLine(line) {
  return `${line.kind === "added" ? "+" : line.kind === "removed" ? "-" : " "}${line.text}`;
}
function fence(info, lines) {
  const longest = Math.max(2, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  const ticks = "`".repeat(longest + 1);
  return [`${ticks}${info}`, ...lines, ticks].join("\n");
}
function inline(text) {
  return neutralize(text.replace(/[\\`*_[\]<>#!|~]/g, "\\$&"));
}
function neutralize(text) {
  return text.replace(/@(?=[A-Za-z0-9])/g, "@\u2060");
}

// src/workflows/github/update-run-state.ts
var maxTries = 25;
async function readRunState(deps, repo, runId, known) {
  const commit = await deps.runs.readRunRef(repo, runStateRef(runId), known?.commit);
  if (!commit) return { ok: true, value: void 0 };
  if (known && commit === known.commit) return { ok: true, value: known };
  const decoded = decodeRunState(commit.message);
  if (!decoded.ok) return { ok: false, reason: `${runStateRef(runId)} at ${commit.sha.slice(0, 12)}: ${decoded.error}` };
  if (decoded.state.document.runId !== runId) return { ok: false, reason: `${runStateRef(runId)} holds run "${decoded.state.document.runId}"` };
  return { ok: true, value: { state: decoded.state, commit } };
}
async function updateRunState(deps, repo, runId, plan, known, beforeWrite, tree) {
  let current = known === "absent" ? void 0 : known;
  let fresh = known === void 0;
  for (let attempt = 1; attempt <= maxTries; attempt++) {
    if (fresh) {
      const read = await readRunState(deps, repo, runId);
      if (!read.ok) return read;
      current = read.value;
    }
    fresh = true;
    const next = plan(current);
    if (!next) return { ok: true, value: current, written: false };
    const before = current?.state.document.revision ?? -1;
    if (next.document.revision <= before) throw new Error(`run ${runId}: a run state write must raise the revision (from ${before}, got ${next.document.revision})`);
    await beforeWrite?.(next, current);
    const write = await deps.runs.advanceRunRef(repo, runStateRef(runId), encodeRunState(next, deps.handler), current?.commit, tree);
    if (write.ok) return { ok: true, value: { state: next, commit: write.commit }, written: true };
    deps.onConflict?.(runId);
  }
  return { ok: false, reason: `${runStateRef(runId)} kept moving: ${maxTries} writes in a row lost the race; try again` };
}

// src/core/github/run-waits.ts
var retryDetail = /^retry ([A-Za-z0-9-]{1,100}) dispatched\b/;
var planRequiredLine = "Plan approval required:";
var planApprovedLine = /^Plan approved by @([A-Za-z0-9-]+)/m;
function retryDispatchedStatus(dispatchKey) {
  return { kind: "set-status", status: "waiting", detail: `retry ${dispatchKey} dispatched; waiting for a runner to pick it up` };
}
function pendingRetry(document) {
  return document.status === "waiting" ? retryDetail.exec(document.statusDetail)?.[1] : void 0;
}
function planApprovalRequired(issueNumber, checkSha) {
  return [
    { kind: "append-log-line", section: "conductor", target: "canon", text: `${planRequiredLine} the coordinator and architect post the plan here first; a write user comments \`/shopfloor approve\` on issue #${issueNumber} to implement it (work order commit ${checkSha}).` },
    { kind: "set-status", status: "waiting", detail: "waiting for plan approval" }
  ];
}
function planApproved(user, permission) {
  return [
    { kind: "append-log-line", section: "conductor", target: "canon", text: `Plan approved by @${user} (${permission}); dispatched the implement phase.` },
    { kind: "set-status", status: "waiting", detail: "plan approved; waiting for a runner to pick up the implement job" }
  ];
}
function planApprovalState(document) {
  const conductor = getSection(document, "conductor").canon;
  const approved = planApprovedLine.exec(conductor);
  if (approved) return { kind: "approved", by: approved[1] };
  const required = conductor.split("\n").find((line) => line.startsWith(planRequiredLine));
  if (!required) return { kind: "not-required" };
  const sha = /\(work order commit ([0-9a-f]{40})\)\.$/.exec(required)?.[1];
  return sha ? { kind: "waiting", checkSha: sha } : { kind: "waiting" };
}

// src/core/github/run-directives.ts
function directiveKey(directive) {
  return `${directive.source}-${directive.id}`;
}
var linePattern = /^- \[( |x)\] @([A-Za-z0-9-]+(?:\[bot\])?) in \[(comment|review-comment|review) (\d+)\]\((https:\/\/[^\s()<>]+)?\)(?:, picked up by ([A-Za-z0-9-]{1,100}))?: (.*)$/;
function renderDirectiveLine(directive) {
  const url = /^https:\/\/[^\s()<>]+$/.test(directive.url) ? directive.url : "";
  const picked = directive.pickedUpBy ? `, picked up by ${directive.pickedUpBy}` : "";
  return `- [${directive.pickedUpBy ? "x" : " "}] @${directive.author} in [${directive.source} ${directive.id}](${url})${picked}: ${oneLine(directive.text)}`;
}
function readRunDirectives(userText) {
  return userText.split("\n").flatMap((line) => {
    const m = linePattern.exec(line);
    if (!m) return [];
    return [{ source: m[3], id: Number(m[4]), author: m[2], url: m[5] ?? "", text: m[7], ...m[6] ? { pickedUpBy: m[6] } : {} }];
  });
}
function readPendingDirectivesFromRunDocument(text, dispatchKey) {
  const parsed = text.startsWith("<!-- revision:") ? parseRunDocument(text) : readEmbeddedRunState(text);
  if (!parsed.ok) return parsed;
  const key = dispatchKey ?? pendingRetry(parsed.document);
  const all = readRunDirectives(getSection(parsed.document, "user").canon);
  return { ok: true, directives: all.filter((d) => !d.pickedUpBy || key !== void 0 && d.pickedUpBy === key) };
}
function planAddDirective(document, directive) {
  const key = directiveKey(directive);
  if (readRunDirectives(getSection(document, "user").canon).some((d) => directiveKey(d) === key)) return void 0;
  return { runId: document.runId, patchId: `directive-${key}`, source: "user", kind: "append-log-line", section: "user", target: "canon", text: renderDirectiveLine({ source: directive.source, id: directive.id, author: directive.author, url: directive.url, text: directive.text }) };
}
function planPickUp(document, dispatchKey) {
  const canon = getSection(document, "user").canon;
  const waiting = pendingRetry(document);
  const keys = [];
  const next = canon.split("\n").map((line) => {
    const [directive] = readRunDirectives(line);
    if (!directive || directive.pickedUpBy && directive.pickedUpBy !== waiting) return line;
    keys.push(directiveKey(directive));
    return renderDirectiveLine({ ...directive, pickedUpBy: dispatchKey });
  });
  if (keys.length === 0) return void 0;
  return { keys, patch: { runId: document.runId, patchId: `pick-up-${dispatchKey}`, source: "system", kind: "edit", section: "user", target: "canon", ops: [{ op: "replace", count: canon.length, text: next.join("\n") }] } };
}
function releaseRetry(document, dispatchKey, reason) {
  const canon = getSection(document, "user").canon;
  const next = canon.split("\n").map((line) => {
    const [directive] = readRunDirectives(line);
    if (directive?.pickedUpBy !== dispatchKey) return line;
    const { pickedUpBy: _dropped, ...pending } = directive;
    return renderDirectiveLine(pending);
  }).join("\n");
  const detail = `retry ${dispatchKey} was not dispatched (${reason.replace(/\s+/g, " ").slice(0, 200)}); its directives are pending again`;
  const untick = next !== canon ? [{ kind: "edit", section: "user", target: "canon", ops: [{ op: "replace", count: canon.length, text: next }] }] : [];
  return [...untick, { kind: "set-status", status: "waiting", detail }];
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").replace(/<!--/g, "<!- -").replace(/-->/g, "-- >").trim().slice(0, 1e3);
}
function missingDirectivePatches(document, fromComment) {
  const have = new Set(readRunDirectives(getSection(document, "user").canon).map(directiveKey));
  return readRunDirectives(getSection(fromComment, "user").canon).filter((directive) => !have.has(directiveKey(directive))).map((directive) => ({ runId: document.runId, patchId: `directive-${directiveKey(directive)}`, source: "user", kind: "append-log-line", section: "user", target: "canon", text: renderDirectiveLine(directive) }));
}

export {
  actionsRunUrlPattern,
  claimLeaseMs,
  runStateRef,
  withSeen,
  encodeRunState,
  runCommentMarker,
  readEmbeddedRunState,
  githubCommentLimit,
  renderRunComment,
  readRunState,
  updateRunState,
  retryDispatchedStatus,
  pendingRetry,
  planApprovalRequired,
  planApproved,
  planApprovalState,
  directiveKey,
  renderDirectiveLine,
  readRunDirectives,
  readPendingDirectivesFromRunDocument,
  planAddDirective,
  planPickUp,
  releaseRetry,
  missingDirectivePatches
};
