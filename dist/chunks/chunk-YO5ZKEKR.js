import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  hasKeyMarker,
  withKeyMarker
} from "./chunk-TSNCXVWX.js";
import {
  blobModes
} from "./chunk-ITFQXOZY.js";

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
async function listAll(readPage, maxPages = 10) {
  const items = [];
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await readPage({ per_page: 100, page });
    items.push(...data);
    if (data.length < 100) break;
  }
  return items;
}
async function unlessNotFound(operation) {
  try {
    return await operation();
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
}
function readRefSha(request, repo, ref) {
  return unlessNotFound(async () => (await request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repoParams(repo), ref })).data.object.sha);
}
async function readContents(request, repo, path, ref) {
  const file = await unlessNotFound(async () => (await request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams(repo), path, ref })).data);
  if (!file || Array.isArray(file) || file.type !== "file" || !("content" in file)) return void 0;
  return { text: Buffer.from(file.content, file.encoding === "base64" ? "base64" : "utf8").toString("utf8"), sha: file.sha };
}

// src/adapters/github/send-graphql.ts
var GraphQlRateLimitError = class extends Error {
  constructor(errors, headers) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const until = String(headers["x-ratelimit-remaining"]) === "0" && Number.isFinite(reset) ? ` until ${new Date(reset * 1e3).toISOString()} (x-ratelimit-reset)` : "";
    super(`GitHub's GraphQL API refused the call for a rate limit${until}: ${graphqlMessages(errors)}; try again after that, and if it keeps happening, run fewer Shopfloor jobs at once on this token`);
    this.errors = errors;
    this.response = { headers };
  }
  errors;
  name = "GraphQlRateLimitError";
  response;
};
async function sendGraphql(request, query, variables) {
  const { data: body, headers } = await request("POST /graphql", { query, variables });
  const answer = { data: body.data ?? void 0, errors: body.errors ?? [] };
  if (refusedForRateLimit(answer)) throw new GraphQlRateLimitError(answer.errors, headers);
  return answer;
}
function refusedForRateLimit(answer) {
  const ran = answer.data !== null && typeof answer.data === "object" && Object.values(answer.data).some((value) => value !== null && value !== void 0);
  return answer.errors.length > 0 && !ran && answer.errors.every(isRateLimitError);
}
function isRateLimitError(error) {
  if (error.type === "RATE_LIMITED" || error.type === "RATE_LIMIT") return true;
  return !error.path?.length && /secondary rate limit/i.test(error.message ?? "");
}
function graphqlMessages(errors) {
  return errors.map((error) => error.message ?? "unknown GraphQL error").join("; ");
}

