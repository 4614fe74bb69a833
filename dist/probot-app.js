import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  __toESM,
  agentBranchName,
  applyPatch,
  checkPolicyFile,
  checkWorkOrderFile,
  createRunDocument,
  dangerousPathGlobs,
  escapeLine,
  eventForPatch,
  foldLine,
  formatFinding,
  getSection,
  hasErrors,
  matchAnyGlob,
  parseAgentBranch,
  policyPath,
  prepareGlob,
  priorities,
  require_dist,
  riskLevels,
  sanitizeUntrustedText,
  sectionTitles,
  workOrderApiVersion,
  workOrderKinds,
  workOrderSchema
} from "./chunks/chunk-TMLJMCST.js";

// src/entrypoints/probot-app.ts
import { createHash } from "node:crypto";

// src/core/github/check-output-limits.ts
var checkTextLimit = 65535;
var annotationsPerRequest = 50;
function fitCheckText(text, max = checkTextLimit) {
  if (text.length <= max) return text;
  const note = `

\u2026 cut at ${max.toLocaleString("en-US")} characters (GitHub's check-run limit).`;
  let end = Math.max(0, max - note.length);
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end) + note;
}
function batchAnnotations(annotations, size = annotationsPerRequest) {
  const batches = [];
  for (let at = 0; at < annotations.length; at += size) batches.push(annotations.slice(at, at + size));
  return batches;
}

// src/adapters/github/github-request.ts
function statusOf(error) {
  const status = error?.status;
  return typeof status === "number" ? status : void 0;
}
function headerOf(error, name) {
  const headers = error?.response?.headers;
  const value = headers?.[name];
  return value === void 0 ? void 0 : String(value);
}
function repoParams(repo) {
  const [owner, name, extra] = repo.split("/");
  if (!owner || !name || extra !== void 0) throw new Error(`"${repo}" is not an owner/name repository`);
  return { owner, repo: name };
}
async function listAll(request, route, params, maxPages = 10) {
  const items = [];
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await request(route, { ...params, per_page: 100, page });
    const list = Array.isArray(data) ? data : [];
    items.push(...list);
    if (list.length < 100) break;
  }
  return items;
}

// src/adapters/github/github-checks.ts
function stateParams(state, annotations = []) {
  if (state.status === "completed" && !state.conclusion) throw new Error("a completed check run needs a conclusion");
  return {
    status: state.status,
    ...state.conclusion ? { conclusion: state.conclusion } : {},
    ...state.detailsUrl ? { details_url: state.detailsUrl } : {},
    output: {
      title: fitCheckText(state.output.title, 255),
      summary: fitCheckText(state.output.summary),
      ...state.output.text ? { text: fitCheckText(state.output.text) } : {},
      ...annotations.length ? { annotations: annotations.map(toApiAnnotation) } : {}
    }
  };
}
function toApiAnnotation(annotation) {
  return {
    path: annotation.path,
    start_line: annotation.startLine,
    end_line: annotation.endLine,
    annotation_level: annotation.level,
    message: fitCheckText(annotation.message, 64e3),
    ...annotation.title ? { title: fitCheckText(annotation.title, 255) } : {}
  };
}
function createGitHubChecks(request) {
  const createCheckRun = async (repo, headSha, name, state, extra = {}) => {
    const { data } = await request("POST /repos/{owner}/{repo}/check-runs", { ...repoParams(repo), name, head_sha: headSha, ...extra.externalId ? { external_id: extra.externalId } : {}, ...stateParams(state, extra.annotations) });
    return { id: data.id };
  };
  const updateCheckRun = async (repo, checkRunId, state, annotations) => {
    await request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", { ...repoParams(repo), check_run_id: checkRunId, ...stateParams(state, annotations) });
  };
  const ensureCheckRun = async (repo, spec) => {
    const [first = [], ...rest] = batchAnnotations(spec.annotations ?? []);
    const { data } = await request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ...repoParams(repo), ref: spec.headSha, check_name: spec.name, filter: "latest" });
    const existing = data.check_runs?.find((run) => run.head_sha === spec.headSha);
    if (existing) {
      await updateCheckRun(repo, existing.id, spec);
      return { created: false, value: { id: existing.id } };
    }
    const { id } = await createCheckRun(repo, spec.headSha, spec.name, spec, { ...spec.externalId ? { externalId: spec.externalId } : {}, annotations: first });
    for (const batch of rest) await updateCheckRun(repo, id, spec, batch);
    return { created: true, value: { id } };
  };
  return { createCheckRun: (repo, headSha, name, state) => createCheckRun(repo, headSha, name, state), updateCheckRun: (repo, id, state) => updateCheckRun(repo, id, state), ensureCheckRun };
}

