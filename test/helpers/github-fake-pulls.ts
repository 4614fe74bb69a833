import { createHash } from 'node:crypto';
import { githubApiUrl, type GitHubApiMock } from './github-api.ts';
import { branchStartRoute } from './github-fake-branch-start.ts';
import { createGitHubFake, type Chaos, type FakeRoute, type GitHubFakeState, type Json, type Reply } from './github-fake.ts';

/** GitHub Actions' own App id: check runs and PRs made with a workflow's `GITHUB_TOKEN` carry it. */
export const actionsAppId = 15368;

interface Commit {
  readonly parent: string | undefined;
  /** The second parent of a merge made by "Update branch" (main's head then). */
  readonly merged?: string;
  readonly files: ReadonlyMap<string, string>;
  readonly message?: string;
}

type FakePull = GitHubFakeState['pulls'][number] & { merged?: boolean; state?: 'open' | 'closed'; computed?: boolean; queued?: boolean; mergeCommitSha?: string };
type Store = Pick<GitHubFakeState, 'refs' | 'files'>;

/** A landing GraphQL request as the fake received it (checked against GitHub's schema like every document; tests assert these exactly). */
export interface GraphqlCall {
  readonly query: string;
  readonly variables: Readonly<Record<string, unknown>>;
}

const blobSha = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * The pull-request half of GitHub for the fake (`routes:` of `createGitHubFake`): commits with file
 * snapshots (so a file can be read at any commit), PRs opened through the API, their commits and
 * computed files, merges that refuse a stale `sha` with 409 as GitHub does, check runs that name the
 * App that wrote them, and the two GraphQL mutations landing uses. `actAs` switches whose token the
 * next writes use (the App, or a workflow's `GITHUB_TOKEN`). Other areas' `routes` are tried first.
 */
export function createPullsFake(api: GitHubApiMock, options: { readonly appId: number; readonly mainSha?: string; readonly routes?: readonly FakeRoute[]; readonly chaos?: Chaos }) {
  const commits = new Map<string, Commit>();
  const graphqlCalls: GraphqlCall[] = [];
  const merges: { number: number; sha: string; expected: string; method: unknown; title: unknown }[] = [];
  const branchUpdates: { number: number; from: string; to: string; main: string }[] = [];
  let accountedMain: string | undefined = options.mainSha ?? 'a'.repeat(40);
  let acting = { appId: options.appId, login: 'shopfloor[bot]' };
  let beforeMerge: (() => void) | undefined;
  let counter = 0;

  const filesAt = (state: Store, sha: string | undefined): Map<string, string> => {
    const known = sha ? commits.get(sha) : undefined;
    if (known) return new Map(known.files);
    // A commit the fake did not make (a branch tip set by a test): the files of a branch at that tip.
    const branch = [...state.refs].find(([, tip]) => tip === sha)?.[0];
    const files = new Map<string, string>();
    for (const [key, file] of state.files) if (branch && key.startsWith(`${branch}:`)) files.set(key.slice(branch.length + 1), file.text);
    return files;
  };
  const commit = (state: Store, branch: string, changes: Readonly<Record<string, string>>, message?: string): string => {
    const parent = state.refs.get(branch);
    const files = filesAt(state, parent);
    for (const [path, text] of Object.entries(changes)) {
      files.set(path, text);
      state.files.set(`${branch}:${path}`, { text, sha: blobSha(text) });
    }
    const sha = createHash('sha1').update(`commit ${++counter} ${branch} ${parent ?? ''} ${JSON.stringify(changes)}`).digest('hex');
    commits.set(sha, { parent, files, ...(message === undefined ? {} : { message }) });
    state.refs.set(branch, sha);
    return sha;
  };
  /** Every commit reachable from `sha` (both parents of an update merge). */
  const ancestors = (sha: string | undefined): Set<string> => {
    const seen = new Set<string>();
    const stack = sha ? [sha] : [];
    while (stack.length) {
      const at = stack.pop()!;
      if (seen.has(at)) continue;
      seen.add(at);
      const known = commits.get(at);
      if (known?.parent) stack.push(known.parent);
      if (known?.merged) stack.push(known.merged);
    }
    return seen;
  };
  const pullJson = (state: GitHubFakeState, pull: FakePull) => ({
    ...pull, url: `${githubApiUrl}/repos/o/r/pulls/${pull.number}`, id: pull.number, node_id: `PR_${pull.number}`, state: pull.state ?? 'open', merged: pull.merged ?? false,
    head: { ...pull.head, sha: state.refs.get(pull.head.ref) ?? pull.head.sha }, base: { ref: state.defaultBranch, sha: state.refs.get(state.defaultBranch) },
  });
  /** The PR's commits, oldest first: from its head back to the first commit main already has. */
  const pullCommits = (state: GitHubFakeState, pull: FakePull): string[] => {
    const onMain = new Set<string>();
    for (let sha = state.refs.get(state.defaultBranch); sha; sha = commits.get(sha)?.parent) onMain.add(sha);
    const list: string[] = [];
    for (let sha = state.refs.get(pull.head.ref); sha && !onMain.has(sha) && list.length < 250; sha = commits.get(sha)?.parent) list.unshift(sha);
    return list;
  };

  const route: FakeRoute = (state, { method, path, query, body }): Reply | undefined => {
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /\/commits\/([0-9a-f]{40})\/pulls$/.exec(path))) {
      const sha = m[1]!;
      const merged = (state.pulls as FakePull[]).filter((p) => p.mergeCommitSha === sha).map((p) => ({ ...pullJson(state, p), merge_commit_sha: sha, merged_at: '2026-11-22T05:00:00Z', title: `PR ${p.number}`, labels: [], created_at: '2026-11-22T05:00:00Z' }));
      // The fake's starting main counts as a merged pull request's commit (a repository before Shopfloor) unless a test says otherwise.
      const seeded = sha === accountedMain ? [{ number: 1, html_url: 'https://github.com/o/r/pull/1', title: 'Initial', head: { ref: 'initial', sha }, base: { ref: state.defaultBranch, sha }, user: { login: 'octocat' }, state: 'closed', labels: [], created_at: '2026-11-01T00:00:00Z', merged_at: '2026-11-01T00:00:00Z', merge_commit_sha: sha }] : [];
      return [200, [...merged, ...seeded]];
    }
    if (method === 'GET' && (m = /\/git\/commits\/([0-9a-f]{40})$/.exec(path)) && commits.get(m[1]!)?.message !== undefined) {
      const known = commits.get(m[1]!)!;
      return [200, { sha: m[1], message: known.message, tree: { sha: createHash('sha1').update(`tree:${m[1]}`).digest('hex') }, parents: known.parent ? [{ sha: known.parent }] : [], committer: { date: '2026-11-22T05:00:00Z' } }];
    }
    if (method === 'POST' && path.endsWith('/check-runs')) {
      const run = { ...body, id: state.nextId(), name: String(body.name), head_sha: String(body.head_sha), app: { id: acting.appId, slug: acting.login.replace('[bot]', '') } };
      state.checkRuns.push(run);
      return [201, run];
    }
    if ((m = /\/contents\/(.+)$/.exec(path))) {
      if (method === 'PUT') {
        const branch = String(body.branch);
        if (!state.refs.has(branch)) return [404, { message: `Branch ${branch} not found` }];
        // GitHub's rules: an existing file is only replaced by naming its blob SHA.
        const current = filesAt(state, state.refs.get(branch)).get(m[1]!);
        if (current !== undefined && body.sha === undefined) return [422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' }];
        if (current !== undefined && body.sha !== blobSha(current)) return [409, { message: `${m[1]} does not match ${String(body.sha)}` }];
        const sha = commit(state, branch, { [m[1]!]: Buffer.from(String(body.content), 'base64').toString('utf8') }, String(body.message));
        return [201, { content: { path: m[1] }, commit: { sha } }];
      }
      const ref = query.get('ref') ?? '';
      if (method !== 'GET' || !/^[0-9a-f]{40}$/.test(ref)) return undefined;
      const text = filesAt(state, ref).get(m[1]!);
      return text === undefined ? [404, { message: 'Not Found' }] : [200, { type: 'file', encoding: 'base64', content: Buffer.from(text).toString('base64'), sha: blobSha(text) }];
    }
    if (method === 'GET' && /\/pulls$/.test(path)) {
      const head = (query.get('head') ?? '').split(':').pop();
      return [200, (state.pulls as FakePull[]).filter((p) => (!head || p.head.ref === head) && (p.state ?? 'open') === (query.get('state') ?? 'open')).map((p) => pullJson(state, p))];
    }
    if (method === 'POST' && /\/pulls$/.test(path)) {
      const ref = String(body.head);
      // GitHub's rule: one open pull request per head and base.
      if ((state.pulls as FakePull[]).some((p) => p.head.ref === ref && (p.state ?? 'open') === 'open')) return [422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${ref}.` }] }];
      const pull: FakePull = {
        number: state.nextId(), head: { ref, sha: state.refs.get(ref) ?? '' }, user: { login: acting.login }, html_url: '', draft: Boolean(body.draft), files: [],
        computed: true,
      };
      pull.html_url = `https://github.com/o/r/pull/${pull.number}`;
      state.pulls.push(pull);
      return [201, pullJson(state, pull)];
    }
    if ((m = /\/pulls\/(\d+)(\/files|\/commits|\/merge)?$/.exec(path))) {
      const pull = (state.pulls as FakePull[]).find((p) => p.number === Number(m![1]));
      if (!pull) return [404, { message: 'Not Found' }];
      const part = m[2];
      if (method === 'GET' && !part) return [200, pullJson(state, pull)];
      if (method === 'GET' && part === '/commits') return [200, pullCommits(state, pull).map((sha) => ({ sha }))];
      if (method === 'GET' && part === '/files' && pull.computed) {
        const main = filesAt(state, state.refs.get(state.defaultBranch));
        const changed = [...filesAt(state, state.refs.get(pull.head.ref))].filter(([file, text]) => main.get(file) !== text);
        return [200, changed.map(([filename]) => ({ filename, status: main.has(filename) ? 'modified' : 'added' }))];
      }
      if (method === 'PUT' && part === '/merge') return merge(state, pull, body);
    }
    if (method === 'PUT' && (m = /\/pulls\/(\d+)\/update-branch$/.exec(path))) {
      const pull = (state.pulls as FakePull[]).find((p) => p.number === Number(m![1]));
      if (!pull) return [404, { message: 'Not Found' }];
      return updateBranch(state, pull, body);
    }
    if (method === 'GET' && (m = /\/compare\/(.+?)\.\.\.([0-9a-f]{40})$/.exec(path))) {
      // The base may be a branch name, resolved as GitHub does (its head is the answer's `base_commit`).
      const base = /^[0-9a-f]{40}$/.test(m[1]!) ? m[1]! : state.refs.get(m[1]!);
      const head = m[2]!;
      if (!base) return [404, { message: 'Not Found' }];
      const [fromBase, fromHead] = [ancestors(base), ancestors(head)];
      const status = base === head ? 'identical' : fromHead.has(base) ? 'ahead' : fromBase.has(head) ? 'behind' : 'diverged';
      // Oldest first, as GitHub lists them: the fake's commits in the order it made them, then any tip a test set.
      const since = (sha: string) => fromHead.has(sha) && !fromBase.has(sha);
      const listed = [...[...commits.keys()].filter(since), ...[...fromHead].filter((sha) => since(sha) && !commits.has(sha))];
      // The files: a test's listed files for its PR at this head, else computed from the snapshots as the PR files route does.
      const given = (state.pulls as FakePull[]).find((p) => !p.computed && (state.refs.get(p.head.ref) ?? p.head.sha) === head);
      const main = filesAt(state, base);
      const files = given ? given.files : [...filesAt(state, head)].filter(([file, text]) => main.get(file) !== text).map(([filename]) => ({ filename, status: main.has(filename) ? 'modified' : 'added' }));
      const page = Number(query.get('page') ?? 1);
      return [200, {
        status, ahead_by: listed.length, behind_by: 0, total_commits: listed.length, base_commit: { sha: base },
        commits: listed.map((sha) => ({ sha, parents: [], commit: { message: '', tree: { sha }, committer: { date: '2026-11-22T05:00:00Z' } } })), files: page === 1 ? files : [],
      }];
    }
    return undefined;
  };

  const merge = (state: GitHubFakeState, pull: FakePull, body: Json): Reply => {
    beforeMerge?.();
    beforeMerge = undefined;
    const head = state.refs.get(pull.head.ref);
    merges.push({ number: pull.number, sha: head ?? '', expected: String(body.sha), method: body.merge_method, title: body.commit_title });
    if (pull.merged || pull.state === 'closed') return [405, { message: 'Pull Request is not mergeable' }];
    if (pull.draft) return [405, { message: 'Pull Request is still a draft' }];
    if (body.sha !== undefined && body.sha !== head) return [409, { message: 'Head branch was modified. Review and try the merge again.' }];
    const files = filesAt(state, head);
    const main = state.defaultBranch;
    const sha = createHash('sha1').update(`merge ${++counter} ${state.refs.get(main)} ${head}`).digest('hex');
    commits.set(sha, { parent: state.refs.get(main), files });
    state.refs.set(main, sha);
    for (const [path, text] of files) state.files.set(`${main}:${path}`, { text, sha: blobSha(text) });
    pull.merged = true;
    pull.state = 'closed';
    pull.mergeCommitSha = sha;
    return [200, { sha, merged: true, message: 'Pull Request successfully merged' }];
  };

  /** GitHub's "Update branch": a merge of main into the head (main's files win where both differ, a fake's simplification). */
  const updateBranch = (state: GitHubFakeState, pull: FakePull, body: Json): Reply => {
    const head = state.refs.get(pull.head.ref);
    if (body.expected_head_sha !== undefined && body.expected_head_sha !== head) return [422, { message: 'expected_head_sha does not match the head of the pull request' }];
    const main = state.refs.get(state.defaultBranch);
    const files = filesAt(state, head);
    const base = filesAt(state, [...ancestors(head)].find((sha) => ancestors(main).has(sha)));
    for (const [path, text] of filesAt(state, main)) if (base.get(path) !== text) files.set(path, text);
    const sha = createHash('sha1').update(`update ${++counter} ${head} ${main}`).digest('hex');
    commits.set(sha, { parent: head, ...(main ? { merged: main } : {}), files });
    state.refs.set(pull.head.ref, sha);
    for (const [path, text] of files) state.files.set(`${pull.head.ref}:${path}`, { text, sha: blobSha(text) });
    branchUpdates.push({ number: pull.number, from: head ?? '', to: sha, main: main ?? '' });
    return [202, { message: 'Updating pull request branch.', url: pull.html_url }];
  };

  /** The landing mutations (the fake's `fail` and chaos apply, as to every request); other documents go to the next route. */
  const landingGraphql: FakeRoute = (state, { method, path, body }): Reply | undefined => {
    if (method !== 'POST' || path !== '/graphql') return undefined;
    const request = { query: String(body.query), variables: (body.variables ?? {}) as Record<string, unknown> };
    const landing = /^mutation \w+\(\$id: ID!(, \$head: GitObjectID!)?\) \{ (markPullRequestReadyForReview|enqueuePullRequest)\(input: \{ pullRequestId: \$id(, expectedHeadOid: \$head)? \}\) \{ clientMutationId \} \}$/.exec(request.query);
    if (!landing) return undefined;
    graphqlCalls.push(request);
    const pull = (state.pulls as FakePull[]).find((p) => `PR_${p.number}` === request.variables.id);
    if (!pull) return [200, { data: { [landing[2]!]: null }, errors: [{ type: 'NOT_FOUND', path: [landing[2]], message: `Could not resolve to a node with the global id of '${String(request.variables.id)}'` }] }];
    if (landing[2] === 'markPullRequestReadyForReview') {
      pull.draft = false;
      return [200, { data: { markPullRequestReadyForReview: { clientMutationId: null } } }];
    }
    if (state.refs.get(pull.head.ref) !== request.variables.head) return [200, { data: { enqueuePullRequest: null }, errors: [{ path: ['enqueuePullRequest'], message: 'Expected head oid does not match the pull request head' }] }];
    pull.queued = true;
    return [200, { data: { enqueuePullRequest: { clientMutationId: null } } }];
  };
  // Intake's GraphQL branch start over this fake's commits (snapshots), so an agent PR's files compare against main's.
  const branchStart = branchStartRoute((state) => ({
    head: (branch) => state.refs.get(branch), treeOf: (sha) => createHash('sha1').update(`tree:${sha}`).digest('hex'), fileAt: (branch, path) => filesAt(state, state.refs.get(branch)).get(path),
    createBranch: (name, sha) => void state.refs.set(name, sha), commitFiles: (branch, files, message) => commit(state, branch, files, message),
  }));
  const fake = createGitHubFake(api, { appId: options.appId, ...(options.mainSha ? { mainSha: options.mainSha } : {}), ...(options.chaos ? { chaos: options.chaos } : {}), routes: [...(options.routes ?? []), route, landingGraphql, branchStart] });

  return {
    fake,
    graphqlCalls,
    merges,
    branchUpdates,
    /** Which commit counts as put on main by a merged pull request outside the test (default: the starting main; `undefined`: none). */
    setInitialMainAccounted: (sha: string | undefined) => void (accountedMain = sha),
    /** A commit on `branch` changing `files`, as a push would make it; returns its SHA. */
    commit: (branch: string, files: Readonly<Record<string, string>>) => commit(fake!, branch, files),
    /** Whose token the next writes use: the App (default) or, e.g., a workflow's `GITHUB_TOKEN`. */
    actAs: (who: { readonly appId: number; readonly login: string } = { appId: options.appId, login: 'shopfloor[bot]' }) => void (acting = who),
    /** Runs once, just before the next merge request is judged (a push racing the merge). */
    beforeNextMerge: (hook: () => void) => void (beforeMerge = hook),
    /** An open PR for `branch` whose files are computed from the commits (like one opened through the API). */
    openPull: (branch: string, draft = true, login = 'github-actions[bot]') => {
      const number = 100 + (fake.pulls.length + 1);
      const pull: FakePull = { number, head: { ref: branch, sha: fake.refs.get(branch) ?? '' }, user: { login }, html_url: `https://github.com/o/r/pull/${number}`, draft, files: [], computed: true };
      fake.pulls.push(pull);
      return number;
    },
    pull: (number: number) => (fake.pulls as FakePull[]).find((p) => p.number === number),
  };
}