// src/adapters/github/github-branch-start.ts
var defaultBranchHeadQuery = "query ShopfloorDefaultBranchHead($owner: String!, $name: String!, $path: String!) { repository(owner: $owner, name: $name) { id defaultBranchRef { name target { ... on Commit { oid tree { oid } file(path: $path) { object { ... on Blob { text isBinary isTruncated byteSize } } } } } } } }";
var startBranchMutation = "mutation ShopfloorStartBranch($repositoryId: ID!, $ref: String!, $oid: GitObjectID!, $repo: String!, $branch: String!, $headline: String!, $body: String!, $path: String!, $contents: Base64String!) { createRef(input: { repositoryId: $repositoryId, name: $ref, oid: $oid }) { ref { name } } createCommitOnBranch(input: { branch: { repositoryNameWithOwner: $repo, branchName: $branch }, expectedHeadOid: $oid, message: { headline: $headline, body: $body }, fileChanges: { additions: [{ path: $path, contents: $contents }] } }) { commit { oid } } }";
function headFile(blob) {
  if (!blob || !("isTruncated" in blob)) return void 0;
  if (blob.isBinary || typeof blob.text !== "string") return { unreadable: "the file is binary to GitHub, not text; write it as UTF-8 YAML" };
  if (blob.isTruncated) return { unreadable: `the file is ${blob.byteSize ?? "too many"} bytes, more than GitHub hands out in one read; make it smaller` };
  return { text: blob.text };
}
function createGitHubBranchStart(request, steps) {
  const readDefaultBranchHead = async (repo, path) => {
    const { owner, repo: name } = repoParams(repo);
    const { data, errors } = await sendGraphql(request, defaultBranchHeadQuery, { owner, name, path });
    const repository = data?.repository;
    if (!repository) throw new Error(`${repo}: GitHub did not answer the repository's default branch (${graphqlMessages(errors) || "no repository in the answer"}); check that the App is installed on it`);
    const branch = repository.defaultBranchRef;
    if (!branch) return void 0;
    const head = branch.target;
    if (!head?.oid || !head.tree) throw new Error(`${repo}: the default branch ${branch.name} does not point at a commit`);
    return { name: branch.name, sha: head.oid, treeSha: head.tree.oid, repositoryNodeId: repository.id, file: headFile(head.file?.object) };
  };
  const ensureBranchWithFile = async (repo, spec) => {
    const contents = Buffer.from(spec.content, "utf8").toString("base64");
    const [headline = "", ...rest] = spec.message.split("\n\n");
    const { data, errors } = await sendGraphql(request, startBranchMutation, {
      repositoryId: spec.repositoryNodeId,
      ref: `refs/heads/${spec.branch}`,
      oid: spec.fromSha,
      repo,
      branch: spec.branch,
      headline,
      body: rest.join("\n\n"),
      path: spec.path,
      contents
    });
    const commit = data?.createCommitOnBranch?.commit?.oid;
    if (commit) return { created: true, value: { commitSha: commit } };
    if (errors.some((error) => !error.path?.length)) throw new Error(`${repo}: GitHub refused to start branch ${spec.branch}: ${graphqlMessages(errors)}`);
    await steps.ensureBranch(repo, spec.branch, spec.fromSha);
    const found = await steps.ensureFile(repo, spec.branch, spec.path, spec.content, spec.message);
    if (found.created) return found;
    const { data: head } = await request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { ...repoParams(repo), commit_sha: found.value.commitSha });
    return { created: head.message.trim() === spec.message.trim(), value: found.value };
  };
  return { readDefaultBranchHead, ensureBranchWithFile };
}

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