// src/core/github/forge-key.ts
var keyPattern = /^[A-Za-z0-9][A-Za-z0-9._:/#=-]{0,199}$/;
function keyMarker(key) {
  if (!keyPattern.test(key) || key.includes("--")) throw new Error(`forge key "${key.slice(0, 80)}" is not a safe marker key`);
  return `<!-- shopfloor:key=${key} -->`;
}
function withKeyMarker(key, body) {
  return `${keyMarker(key)}
${body.replace(/^<!-- shopfloor:key=[^\n]*-->\n/, "")}`;
}
function hasKeyMarker(body, key) {
  return body.startsWith(`${keyMarker(key)}
`) || body === keyMarker(key);
}

// src/adapters/github/github-comments.ts
var toComment = (data) => ({
  id: data.id,
  body: data.body ?? "",
  ...data.html_url ? { url: data.html_url } : {},
  ...data.performed_via_github_app ? { authorAppId: data.performed_via_github_app.id } : {}
});
function createGitHubComments(request, ownAppId) {
  const createIssueComment = async (target, body) => {
    const { data } = await request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repoParams(target.repo), issue_number: target.issueNumber, body });
    return toComment(data);
  };
  const updateIssueComment = async (repo, commentId, body) => {
    const { data } = await request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repoParams(repo), comment_id: commentId, body });
    return toComment(data);
  };
  const listIssueComments = async (target) => (await listAll(request, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repoParams(target.repo), issue_number: target.issueNumber })).map(toComment);
  const ensureComment = async (target, key, body) => {
    const full = withKeyMarker(key, body);
    const existing = (await listIssueComments(target)).find((comment) => hasKeyMarker(comment.body, key) && (ownAppId === void 0 || comment.authorAppId === ownAppId));
    if (!existing) return { created: true, value: await createIssueComment(target, full) };
    if (existing.body === full) return { created: false, value: existing };
    return { created: false, value: await updateIssueComment(target.repo, existing.id, full) };
  };
  const addReaction = async (repo, on, content) => {
    if ("commentId" in on) await request("POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", { ...repoParams(repo), comment_id: on.commentId, content });
    else await request("POST /repos/{owner}/{repo}/issues/{issue_number}/reactions", { ...repoParams(repo), issue_number: on.issueNumber, content });
  };
  return { createIssueComment, updateIssueComment, listIssueComments, ensureComment, addReaction };
}

