import { createHash } from 'node:crypto';
import nock from 'nock';
import { githubApiUrl, type GitHubApiMock } from './github-api.ts';
import { createRunRefStore } from './github-fake-run-refs.ts';
import { branchStartRoute, type FakeBranchModel } from './github-fake-branch-start.ts';
import { graphqlProblems } from './github-graphql.ts';

export type Json = Record<string, unknown>;
export type Reply = [number, unknown?, Record<string, string>?];

/** The fake's state, as extra routes see it. */
export type GitHubFakeState = Omit<ReturnType<typeof createGitHubFake>, 'addPull' | 'fail' | 'runRefs' | 'commitsMade'> & { readonly nextId: () => number; readonly appId: number; readonly defaultBranch: string };

/** Faults on demand for every request: an answer with `status` instead of the real one, before or after the write landed. */
export type Chaos = (method: string, path: string) => { readonly status: number; readonly afterWrite: boolean } | undefined;

/**
 * More of GitHub for the fake, kept in its own file per area (`github-fake-<area>.ts`): answers a request it
 * knows, or `undefined` to let the next route (and finally the fake's own) try.
 */
export type FakeRoute = (state: GitHubFakeState, request: { readonly method: string; readonly path: string; readonly query: URLSearchParams; readonly body: Json }) => Reply | undefined;

/**
 * A small stateful GitHub behind nock, for flows too long to script call by call: branches, contents,
 * comments, reactions, check runs, pulls, issues, dispatches and permissions, kept in memory. Requests
 * still go through `mockGitHubApi`'s OpenAPI check (attach it with `api.attach`). `fail(...)` makes the
 * next matching request answer with a fault, after the state change when `afterWrite` is set (a write
 * that landed but whose answer was lost).
 */