// src/adapters/github/list-check-runs.ts
async function listCheckRunsNamed(request, repo, sha, name) {
  const params = { ...repoParams(repo), ref: sha, filter: "all", per_page: 100 };
  const { data: all } = await request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", params);
  const complete = all.check_runs.length >= all.total_count;
  const runs = complete ? all.check_runs : (await request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", { ...params, check_name: name })).data.check_runs;
  return runs.filter((run) => run.head_sha === sha && (!complete || run.name === name)).sort((a, b) => b.id - a.id);
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
  const ensureCheckRun = async (repo, spec, absent = false) => {
    const [first = [], ...rest] = batchAnnotations(spec.annotations ?? []);
    const existing = absent ? void 0 : (await listCheckRunsNamed(request, repo, spec.headSha, spec.name))[0];
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
  const listIssueComments = async (target) => (await listAll((paging) => request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repoParams(target.repo), issue_number: target.issueNumber, ...paging }))).map(toComment);
  const ensureComment = async (target, key, body) => {
    const full = withKeyMarker(key, body);
    const existing = (await listIssueComments(target)).find((comment) => hasKeyMarker(comment.body, key) && (ownAppId === void 0 || comment.authorAppId === ownAppId));
    if (!existing) return { created: true, value: await createIssueComment(target, full) };
    if (existing.body === full) return { created: false, value: existing };
    return { created: false, value: await updateIssueComment(target.repo, existing.id, full) };
  };
  const getIssueComment = async (repo, commentId) => {
    const data = await unlessNotFound(async () => (await request("GET /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repoParams(repo), comment_id: commentId })).data);
    return data && toComment(data);
  };
  return { createIssueComment, updateIssueComment, listIssueComments, getIssueComment, ensureComment };
}

// src/adapters/github/github-git-data.ts
var toPullSummary = (pull) => ({
  number: pull.number,
  url: pull.html_url,
  title: pull.title,
  headRef: pull.head.ref,
  baseRef: pull.base.ref,
  state: pull.state === "open" ? "open" : "closed",
  labels: (pull.labels ?? []).map((label) => label.name ?? "").filter(Boolean),
  createdAt: pull.created_at,
  ...pull.merged_at ? { mergedAt: pull.merged_at } : {},
  ...pull.merged_at && pull.merge_commit_sha ? { mergeCommitSha: pull.merge_commit_sha } : {}
});
var isBlobMode = (mode) => blobModes.some((known) => known === mode);
var listedCommit = (c) => ({ sha: c.sha, parents: c.parents.map((p) => p.sha), message: c.commit.message, committedAt: c.commit.committer?.date ?? "", treeSha: c.commit.tree.sha });
var comparePageSize = 100;
var comparePageLimit = 10;
var compareFileLimit = 300;
function createGitHubGitData(request) {
  const getRef = (repo, ref) => readRefSha(request, repo, ref.replace(/^refs\//, ""));
  const getCommit = async (repo, sha) => {
    const { data: commit } = await request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { ...repoParams(repo), commit_sha: sha });
    return { sha: commit.sha, parents: commit.parents.map((p) => p.sha), message: commit.message, committedAt: commit.committer?.date ?? "", treeSha: commit.tree.sha };
  };
  const compareCommits = async (repo, base, head) => {
    const pages = [];
    for (let page = 1; page <= comparePageLimit; page++) {
      const { data } = await request("GET /repos/{owner}/{repo}/compare/{basehead}", { ...repoParams(repo), basehead: `${base}...${head}`, per_page: comparePageSize, page });
      pages.push(data);
      const listed = pages.reduce((sum, body) => sum + body.commits.length, 0);
      if (data.commits.length < comparePageSize || listed >= data.total_commits) break;
    }
    const first = pages[0];
    const commits = pages.flatMap((body) => body.commits);
    const files = (first.files ?? []).map((file) => ({ path: file.filename, status: file.status, ...file.previous_filename ? { fromPath: file.previous_filename } : {} }));
    const filesTruncated = files.length >= compareFileLimit;
    return { status: first.status, baseSha: first.base_commit.sha, commits: commits.map(listedCommit), files, truncated: first.total_commits > commits.length || filesTruncated, filesTruncated };
  };
  const readTreeEntries = async (repo, treeish, paths) => {
    const { data: tree } = await request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", { ...repoParams(repo), tree_sha: treeish, recursive: "1" });
    const wanted = new Set(paths);
    const entries = tree.tree.flatMap((e) => e.type === "blob" && e.path && e.sha && isBlobMode(e.mode) && wanted.has(e.path) ? [{ path: e.path, mode: e.mode, sha: e.sha }] : []);
    return { entries, truncated: tree.truncated };
  };
  const createCommitOnTree = async (repo, spec) => {
    const tree = await request("POST /repos/{owner}/{repo}/git/trees", {
      ...repoParams(repo),
      base_tree: spec.baseTree,
      tree: spec.entries.map((e) => ({ path: e.path, mode: e.mode, type: "blob", sha: e.sha }))
    });
    const commit = await request("POST /repos/{owner}/{repo}/git/commits", { ...repoParams(repo), message: spec.message, tree: tree.data.sha, parents: [...spec.parents] });
    return { sha: commit.data.sha };
  };
  const pullRequestsForCommit = async (repo, sha) => {
    const { data } = await request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { ...repoParams(repo), commit_sha: sha });
    return data.map(toPullSummary);
  };
  const listRecentPullRequests = async (repo, state) => {
    const { data } = await request("GET /repos/{owner}/{repo}/pulls", { ...repoParams(repo), state, sort: "created", direction: "desc", per_page: 100 });
    return data.map(toPullSummary);
  };
  const getPullRequestSummary = async (repo, number) => toPullSummary((await request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repoParams(repo), pull_number: number })).data);
  const closePullRequest = async (repo, number) => {
    await request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", { ...repoParams(repo), pull_number: number, state: "closed" });
  };
  return { getRef, getCommit, compareCommits, readTreeEntries, createCommitOnTree, pullRequestsForCommit, listRecentPullRequests, getPullRequestSummary, closePullRequest };
}

// src/adapters/github/github-landing.ts
var markReadyMutation = "mutation ShopfloorMarkReady($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { clientMutationId } }";
var enqueueMutation = "mutation ShopfloorEnqueue($id: ID!, $head: GitObjectID!) { enqueuePullRequest(input: { pullRequestId: $id, expectedHeadOid: $head }) { clientMutationId } }";
var fullSha = /^[0-9a-f]{40}$/;
async function graphql(request, query, variables) {
  const { errors } = await sendGraphql(request, query, variables);
  return errors.length ? { errors: graphqlMessages(errors) } : {};
}
function createGitHubLanding(request) {
  const listCheckRuns = async (repo, sha, name) => {
    return (await listCheckRunsNamed(request, repo, sha, name)).map((run) => ({ id: run.id, headSha: run.head_sha, appId: run.app?.id, status: run.status, conclusion: run.conclusion ?? null, externalId: run.external_id ?? void 0, text: run.output?.text ?? void 0 }));
  };
  const listPullRequestCommits = async (repo, number) => (await listAll((paging) => request("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", { ...repoParams(repo), pull_number: number, ...paging }), 3)).map((commit) => commit.sha);
  const readFileAtCommit = async (repo, path, sha) => {
    if (!fullSha.test(sha)) throw new Error(`readFileAtCommit needs a full commit SHA, got "${sha}"`);
    return (await readContents(request, repo, path, sha))?.text;
  };
  const getPullRequestLanding = async (repo, number) => {
    const { data: pull } = await request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repoParams(repo), pull_number: number });
    return {
      number: pull.number,
      headSha: pull.head.sha,
      headRef: pull.head.ref,
      url: pull.html_url,
      draft: pull.draft ?? false,
      author: pull.user?.login ?? "",
      nodeId: pull.node_id,
      state: pull.state === "closed" ? "closed" : "open",
      merged: pull.merged ?? false,
      baseRef: pull.base?.ref ?? ""
    };
  };
  const findOpenPullRequest = async (repo, branch) => {
    const params = repoParams(repo);
    const { data } = await request("GET /repos/{owner}/{repo}/pulls", { ...params, head: `${params.owner}:${branch}`, state: "open" });
    return data.find((pull) => pull.head.ref === branch)?.number;
  };
  const markPullRequestReady = async (_repo, nodeId) => {
    const result = await graphql(request, markReadyMutation, { id: nodeId });
    if (result.errors && !/not a draft|already ready/i.test(result.errors)) throw new Error(`GitHub refused to mark the pull request ready for review: ${result.errors}`);
  };
  const enqueuePullRequest = async (_repo, nodeId, expectedHeadSha) => {
    const result = await graphql(request, enqueueMutation, { id: nodeId, head: expectedHeadSha });
    return result.errors ? { enqueued: false, message: result.errors } : { enqueued: true };
  };
  const updatePullRequestBranch = async (repo, number, expectedHeadSha) => {
    try {
      await request("PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch", { ...repoParams(repo), pull_number: number, expected_head_sha: expectedHeadSha });
      return { updated: true };
    } catch (error) {
      if (statusOf(error) === 422) return { updated: false, message: String(error.message ?? "GitHub refused to update the branch") };
      throw error;
    }
  };
  return { listCheckRuns, listPullRequestCommits, readFileAtCommit, getPullRequestLanding, findOpenPullRequest, markPullRequestReady, enqueuePullRequest, updatePullRequestBranch };
}