// src/adapters/github/github-pulls.ts
var toPull = (pull) => ({ number: pull.number, headSha: pull.head.sha, headRef: pull.head.ref, url: pull.html_url, draft: pull.draft ?? false, author: pull.user?.login ?? "" });
var fileStatus = { added: "A", removed: "D", modified: "M", renamed: "R", copied: "C", changed: "T", unchanged: "M" };
function createGitHubPulls(request) {
  const ensurePullRequest = async (repo, spec) => {
    const params = repoParams(repo);
    const { data } = await request("GET /repos/{owner}/{repo}/pulls", { ...params, head: `${params.owner}:${spec.head}`, state: "open" });
    const existing = data.find((pull) => pull.head.ref === spec.head);
    if (existing) return { created: false, value: toPull(existing) };
    const created = await request("POST /repos/{owner}/{repo}/pulls", { ...params, head: spec.head, base: spec.base, title: spec.title, body: spec.body, draft: spec.draft });
    return { created: true, value: toPull(created.data) };
  };
  const getPullRequest = async (repo, number) => toPull((await request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repoParams(repo), pull_number: number })).data);
  const listPullRequestFiles = async (repo, number) => {
    const files = await listAll(request, "GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...repoParams(repo), pull_number: number }, 30);
    return files.map((file) => ({ status: fileStatus[file.status] ?? "M", path: file.filename, ...file.previous_filename ? { fromPath: file.previous_filename } : {}, oldMode: "100644", newMode: "100644" }));
  };
  const mergePullRequest = async (repo, number, options) => {
    try {
      const { data } = await request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge", {
        ...repoParams(repo),
        pull_number: number,
        sha: options.sha,
        merge_method: options.method,
        ...options.title ? { commit_title: options.title } : {},
        ...options.message ? { commit_message: options.message } : {}
      });
      return { merged: true, sha: data.sha };
    } catch (error) {
      const status = statusOf(error);
      const message = String(error.message ?? "");
      if (status === 409) return { merged: false, reason: "head-moved", message: `the pull request head is no longer ${options.sha.slice(0, 12)}; gates and approvals must cover the new head (${message})` };
      if (status === 405 || status === 422) return { merged: false, reason: "not-mergeable", message };
      throw error;
    }
  };
  return { ensurePullRequest, getPullRequest, listPullRequestFiles, mergePullRequest };
}

// src/adapters/github/github-refs.ts
function createGitHubRefs(request) {
  const branchSha = async (repo, branch) => {
    try {
      const { data } = await request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repoParams(repo), ref: `heads/${branch}` });
      return data.object.sha;
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  };
  const getDefaultBranch = async (repo) => {
    const { data } = await request("GET /repos/{owner}/{repo}", repoParams(repo));
    const name = data.default_branch;
    const sha = await branchSha(repo, name);
    if (!sha) throw new Error(`${repo}: the default branch ${name} has no head commit`);
    return { name, sha };
  };
  const ensureBranch = async (repo, name, fromSha) => {
    const existing = await branchSha(repo, name);
    if (existing) return { created: false, value: { sha: existing } };
    try {
      const { data } = await request("POST /repos/{owner}/{repo}/git/refs", { ...repoParams(repo), ref: `refs/heads/${name}`, sha: fromSha });
      return { created: true, value: { sha: data.object.sha } };
    } catch (error) {
      const raced = statusOf(error) === 422 ? await branchSha(repo, name) : void 0;
      if (raced) return { created: false, value: { sha: raced } };
      throw error;
    }
  };
  const readFile = async (repo, path, ref) => {
    try {
      const { data } = await request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams(repo), path, ref });
      const file = data;
      if (file.type !== "file" || file.content === void 0) return void 0;
      return { text: Buffer.from(file.content, file.encoding === "base64" ? "base64" : "utf8").toString("utf8"), sha: file.sha };
    } catch (error) {
      if (statusOf(error) === 404) return void 0;
      throw error;
    }
  };
  const ensureFile = async (repo, branch, path, content, message) => {
    const existing = await readFile(repo, path, branch);
    if (existing?.text === content) {
      const head = await branchSha(repo, branch);
      if (!head) throw new Error(`${repo}: branch ${branch} disappeared while writing ${path}`);
      return { created: false, value: { commitSha: head } };
    }
    const { data } = await request("PUT /repos/{owner}/{repo}/contents/{path}", {
      ...repoParams(repo),
      path,
      branch,
      message,
      content: Buffer.from(content, "utf8").toString("base64"),
      ...existing ? { sha: existing.sha } : {}
    });
    return { created: true, value: { commitSha: data.commit.sha } };
  };
  const readDefaultBranchFile = async (repo, path) => {
    const { data } = await request("GET /repos/{owner}/{repo}", repoParams(repo));
    const ref = data.default_branch;
    const file = await readFile(repo, path, ref);
    return file ? { text: file.text, ref } : void 0;
  };
  return { getDefaultBranch, ensureBranch, ensureFile, readDefaultBranchFile };
}