export function createGitHubFake(api: GitHubApiMock, options: { readonly appId: number; readonly defaultBranch?: string; readonly mainSha?: string; readonly routes?: readonly FakeRoute[]; readonly chaos?: Chaos }) {
  const defaultBranch = options.defaultBranch ?? 'main';
  const refs = new Map<string, string>([[defaultBranch, options.mainSha ?? 'a'.repeat(40)]]);
  const files = new Map<string, { text: string; sha: string }>();
  const comments: (Json & { id: number; issue: number; body: string })[] = [];
  const reactions: Json[] = [];
  const checkRuns: (Json & { id: number; name: string; head_sha: string })[] = [];
  const dispatches: Json[] = [];
  const permissions = new Map<string, string>();
  const pulls: { number: number; head: { ref: string; sha: string }; user: { login: string }; html_url: string; draft: boolean; files: { filename: string; status: string }[] }[] = [];
  const faults: { method: string; path: RegExp; reply: Reply; afterWrite: boolean; when?: (body: Json) => boolean }[] = [];
  // Run state refs answer first: they are refs outside refs/heads with their own commits.
  const runRefs = createRunRefStore();
  let nextId = 100;
  let commits = 0;
  const bot = { login: 'shopfloor[bot]', id: 1, type: 'Bot' };
  /** Messages and parents of the commits made on branches here (files are kept per branch, not per commit, in this fake). */
  const branchCommits = new Map<string, { message: string; parent: string | undefined }>();
  const treeOf = (commit: string) => createHash('sha1').update(`tree:${commit}`).digest('hex');
  /** One commit writing `changes` on the branch. */
  const commitFiles = (branch: string, changes: Readonly<Record<string, string>>, message: string): string => {
    const parent = refs.get(branch);
    const commit = createHash('sha1').update(`${++commits}:${branch}:${JSON.stringify(changes)}`).digest('hex');
    for (const [path, text] of Object.entries(changes)) files.set(`${branch}:${path}`, { text, sha: createHash('sha1').update(text).digest('hex') });
    branchCommits.set(commit, { message, parent });
    refs.set(branch, commit);
    return commit;
  };
  // Trees are not modelled here: a commit's tree is a name derived from it (the run state store takes any).
  const branchModel: FakeBranchModel = {
    head: (branch) => refs.get(branch), treeOf, fileAt: (branch, path) => files.get(`${branch}:${path}`)?.text,
    createBranch: (name, sha) => void refs.set(name, sha), commitFiles,
  };
  // Other areas' routes come before this fake's GraphQL branch start, so one with its own git model answers it first.
  const routes = [runRefs.route, ...(options.routes ?? []), branchStartRoute(() => branchModel)];

  const route = (method: string, uri: string, body: Json): Reply => {
    const url = new URL(uri, githubApiUrl);
    const path = decodeURIComponent(url.pathname);
    const query = url.searchParams;
    const fault = faults.findIndex((f) => f.method === method && f.path.test(path) && (f.when?.(body) ?? true));
    const chaos = options.chaos?.(method, path);
    const pendingFault = fault >= 0 ? faults.splice(fault, 1)[0] : chaos ? { method, path: /./, reply: [chaos.status, { message: `injected ${chaos.status}` }] as Reply, afterWrite: chaos.afterWrite } : undefined;
    if (pendingFault && !pendingFault.afterWrite) return pendingFault.reply;
    // GitHub refuses an invalid document whole (200, errors with no path); github-api.ts records it as a contract problem too.
    const invalid = method === 'POST' && path === '/graphql' ? graphqlProblems(String(body.query)) : [];
    if (invalid.length) return [200, { errors: invalid.map((message) => ({ message })) }];
    const result = extraRoute(method, path, query, body) ?? handle(method, path, query, body);
    return pendingFault ? pendingFault.reply : result;
  };

  const extraRoute = (method: string, path: string, query: URLSearchParams, body: Json): Reply | undefined => {
    for (const extra of routes) {
      const reply = extra(state, { method, path, query, body });
      if (reply) return reply;
    }
    return undefined;
  };

  const handle = (method: string, path: string, query: URLSearchParams, body: Json): Reply => {
    let m: RegExpExecArray | null;
    if (method === 'POST' && /^\/app\/installations\/\d+\/access_tokens$/.test(path)) return [201, { token: 'ghs_test', expires_at: '2999-01-01T00:00:00Z', permissions: {} }];
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+$/.test(path)) return [200, { default_branch: defaultBranch }];
    if (method === 'GET' && (m = /\/git\/ref\/heads\/(.+)$/.exec(path))) {
      const sha = refs.get(m[1]!);
      return sha ? [200, { ref: `refs/heads/${m[1]}`, object: { sha, type: 'commit' } }] : [404, { message: 'Not Found' }];
    }
    if (method === 'POST' && path.endsWith('/git/refs')) {
      const name = String(body.ref).replace(/^refs\/heads\//, '');
      if (refs.has(name)) return [422, { message: 'Reference already exists' }];
      refs.set(name, String(body.sha));
      return [201, { ref: body.ref, object: { sha: body.sha, type: 'commit' } }];
    }
    if ((m = /\/contents\/(.+)$/.exec(path))) {
      const branch = method === 'GET' ? query.get('ref') ?? defaultBranch : String(body.branch);
      const key = `${branch}:${m[1]}`;
      if (method === 'GET') {
        const file = files.get(key);
        return file ? [200, { type: 'file', encoding: 'base64', content: Buffer.from(file.text).toString('base64'), sha: file.sha }] : [404, { message: 'Not Found' }];
      }
      if (!refs.has(branch)) return [404, { message: `Branch ${branch} not found` }];
      // GitHub's rules: an existing file is only replaced by naming its blob SHA.
      const current = files.get(key);
      if (current && body.sha === undefined) return [422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' }];
      if (current && body.sha !== current.sha) return [409, { message: `${m[1]} does not match ${String(body.sha)}` }];
      const commit = commitFiles(branch, { [m[1]!]: Buffer.from(String(body.content), 'base64').toString('utf8') }, String(body.message));
      return [201, { content: { path: m[1] }, commit: { sha: commit } }];
    }
    if (method === 'GET' && (m = /\/git\/commits\/([0-9a-f]{40})$/.exec(path)) && branchCommits.has(m[1]!)) {
      const commit = branchCommits.get(m[1]!)!;
      return [200, { sha: m[1], message: commit.message, tree: { sha: treeOf(m[1]!) }, parents: commit.parent ? [{ sha: commit.parent }] : [], committer: { date: '2026-11-22T05:00:00Z' } }];
    }
    if ((m = /\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === 'GET') return [200, comments.filter((c) => c.issue === issue)];
      const comment = { id: nextId++, issue, body: String(body.body), user: bot, performed_via_github_app: { id: options.appId }, html_url: `https://github.com/o/r/issues/${issue}#issuecomment` };
      comments.push(comment);
      return [201, comment];
    }
    if (method === 'PATCH' && (m = /\/issues\/comments\/(\d+)$/.exec(path))) {
      const comment = comments.find((c) => c.id === Number(m![1]));
      if (!comment) return [404, { message: 'Not Found' }];
      comment.body = String(body.body);
      return [200, comment];
    }
    if (method === 'POST' && path.endsWith('/reactions')) {
      reactions.push({ path, content: body.content });
      return [201, { id: nextId++, content: body.content }];
    }
    if (method === 'GET' && (m = /\/commits\/([0-9a-f]{40})\/check-runs$/.exec(path))) {
      const runs = checkRuns.filter((r) => r.head_sha === m![1] && (!query.get('check_name') || r.name === query.get('check_name')));
      return [200, { total_count: runs.length, check_runs: runs }];
    }
    if (method === 'POST' && path.endsWith('/check-runs')) {
      const run = { ...body, id: nextId++, name: String(body.name), head_sha: String(body.head_sha) };
      checkRuns.push(run);
      return [201, run];
    }
    if (method === 'PATCH' && (m = /\/check-runs\/(\d+)$/.exec(path))) {
      const run = checkRuns.find((r) => r.id === Number(m![1]));
      if (!run) return [404, { message: 'Not Found' }];
      Object.assign(run, body);
      return [200, run];
    }
    if (method === 'POST' && path.endsWith('/dispatches')) {
      dispatches.push({ path, ...body });
      return [204];
    }
    if (method === 'GET' && (m = /\/collaborators\/([^/]+)\/permission$/.exec(path))) {
      const permission = permissions.get(m[1]!);
      return permission ? [200, { permission: permission === 'maintain' ? 'write' : permission, role_name: permission, user: null }] : [404, { message: 'Not Found' }];
    }
    if (method === 'GET' && (m = /\/pulls\/(\d+)(\/files)?$/.exec(path))) {
      const pull = pulls.find((p) => p.number === Number(m![1]));
      if (!pull) return [404, { message: 'Not Found' }];
      return m[2] ? [200, pull.files] : [200, { ...pull, head: { ...pull.head, sha: refs.get(pull.head.ref) ?? pull.head.sha } }];
    }
    return [501, { message: `github-fake does not implement ${method} ${path}` }];
  };

  const scope = nock(githubApiUrl).persist();
  for (const method of ['get', 'post', 'patch', 'put', 'delete'] as const) {
    scope[method](() => true).reply(function (uri, body) {
      return route(method.toUpperCase(), uri, (body && typeof body === 'object' ? body : {}) as Json) as [number, nock.Body];
    });
  }
  api.attach(scope);

  const shared = { refs, files, comments, reactions, checkRuns, dispatches, permissions, pulls };
  const state: GitHubFakeState = { ...shared, nextId: () => nextId++, appId: options.appId, defaultBranch };
  return {
    ...shared,
    runRefs,
    /** Commits this fake made on branches (file writes, the GraphQL branch start): a repeated write shows here. */
    commitsMade: () => commits,
    /** An open agent PR whose head is the current tip of `branch`. */
    addPull: (number: number, branch: string, sha: string, changed: readonly string[] = ['src/a.ts']) => {
      refs.set(branch, sha);
      pulls.push({ number, head: { ref: branch, sha }, user: bot, html_url: `https://github.com/o/r/pull/${number}`, draft: true, files: changed.map((filename) => ({ filename, status: 'modified' })) });
    },
    /** The next `method` request whose path (and body, by `when`: one GraphQL document among others) matches answers `status` (with `headers`), before or after its write. */
    fail: (method: string, path: RegExp, status: number, headers: Record<string, string> = {}, afterWrite = false, when?: (body: Json) => boolean) => void faults.push({ method, path, reply: [status, { message: `injected ${status}` }, headers], afterWrite, ...(when ? { when } : {}) }),
  };
}