// src/core/github/file-status.ts
var gitStatusOf = { added: "A", removed: "D", modified: "M", renamed: "R", copied: "C", changed: "T", unchanged: "M" };
function gitChangeOf(file) {
  return { status: gitStatusOf[file.status] ?? "M", path: file.path, ...file.fromPath ? { fromPath: file.fromPath } : {}, oldMode: "100644", newMode: "100644" };
}

// src/adapters/github/github-pulls.ts
var toPull = (pull) => ({ number: pull.number, headSha: pull.head.sha, headRef: pull.head.ref, url: pull.html_url, draft: pull.draft ?? false, author: pull.user?.login ?? "" });
function createGitHubPulls(request) {
  const ensurePullRequest = async (repo, spec, known) => {
    const params = repoParams(repo);
    const find = async () => (await request("GET /repos/{owner}/{repo}/pulls", { ...params, head: `${params.owner}:${spec.head}`, state: "open" })).data.find((pull) => pull.head.ref === spec.head);
    const existing = known?.absent ? void 0 : await find();
    if (existing) return { created: false, value: toPull(existing) };
    try {
      const created = await request("POST /repos/{owner}/{repo}/pulls", { ...params, head: spec.head, base: spec.base, title: spec.title, body: spec.body, draft: spec.draft });
      return { created: true, value: toPull(created.data) };
    } catch (error) {
      const raced = statusOf(error) === 422 ? await find() : void 0;
      if (raced) return { created: false, value: toPull(raced) };
      throw error;
    }
  };
  const getPullRequest = async (repo, number) => toPull((await request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repoParams(repo), pull_number: number })).data);
  const listPullRequestFiles = async (repo, number) => {
    const files = await listAll((paging) => request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", { ...repoParams(repo), pull_number: number, ...paging }), 30);
    return files.map((file) => gitChangeOf({ path: file.filename, status: file.status, fromPath: file.previous_filename }));
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
function createGitHubRefs(request, fromPayload) {
  const branchSha = (repo, branch) => readRefSha(request, repo, `heads/${branch}`);
  const names = new Map(fromPayload ? [[fromPayload.repo, Promise.resolve(fromPayload.name)]] : []);
  const defaultBranchName = (repo) => {
    const known = names.get(repo);
    if (known) return known;
    const read = request("GET /repos/{owner}/{repo}", repoParams(repo)).then(({ data }) => data.default_branch);
    names.set(repo, read);
    read.catch(() => names.delete(repo));
    return read;
  };
  const getDefaultBranch = async (repo) => {
    const name = await defaultBranchName(repo);
    const sha = await branchSha(repo, name);
    if (!sha) throw new Error(`${repo}: the default branch ${name} has no head commit`);
    return { name, sha };
  };
  const ensureBranch = async (repo, name, fromSha) => {
    try {
      const { data } = await request("POST /repos/{owner}/{repo}/git/refs", { ...repoParams(repo), ref: `refs/heads/${name}`, sha: fromSha });
      return { created: true, value: { sha: data.object.sha } };
    } catch (error) {
      const raced = statusOf(error) === 422 ? await branchSha(repo, name) : void 0;
      if (raced) return { created: false, value: { sha: raced } };
      throw error;
    }
  };
  const readFile = (repo, path, ref) => readContents(request, repo, path, ref);
  const put = async (repo, branch, path, content, message, sha) => {
    const { data } = await request("PUT /repos/{owner}/{repo}/contents/{path}", { ...repoParams(repo), path, branch, message, content: Buffer.from(content, "utf8").toString("base64"), ...sha ? { sha } : {} });
    if (!data.commit.sha) throw new Error(`${repo}: GitHub wrote ${path} on ${branch} but its answer names no commit; try again`);
    return { created: true, value: { commitSha: data.commit.sha } };
  };
  const ensureFile = async (repo, branch, path, content, message) => {
    try {
      return await put(repo, branch, path, content, message);
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
    }
    const existing = await readFile(repo, path, branch);
    if (existing?.text === content) {
      const head = await branchSha(repo, branch);
      if (!head) throw new Error(`${repo}: branch ${branch} disappeared while writing ${path}`);
      return { created: false, value: { commitSha: head } };
    }
    return put(repo, branch, path, content, message, existing?.sha);
  };
  const readDefaultBranchFile = async (repo, path) => {
    const ref = await defaultBranchName(repo);
    const file = await readFile(repo, path, ref);
    return file ? { text: file.text, ref } : void 0;
  };
  return { getDefaultBranch, getDefaultBranchName: defaultBranchName, ensureBranch, ensureFile, readDefaultBranchFile };
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
  const getPermission = async (repo, user, retry = (operation) => operation()) => {
    try {
      const { data } = await retry(() => request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", { ...repoParams(repo), username: user }));
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
  const findIssue = async (repo, key, label) => {
    const existing = (await listAll((paging) => request("GET /repos/{owner}/{repo}/issues", { ...repoParams(repo), state: "all", ...label ? { labels: label } : {}, ...paging }), 5)).find((candidate) => !candidate.pull_request && hasKeyMarker(candidate.body ?? "", key));
    return existing ? { number: existing.number, url: existing.html_url } : void 0;
  };
  const ensureIssue = async (repo, key, issue, absent = false) => {
    const existing = absent ? void 0 : await findIssue(repo, key, issue.labels?.[0]);
    if (existing) return { created: false, value: existing };
    const { data: created } = await request("POST /repos/{owner}/{repo}/issues", { ...repoParams(repo), title: issue.title, body: withKeyMarker(key, issue.body), ...issue.labels ? { labels: [...issue.labels] } : {} });
    return { created: true, value: { number: created.number, url: created.html_url } };
  };
  return { getPermission, dispatchWorkflow, ensureIssue, findIssue };
}

// src/adapters/github/github-statuses.ts
function createGitHubStatuses(request) {
  const setCommitStatus = async (repo, sha, status) => {
    await request("POST /repos/{owner}/{repo}/statuses/{sha}", {
      ...repoParams(repo),
      sha,
      state: status.state,
      context: status.context,
      description: status.description.slice(0, 140),
      ...status.targetUrl ? { target_url: status.targetUrl } : {}
    });
  };
  const updateIssue = async (repo, number, issue) => {
    await request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { ...repoParams(repo), issue_number: number, title: issue.title, body: issue.body });
  };
  return { setCommitStatus, updateIssue };
}

// src/adapters/github/github-run-state.ts
var readme = "This ref holds a Shopfloor run state: each commit message is one revision of the run (JSON after the subject).\n";
function createGitHubRunState(request, retry = (operation) => operation()) {
  const readRunRef = async (repo, ref, known) => {
    const sha = await retry(() => readRefSha(request, repo, ref.replace(/^refs\//, "")));
    if (!sha) return void 0;
    if (sha === known?.sha) return known;
    const { data: commit } = await retry(() => request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { ...repoParams(repo), commit_sha: sha }));
    return { sha, treeSha: commit.tree.sha, message: commit.message };
  };
  const advanceRunRef = async (repo, ref, message, parent, tree) => {
    const treeSha = parent?.treeSha ?? tree ?? (await retry(() => request("POST /repos/{owner}/{repo}/git/trees", { ...repoParams(repo), tree: [{ path: "README.md", mode: "100644", type: "blob", content: readme }] }))).data.sha;
    const { data: commit } = await retry(() => request("POST /repos/{owner}/{repo}/git/commits", { ...repoParams(repo), message, tree: treeSha, parents: parent ? [parent.sha] : [] }));
    const written = { ok: true, commit: { sha: commit.sha, treeSha, message } };
    try {
      if (parent) await retry(() => request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...repoParams(repo), ref: ref.replace(/^refs\//, ""), sha: commit.sha, force: false }));
      else await retry(() => request("POST /repos/{owner}/{repo}/git/refs", { ...repoParams(repo), ref, sha: commit.sha }));
      return written;
    } catch (error) {
      if (statusOf(error) !== 422 && statusOf(error) !== 409) throw error;
      const now = await retry(() => readRefSha(request, repo, ref.replace(/^refs\//, "")));
      return now === commit.sha ? written : { ok: false, reason: "conflict" };
    }
  };
  return { readRunRef, advanceRunRef };
}

// src/adapters/github/retry-github.ts
async function withRetry(operation, options, delayOf = retryDelay) {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const delayMs = delayOf(error, attempt, options);
      if (delayMs === void 0 || attempt >= attempts) throw error;
      options.onRetry?.({ attempt, delayMs, status: statusOf(error) });
      await options.sleep(delayMs);
    }
  }
}
function retryDelay(error, attempt, options = {}) {
  const status = statusOf(error);
  if (mayBeRateLimit(error)) return rateLimitDelay(error, attempt, options);
  if (status === void 0) return isNetworkFault(error) ? backoff(attempt, options) : void 0;
  return status >= 500 ? backoff(attempt, options) : void 0;
}
function rateLimitDelay(error, attempt, options = {}) {
  if (!mayBeRateLimit(error)) return void 0;
  const max = options.maxDelayMs ?? 6e4;
  const retryAfter = Number(headerOf(error, "retry-after"));
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1e3 <= max ? retryAfter * 1e3 : void 0;
  if (headerOf(error, "x-ratelimit-remaining") === "0") {
    const reset = Number(headerOf(error, "x-ratelimit-reset"));
    return Number.isFinite(reset) ? void 0 : backoff(attempt, options);
  }
  if (error instanceof GraphQlRateLimitError) return backoff(attempt, options);
  const message = String(error.message ?? "");
  return /secondary rate limit/i.test(message) ? backoff(attempt, options) : void 0;
}
var mayBeRateLimit = (error) => error instanceof GraphQlRateLimitError || statusOf(error) === 403 || statusOf(error) === 429;
function backoff(attempt, options) {
  return Math.min(options.maxDelayMs ?? 6e4, (options.baseDelayMs ?? 1e3) * 2 ** (attempt - 1));
}
function isNetworkFault(error) {
  const text = `${error?.name ?? ""} ${error?.message ?? ""} ${error?.code ?? ""}`;
  return /timeout|timed out|ECONNRESET|ECONNREFUSED|EAI_AGAIN|socket hang up|fetch failed|network/i.test(text);
}

// src/adapters/github/github-train.ts
var messageOf = (error) => String(error?.message ?? error);
function createGitHubTrain(request) {
  const headRef = (branch) => `heads/${branch}`;
  const setBranch = async (repo, branch, sha) => {
    try {
      await request("POST /repos/{owner}/{repo}/git/refs", { ...repoParams(repo), ref: `refs/heads/${branch}`, sha });
      return;
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
    }
    if (await readRefSha(request, repo, headRef(branch)) === sha) return;
    await request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...repoParams(repo), ref: headRef(branch), sha, force: true });
  };
  const mergeIntoBranch = async (repo, branch, headSha, message) => {
    try {
      const answer = await request("POST /repos/{owner}/{repo}/merges", { ...repoParams(repo), base: branch, head: headSha, commit_message: message });
      if (answer.status === 201) return { ok: true, sha: answer.data.sha };
      const tip = await readRefSha(request, repo, headRef(branch));
      if (!tip) throw new Error(`${repo}: the staging branch ${branch} disappeared while it was being built`);
      return { ok: true, sha: tip };
    } catch (error) {
      if (statusOf(error) === 409) return { ok: false, reason: "conflict", message: messageOf(error) };
      throw error;
    }
  };
  const fastForwardBranch = async (repo, branch, from, to) => {
    const current = await readRefSha(request, repo, headRef(branch));
    if (current === void 0) return { ok: false, reason: "missing", message: `${branch} does not exist` };
    if (current === to) return { ok: true };
    if (current !== from) return { ok: false, reason: "conflict", message: `${branch} moved to ${current.slice(0, 7)} (expected ${from.slice(0, 7)})` };
    try {
      await request("PATCH /repos/{owner}/{repo}/git/refs/{ref}", { ...repoParams(repo), ref: headRef(branch), sha: to, force: false });
      return { ok: true };
    } catch (error) {
      if (statusOf(error) !== 422 && statusOf(error) !== 409) throw error;
      if (await readRefSha(request, repo, headRef(branch)) === to) return { ok: true };
      return { ok: false, reason: "conflict", message: messageOf(error) };
    }
  };
  const deleteBranch = async (repo, branch) => {
    try {
      await request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { ...repoParams(repo), ref: headRef(branch) });
    } catch (error) {
      if (statusOf(error) !== 404 && statusOf(error) !== 422) throw error;
    }
  };
  const hasGitHubMergeQueue = async (repo, branch) => {
    const { data } = await request("GET /repos/{owner}/{repo}/rules/branches/{branch}", { ...repoParams(repo), branch, per_page: 100 });
    return data.some((rule) => rule.type === "merge_queue");
  };
  return { setBranch, mergeIntoBranch, fastForwardBranch, deleteBranch, hasGitHubMergeQueue };
}

// src/adapters/github/create-github-forge.ts
function withRequestDefaults(request, timeoutMs) {
  return (route, params) => request(route, { ...params, request: { retries: 0, ...params.request, signal: params.request?.signal ?? AbortSignal.timeout(timeoutMs) } });
}
function createGitHubForge(options) {
  const request = withRequestDefaults(options.request, options.timeoutMs ?? 3e4);
  const parts = { ...createGitHubComments(request, options.ownAppId), ...createGitHubChecks(request), ...createGitHubRefs(request, options.knownDefaultBranch), ...createGitHubPulls(request), ...createGitHubRepoActions(request), ...createGitHubStatuses(request) };
  const retried = retriedWith(options.retry);
  return {
    // Plain creates are not idempotent, so they are never retried blind; the comment sink finds its comment by marker.
    createIssueComment: parts.createIssueComment,
    createCheckRun: parts.createCheckRun,
    updateIssueComment: retried(parts.updateIssueComment),
    listIssueComments: retried(parts.listIssueComments),
    updateCheckRun: retried(parts.updateCheckRun),
    ensureComment: retried(parts.ensureComment),
    ensureCheckRun: (repo, spec, known) => {
      let tries = 0;
      return withRetry(() => parts.ensureCheckRun(repo, spec, known?.absent === true && tries++ === 0), options.retry);
    },
    ensureBranch: retried(parts.ensureBranch),
    ensureFile: retried(parts.ensureFile),
    // Both retried as a whole: a start repeated after a lost answer finds its branch moved and looks (REST) instead of writing.
    ...branchStartParts(createGitHubBranchStart(request, parts), retried),
    ensurePullRequest: retried(parts.ensurePullRequest),
    // A claimed key skips the lookup on the first try only: a retry after a lost answer must find that issue.
    ensureIssue: (repo, key, issue, known) => {
      let tries = 0;
      return withRetry(() => parts.ensureIssue(repo, key, issue, known?.absent === true && tries++ === 0), options.retry);
    },
    findIssue: retried(parts.findIssue),
    mergePullRequest: retried(parts.mergePullRequest),
    getPullRequest: retried(parts.getPullRequest),
    listPullRequestFiles: retried(parts.listPullRequestFiles),
    getPermission: (repo, user) => parts.getPermission(repo, user, (operation) => withRetry(operation, options.retry)),
    // GitHub answers 204 once it queued the run; a 5xx or a lost answer is retried (at least once). The
    // App records every dispatch in the run state first, so only one handling of an event ever gets here.
    dispatchWorkflow: retried(parts.dispatchWorkflow),
    getDefaultBranch: retried(parts.getDefaultBranch),
    getDefaultBranchName: retried(parts.getDefaultBranchName),
    readDefaultBranchFile: retried(parts.readDefaultBranchFile),
    setCommitStatus: retried(parts.setCommitStatus),
    updateIssue: retried(parts.updateIssue),
    ...gitDataParts(createGitHubGitData(request), retried),
    getIssueComment: retried(parts.getIssueComment),
    runStates: createGitHubRunStateStore(options),
    ...landingParts(createGitHubLanding(request), retried, retriedWith(options.retry, rateLimitDelay))
  };
}
var retriedWith = (retry, delayOf) => (operation) => (...args) => withRetry(() => operation(...args), retry, delayOf);
function branchStartParts(parts, retried) {
  return { readDefaultBranchHead: retried(parts.readDefaultBranchHead), ensureBranchWithFile: retried(parts.ensureBranchWithFile) };
}
function landingParts(parts, retried, retriedIfRateLimited) {
  return {
    listCheckRuns: retried(parts.listCheckRuns),
    listPullRequestCommits: retried(parts.listPullRequestCommits),
    readFileAtCommit: retried(parts.readFileAtCommit),
    getPullRequestLanding: retried(parts.getPullRequestLanding),
    findOpenPullRequest: retried(parts.findOpenPullRequest),
    markPullRequestReady: retried(parts.markPullRequestReady),
    enqueuePullRequest: retriedIfRateLimited(parts.enqueuePullRequest),
    // Safe to repeat: a second update of an updated head is refused (422, head moved), never merged twice.
    updatePullRequestBranch: retried(parts.updatePullRequestBranch)
  };
}
function gitDataParts(parts, retried) {
  return {
    getRef: retried(parts.getRef),
    getCommit: retried(parts.getCommit),
    compareCommits: retried(parts.compareCommits),
    readTreeEntries: retried(parts.readTreeEntries),
    createCommitOnTree: retried(parts.createCommitOnTree),
    pullRequestsForCommit: retried(parts.pullRequestsForCommit),
    listRecentPullRequests: retried(parts.listRecentPullRequests),
    getPullRequestSummary: retried(parts.getPullRequestSummary),
    closePullRequest: retried(parts.closePullRequest)
  };
}
function createGitHubRunStateStore(options) {
  return createGitHubRunState(withRequestDefaults(options.request, options.timeoutMs ?? 3e4), (operation) => withRetry(operation, options.retry));
}
function createGitHubTrainForge(options) {
  const train = createGitHubTrain(withRequestDefaults(options.request, options.timeoutMs ?? 3e4));
  const retried = retriedWith(options.retry);
  return {
    setBranch: retried(train.setBranch),
    mergeIntoBranch: retried(train.mergeIntoBranch),
    fastForwardBranch: retried(train.fastForwardBranch),
    deleteBranch: retried(train.deleteBranch),
    hasGitHubMergeQueue: retried(train.hasGitHubMergeQueue)
  };
}

export {
  statusOf,
  gitChangeOf,
  repoPermissions,
  authorizeCommand,
  ignoredActor,
  atLeast,
  createGitHubForge,
  createGitHubRunStateStore,
  createGitHubTrainForge
};