// src/core/github/authorize-command.ts
var repoPermissions = ["admin", "maintain", "write", "triage", "read", "none"];
function authorizeCommand(context) {
  const { actor, command } = context;
  const ignored = ignoredActor(actor, context.ownAppId, context.allowedBotAppIds);
  if (ignored) return refuse(ignored, true);
  if (!atLeast(context.permission, "write")) {
    return refuse(`@${actor.login} has ${context.permission} permission on this repository; \`/shopfloor ${command}\` needs write or above (ask a maintainer to run it)`, false);
  }
  if (command !== "approve") return { allowed: true };
  const login = actor.login.toLowerCase();
  if (context.requester && login === context.requester.toLowerCase()) return refuse(`@${actor.login} requested this work and cannot approve it; another maintainer has to`, false);
  if (context.agentActor && login === context.agentActor.toLowerCase()) return refuse("the agent cannot approve its own work", false);
  if (context.dangerous && !atLeast(context.permission, "admin")) {
    return refuse(`this change touches dangerous paths, so approving it needs admin permission; @${actor.login} has ${context.permission}`, false);
  }
  return { allowed: true };
}
function ignoredActor(actor, ownAppId, allowedBotAppIds) {
  if (actor.appId !== void 0 && actor.appId === ownAppId) return "the comment was written by Shopfloor itself";
  if (actor.type !== "Bot" && actor.appId === void 0) return void 0;
  return actor.appId !== void 0 && allowedBotAppIds.includes(actor.appId) ? void 0 : `bot ${actor.login} is not allowlisted by App id`;
}
function atLeast(permission, wanted) {
  return repoPermissions.indexOf(permission) <= repoPermissions.indexOf(wanted);
}
function refuse(reason, silent) {
  return { allowed: false, reason, silent };
}

// src/adapters/github/github-repo-actions.ts
function createGitHubRepoActions(request) {
  const getPermission = async (repo, user) => {
    try {
      const { data } = await request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...repoParams(repo), username: user });
      const { permission, role_name: role } = data;
      const known = (value) => repoPermissions.find((entry) => entry === value);
      return known(role) ?? known(permission) ?? "none";
    } catch {
      return "none";
    }
  };
  const dispatchWorkflow = async (repo, workflow, ref, inputs) => {
    if (Object.keys(inputs).length > 25) throw new Error(`workflow_dispatch takes at most 25 inputs, got ${Object.keys(inputs).length}`);
    await request("POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches", { ...repoParams(repo), workflow_id: workflow, ref, inputs });
  };
  const ensureIssue = async (repo, key, issue) => {
    const label = issue.labels?.[0];
    const existing = (await listAll(request, "GET /repos/{owner}/{repo}/issues", { ...repoParams(repo), state: "all", ...label ? { labels: label } : {} }, 5)).find((candidate) => !candidate.pull_request && hasKeyMarker(candidate.body ?? "", key));
    if (existing) return { created: false, value: { number: existing.number, url: existing.html_url } };
    const { data } = await request("POST /repos/{owner}/{repo}/issues", { ...repoParams(repo), title: issue.title, body: withKeyMarker(key, issue.body), ...issue.labels ? { labels: [...issue.labels] } : {} });
    const created = data;
    return { created: true, value: { number: created.number, url: created.html_url } };
  };
  return { getPermission, dispatchWorkflow, ensureIssue };
}

// src/adapters/github/retry-github.ts
async function withRetry(operation, options) {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const delayMs = retryDelay(error, attempt, options);
      if (delayMs === void 0 || attempt >= attempts) throw error;
      options.onRetry?.({ attempt, delayMs, status: statusOf(error) });
      await options.sleep(delayMs);
    }
  }
}
function retryDelay(error, attempt, options = {}) {
  const status = statusOf(error);
  const base = options.baseDelayMs ?? 1e3;
  const max = options.maxDelayMs ?? 6e4;
  const backoff = Math.min(max, base * 2 ** (attempt - 1));
  if (status === void 0) return isNetworkFault(error) ? backoff : void 0;
  if (status >= 500) return backoff;
  if (status !== 403 && status !== 429) return void 0;
  const retryAfter = Number(headerOf(error, "retry-after"));
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1e3 <= max ? retryAfter * 1e3 : void 0;
  if (headerOf(error, "x-ratelimit-remaining") === "0") {
    const reset = Number(headerOf(error, "x-ratelimit-reset"));
    return Number.isFinite(reset) ? void 0 : backoff;
  }
  const message = String(error.message ?? "");
  return /secondary rate limit/i.test(message) ? backoff : void 0;
}
function isNetworkFault(error) {
  const text = `${error?.name ?? ""} ${error?.message ?? ""} ${error?.code ?? ""}`;
  return /timeout|timed out|ECONNRESET|ECONNREFUSED|EAI_AGAIN|socket hang up|fetch failed|network/i.test(text);
}

// src/adapters/github/create-github-forge.ts
function createGitHubForge(options) {
  const { request } = options;
  const parts = { ...createGitHubComments(request, options.ownAppId), ...createGitHubChecks(request), ...createGitHubRefs(request), ...createGitHubPulls(request), ...createGitHubRepoActions(request) };
  const retried = (operation) => (...args) => withRetry(() => operation(...args), options.retry);
  return {
    // Plain creates are not idempotent, so they are never retried blind; the comment sink finds its comment by marker.
    createIssueComment: parts.createIssueComment,
    createCheckRun: parts.createCheckRun,
    updateIssueComment: retried(parts.updateIssueComment),
    listIssueComments: retried(parts.listIssueComments),
    updateCheckRun: retried(parts.updateCheckRun),
    ensureComment: retried(parts.ensureComment),
    ensureCheckRun: retried(parts.ensureCheckRun),
    ensureBranch: retried(parts.ensureBranch),
    ensureFile: retried(parts.ensureFile),
    ensurePullRequest: retried(parts.ensurePullRequest),
    ensureIssue: retried(parts.ensureIssue),
    mergePullRequest: retried(parts.mergePullRequest),
    getPullRequest: retried(parts.getPullRequest),
    listPullRequestFiles: retried(parts.listPullRequestFiles),
    getPermission: parts.getPermission,
    addReaction: retried(parts.addReaction),
    dispatchWorkflow: parts.dispatchWorkflow,
    getDefaultBranch: retried(parts.getDefaultBranch),
    readDefaultBranchFile: retried(parts.readDefaultBranchFile)
  };
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
function runCommentMarker(runId) {
  return `<!-- shopfloor:run-document run=${runId} -->`;
}
function renderRunComment(document, options = {}) {
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
  const states = document.sections.map((s) => `${stateBadge[s.state]} ${sectionTitles[s.id]}`).join(" \xB7 ");
  const detail = document.statusDetail ? ` \u2014 ${inline(document.statusDetail)}` : "";
  const out = [runCommentMarker(document.runId), `### ${statusBadge[document.status]}: ${inline(document.objective)}`, "", `Revision ${document.revision}${detail}`, "", states];
  for (const section of document.sections) {
    const body = section.id === "terminal" ? terminalBlock(section, cut.dropTerminal, options) : sectionBlock(section, cut.proposals);
    if (body) out.push("", `#### ${sectionTitles[section.id]} ${stateBadge[section.state]}`, "", body);
  }
  return `${out.join("\n")}
`;
}
function sectionBlock(section, withProposal) {
  const canon = splitLines(section.canon).map((line) => neutralize(escapeLine(line))).join("\n");
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

// src/adapters/run-document/coalesced-writer.ts
function createCoalescedWriter(options) {
  const { clock, intervalMs } = options;
  let lastBody;
  let lastWriteAt = -Infinity;
  let cancelTimer;
  let chain = Promise.resolve();
  let count = 0;
  const writeLatest = () => {
    chain = chain.then(async () => {
      const body = options.render();
      if (body === lastBody) return;
      lastWriteAt = clock.now();
      await options.write(body);
      lastBody = body;
      count++;
    });
    return chain;
  };
  const throttledWrite = () => {
    cancelTimer = void 0;
    writeLatest().catch((error) => {
      chain = Promise.resolve();
      options.onError?.(error);
    });
  };
  return {
    changed: () => {
      if (cancelTimer) return;
      const wait = lastWriteAt + intervalMs - clock.now();
      if (wait <= 0) throttledWrite();
      else cancelTimer = clock.setTimer(wait, throttledWrite);
    },
    flush: async () => {
      cancelTimer?.();
      cancelTimer = void 0;
      await chain.catch(() => void 0);
      chain = Promise.resolve();
      await writeLatest();
    },
    writes: () => count
  };
}

// src/adapters/run-document/comment-sink.ts
function createCommentSink(options) {
  let document;
  let commentId;
  const render = () => document ? renderRunComment(document, { maxChars: options.maxChars ?? githubCommentLimit, fullLogUrl: options.fullLogUrl }) : "";
  const write = async (body) => {
    if (commentId === void 0) {
      const marker = runCommentMarker(document.runId);
      const existing = (await options.forge.listIssueComments(options.target)).find((c) => c.body.startsWith(`${marker}
`));
      commentId = existing ? existing.id : (await options.forge.createIssueComment(options.target, body)).id;
      if (!existing) return;
    }
    await options.forge.updateIssueComment(options.target.repo, commentId, body);
  };
  const writer = createCoalescedWriter({ clock: options.clock, intervalMs: options.intervalMs ?? 2e3, render, write, onError: options.onError });
  return {
    name: "comment",
    publish: (_event, next) => {
      document = next;
      writer.changed();
    },
    flush: () => document ? writer.flush() : Promise.resolve(),
    writes: writer.writes,
    commentId: () => commentId
  };
}

// src/adapters/run-document/system-clock.ts
function createSystemClock() {
  return {
    now: () => Date.now(),
    setTimer: (ms, callback) => {
      const timer = setTimeout(callback, ms);
      timer.unref();
      return () => clearTimeout(timer);
    }
  };
}

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
  workOrderDir: "workorders"
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
  let fence2;
  lines.forEach((text, index) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence2) {
      if (opener && opener[1][0] === fence2.char && opener[1].length >= fence2.length && text.trim() === opener[1]) fence2 = void 0;
      return;
    }
    if (opener) {
      fence2 = { char: opener[1][0], length: opener[1].length };
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
function issueToWorkOrder(issue, sha256) {
  let removedHidden = 0;
  const clean = (text) => {
    const sanitized = sanitizeUntrustedText(text, sha256);
    removedHidden += sanitized.removed.reduce((sum, entry) => sum + entry.count, 0);
    return sanitized.text.trim();
  };
  const form = readIssueForm(issue.body);
  const field = (id) => form?.[id] !== void 0 ? clean(form[id]) : void 0;
  const lines = (id) => (field(id) ?? "").split("\n").map((line) => line.replace(/^\s*[-*]\s+/, "").trim()).filter(Boolean);
  const bug = issue.labels.some((label) => label.toLowerCase() === "bug");
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
    provenance: { issue: issue.number, requester: issue.author, source: "issue" }
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
  const parsed = issueToWorkOrder(issue, sha256);
  if (!parsed.ok) {
    const reply = [`**Shopfloor could not turn this issue into a work order:**`, "", ...parsed.errors.map((error) => `- ${error}`)].join("\n");
    await forge.ensureComment(target, `intake-error/issue-${issue.number}`, reply);
    return { ok: false, reason: parsed.errors.join(" ") };
  }
  const workOrder = parsed.value;
  const path = `${settings.workOrderDir}/${workOrder.id}.yml`;
  const yaml = `# Written by Shopfloor from issue #${issue.number}; edit the issue, not this file.
${(0, import_yaml.stringify)(workOrder, { lineWidth: 0 })}`;
  const ruleErrors = checkWorkOrderFile(yaml, path).findings.filter((finding) => finding.severity === "error");
  if (ruleErrors.length > 0) {
    const reply = [`**Shopfloor could not turn this issue into a work order:**`, "", ...ruleErrors.map((finding) => `- ${finding.path || "work order"}: ${finding.message}`)].join("\n");
    await forge.ensureComment(target, `intake-error/issue-${issue.number}`, reply);
    return { ok: false, reason: ruleErrors.map((finding) => finding.message).join(" ") };
  }
  const digest = sha256(attemptKey(repo, issue.number, workOrder.id, 1));
  const branch = issueAgentBranch(workOrder.id, digest);
  const runId = `${workOrder.id}-${digest.slice(0, 8)}`;
  const draft = createRunDocumentDraft(runId, workOrder.title, deps.trackingSink(target), deps.now);
  draft.status("running", "work order received");
  draft.mark("conductor", "active");
  draft.line("conductor", `Work order ${workOrder.id} from issue #${issue.number} (${parsed.fromForm ? "issue form" : "labelled issue"}); agent branch ${branch}.`);
  if (parsed.removedHidden > 0) draft.line("conductor", `Removed ${parsed.removedHidden} piece(s) of hidden text from the issue before the agent sees it.`);
  await draft.flush();
  await forge.addReaction(repo, { issueNumber: issue.number }, "eyes");
  const base = await forge.getDefaultBranch(repo);
  const policyFile = await forge.readDefaultBranchFile(repo, policyPath);
  const findings = policyFile ? checkPolicyFile(policyFile.text).findings : [];
  if (hasErrors(findings)) {
    for (const finding of findings.slice(0, 10)) draft.line("conductor", formatFinding(finding));
    draft.status("blocked", `${policyPath} on ${base.name} is invalid; fix it on the default branch and re-add the label`);
    await draft.flush();
    return { ok: false, reason: `${policyPath} is invalid` };
  }
  await forge.ensureBranch(repo, branch, base.sha);
  const file = await forge.ensureFile(repo, branch, path, yaml, `Add work order ${workOrder.id} from #${issue.number}`);
  const check = await forge.ensureCheckRun(repo, {
    name: workOrderCheckName,
    headSha: file.value.commitSha,
    status: "in_progress",
    externalId: runId,
    output: { title: `Work order ${workOrder.id}: queued for an implementer`, summary: `Run \`${runId}\` on \`${branch}\`; the run document is on issue #${issue.number}.` }
  });
  if (check.created) {
    await forge.dispatchWorkflow(repo, settings.implementWorkflow, base.name, { work_order: workOrder.id, branch, run_id: runId, issue: String(issue.number) });
  }
  draft.line("conductor", `Committed ${path} at ${file.value.commitSha.slice(0, 7)}; dispatched ${settings.implementWorkflow} (waiting for a runner).`);
  draft.mark("conductor", "done");
  draft.status("waiting", "waiting for a runner to pick up the implement job");
  await draft.flush();
  return { ok: true, workOrderId: workOrder.id, runId, branch, headSha: file.value.commitSha, dispatched: check.created };
}

// src/core/github/pending-directives.ts
var linePattern = /^- \[ \] @([A-Za-z0-9-]+(?:\[bot\])?): (.*) <!-- shopfloor:directive id=(\d+) -->$/;
function directivesKey(runId) {
  return `directives/${runId}`;
}
function renderPendingDirectives(runId, directives) {
  const lines = directives.map((d) => `- [ ] @${d.author}: ${d.text.replace(/-->/g, "-- >").replace(/@(?=[A-Za-z0-9])/g, "@\u2060")} <!-- shopfloor:directive id=${d.commentId} -->`);
  return [`#### User \u2014 pending directives for run \`${runId}\``, "", "Write-access comments on this PR; the implementer picks them up on `/shopfloor retry`.", "", ...lines, ""].join("\n");
}
function readPendingDirectives(body) {
  return body.split("\n").flatMap((line) => {
    const match = linePattern.exec(line);
    return match ? [{ author: match[1], text: match[2].replace(/@\u2060/g, "@"), commentId: Number(match[3]) }] : [];
  });
}
function addPendingDirective(list, directive) {
  if (list.some((d) => d.commentId === directive.commentId)) return [...list];
  return [...list, { ...directive, text: foldLine(directive.text).replace(/\s+/g, " ").trim().slice(0, 1e3) }];
}

// src/workflows/github/record-directive.ts
async function recordDirective(deps, event) {
  const { forge } = deps;
  const pull = await forge.getPullRequest(event.repo, event.issue.number);
  const agent = parseAgentBranch(pull.headRef);
  if (!agent) return { kind: "ignored", reason: "not a Shopfloor agent pull request" };
  const permission = await forge.getPermission(event.repo, event.comment.author.login);
  if (!atLeast(permission, "write")) return { kind: "ignored", reason: `@${event.comment.author.login} has ${permission} permission; only write users direct agents` };
  const runId = `${agent.workOrderId}-${agent.shortId}`;
  const target = { repo: event.repo, issueNumber: event.issue.number };
  const key = directivesKey(runId);
  const existing = (await forge.listIssueComments(target)).find((comment) => hasKeyMarker(comment.body, key) && comment.authorAppId === deps.settings.appId);
  const text = sanitizeUntrustedText(event.comment.body, deps.sha256).text;
  const directives = addPendingDirective(existing ? readPendingDirectives(existing.body) : [], { commentId: event.comment.id, author: event.comment.author.login, text });
  await forge.ensureComment(target, key, renderPendingDirectives(runId, directives));
  return { kind: "directive", runId };
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
    return recordDirective(deps, event);
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
  return { kind: "commands", replies };
}
async function runCommand(deps, event, command, permission, pull) {
  const { forge, settings } = deps;
  const requester = /<!-- shopfloor:requester=([A-Za-z0-9-]+) -->/.exec(event.issue.body)?.[1];
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
      const base = await forge.getDefaultBranch(event.repo);
      await forge.dispatchWorkflow(event.repo, settings.implementWorkflow, base.name, { work_order: agent.workOrderId, branch: pull.headRef, run_id: `${agent.workOrderId}-${agent.shortId}`, retry: "true" });
      return { allowed: true, text: `Dispatched ${settings.implementWorkflow} again for \`${pull.headRef}\`; pending directives go with it.` };
    }
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

// src/entrypoints/probot-app.ts
var issueFacts = (issue) => ({
  number: issue.number,
  title: issue.title,
  body: issue.body ?? "",
  author: issue.user?.login ?? "",
  labels: (issue.labels ?? []).map((label) => typeof label === "string" ? label : label.name ?? ""),
  ...issue.html_url ? { url: issue.html_url } : {}
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
        log: (message) => context.log.info(message)
      };
    };
    const dispatch = async (context, key, work) => {
      if (!deliveries.firstTime(context.id)) return context.log.info(`delivery ${context.id} already handled; ignoring the redelivery`);
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
    workOrderDir: defaultAppSettings.workOrderDir
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
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
