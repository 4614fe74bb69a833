import { execFileSync, spawnSync } from 'node:child_process';
import { githubApiUrl, type GitHubApiMock } from './github-api.ts';
import { createGitHubFake, type Chaos, type FakeRoute, type Reply } from './github-fake.ts';
import { createRealGitTrainRoute } from './github-fake-real-git-train.ts';
import { branchStartRoute } from './github-fake-branch-start.ts';

/** A pull request of the real-git fake: its head is whatever the branch points at in the bare repository. */
export interface RealPull {
  readonly number: number;
  readonly branch: string;
  readonly author: string;
  draft: boolean;
  state: 'open' | 'closed';
  mergeCommitSha: string | undefined;
}

const identity = { GIT_AUTHOR_NAME: 'GitHub', GIT_AUTHOR_EMAIL: 'noreply@github.com', GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com', GIT_AUTHOR_DATE: '2026-11-22T05:00:00Z', GIT_COMMITTER_DATE: '2026-11-22T05:00:00Z' };
const fileStatus: Record<string, string> = { A: 'added', M: 'modified', D: 'removed', T: 'changed' };

/**
 * GitHub over a real bare repository, for the App under test (nock): branches (created through REST or
 * intake's GraphQL `createRef` + `createCommitOnBranch`), file contents at any ref and written on a branch,
 * pull requests whose head, commits and files come from git, compare by real ancestry, merges that write
 * the merge (or squash) commit GitHub would (`git merge-tree` + `commit-tree`, refusing a stale `sha` with
 * 409 and a conflict with 405), "Update branch" as a real merge of main into the head (422 on a stale
 * `expected_head_sha`), the merge queue (enqueueing builds the queue commit on `gh-readonly-queue/...`;
 * `landQueue` moves main to it once the App's `shopfloor/merge` passed there), and commit → merged PR. Check runs the App writes carry its App id;
 * everything else (comments, check-run reads, tokens) is the base fake's. Every request still goes
 * through `api`'s OpenAPI check.
 */
export function createRealGitHub(api: GitHubApiMock, options: { readonly appId: number; readonly origin: string; readonly defaultBranch?: string; readonly mergeQueue?: boolean; readonly chaos?: Chaos }) {
  const main = options.defaultBranch ?? 'main';
  const pulls: RealPull[] = [];
  const graphql: { query: string; variables: Record<string, unknown> }[] = [];
  /** Commits that reached main through a pull request outside the test (the repository's history before it). */
  const mergedOutside = new Set<string>();
  const merges: { number: number; expected: string; method: string; sha: string }[] = [];
  const updates: { number: number; from: string; to: string }[] = [];
  const queue: { number: number; head: string; group: string; ref: string; base: string }[] = [];

  const git = (args: readonly string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: options.origin, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
  const tryGit = (args: readonly string[]) => {
    const result = spawnSync('git', args, { cwd: options.origin, encoding: 'utf8' });
    return { code: result.status ?? -1, out: (result.stdout ?? '').trim() };
  };
  const sha = (ref: string): string | undefined => {
    const found = tryGit(['rev-parse', '--verify', '-q', `${ref}^{commit}`]);
    return found.code === 0 ? found.out : undefined;
  };
  const contains = (ancestor: string, of: string) => tryGit(['merge-base', '--is-ancestor', ancestor, of]).code === 0;
  /** The tree of merging `theirs` into `ours`, or undefined on a conflict. */
  const mergeTree = (ours: string, theirs: string) => {
    const merged = tryGit(['merge-tree', '--write-tree', ours, theirs]);
    return merged.code === 0 ? merged.out.split('\n')[0] : undefined;
  };
  const pullJson = (pull: RealPull) => {
    const head = sha(`refs/heads/${pull.branch}`) ?? '';
    return {
      id: pull.number, number: pull.number, node_id: `PR_${pull.number}`, html_url: `https://github.com/Codertocat/Hello-World/pull/${pull.number}`, url: `${githubApiUrl}/repos/Codertocat/Hello-World/pulls/${pull.number}`,
      state: pull.state, merged: pull.mergeCommitSha !== undefined, draft: pull.draft, title: `PR ${pull.number}`, labels: [], created_at: '2026-11-22T05:00:00Z',
      merged_at: pull.mergeCommitSha ? '2026-11-22T05:00:00Z' : null, merge_commit_sha: pull.mergeCommitSha ?? null,
      head: { ref: pull.branch, sha: head }, base: { ref: main, sha: sha(main) }, user: { login: pull.author },
    };
  };
  const pullOf = (number: string) => pulls.find((pull) => pull.number === Number(number));

  const merge = (pull: RealPull, body: Record<string, unknown>): Reply => {
    const head = sha(`refs/heads/${pull.branch}`)!;
    const base = sha(main)!;
    const method = String(body.merge_method ?? 'merge');
    merges.push({ number: pull.number, expected: String(body.sha), method, sha: head });
    if (pull.state !== 'open') return [405, { message: 'Pull Request is not mergeable' }];
    if (pull.draft) return [405, { message: 'Pull Request is still a draft' }];
    if (body.sha !== undefined && body.sha !== head) return [409, { message: 'Head branch was modified. Review and try the merge again.' }];
    const tree = mergeTree(base, head);
    if (!tree) return [405, { message: 'Pull Request has merge conflicts' }];
    if (method === 'rebase') return [501, { message: 'the real-git fake does not rebase' }];
    const message = `${String(body.commit_title ?? `Merge pull request #${pull.number}`)}\n\n${String(body.commit_message ?? '')}`;
    const commit = git(['commit-tree', tree, '-p', base, ...(method === 'merge' ? ['-p', head] : []), '-m', message], identity);
    git(['update-ref', `refs/heads/${main}`, commit, base]);
    pull.state = 'closed';
    pull.mergeCommitSha = commit;
    return [200, { sha: commit, merged: true, message: 'Pull Request successfully merged' }];
  };

  const updateBranch = (pull: RealPull, body: Record<string, unknown>): Reply => {
    const head = sha(`refs/heads/${pull.branch}`)!;
    if (body.expected_head_sha !== undefined && body.expected_head_sha !== head) return [422, { message: 'expected_head_sha does not match the head of the pull request' }];
    const base = sha(main)!;
    if (contains(base, head)) return [422, { message: 'There are no new commits on the base branch.' }];
    const tree = mergeTree(head, base);
    if (!tree) return [422, { message: 'merge conflict between base and head' }];
    const commit = git(['commit-tree', tree, '-p', head, '-p', base, '-m', `Merge branch '${main}' into ${pull.branch}`], identity);
    git(['update-ref', `refs/heads/${pull.branch}`, commit, head]);
    updates.push({ number: pull.number, from: head, to: commit });
    return [202, { message: 'Updating pull request branch.', url: pullJson(pull).html_url }];
  };

  const route: FakeRoute = (state, { method, path, query, body }): Reply | undefined => {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path.endsWith('/check-runs')) {
      const run = { ...body, id: state.nextId(), name: String(body.name), head_sha: String(body.head_sha), app: { id: options.appId, slug: 'shopfloor' } };
      state.checkRuns.push(run);
      return [201, run];
    }
    if (method === 'GET' && (m = /\/git\/ref\/heads\/(.+)$/.exec(path))) {
      const at = sha(`refs/heads/${m[1]}`);
      return at ? [200, { ref: `refs/heads/${m[1]}`, node_id: 'R', url: '', object: { sha: at, type: 'commit', url: '' } }] : [404, { message: 'Not Found' }];
    }
    if (method === 'POST' && path.endsWith('/git/refs') && String(body.ref).startsWith('refs/heads/')) {
      if (sha(String(body.ref))) return [422, { message: 'Reference already exists' }];
      git(['update-ref', String(body.ref), String(body.sha), '']);
      return [201, { ref: body.ref, node_id: 'R', url: '', object: { sha: body.sha, type: 'commit', url: '' } }];
    }
    if (method === 'PUT' && (m = /\/contents\/(.+)$/.exec(path))) {
      const branch = String(body.branch);
      if (!sha(`refs/heads/${branch}`)) return [404, { message: `Branch ${branch} not found` }];
      // GitHub's rules: an existing file is only replaced by naming its blob SHA.
      const current = tryGit(['rev-parse', '-q', '--verify', `refs/heads/${branch}:${m[1]}`]);
      if (current.code === 0 && body.sha === undefined) return [422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' }];
      if (current.code === 0 && body.sha !== current.out) return [409, { message: `${m[1]} does not match ${String(body.sha)}` }];
      const commit = commitOnBranch(branch, { [m[1]!]: Buffer.from(String(body.content), 'base64').toString('utf8') }, String(body.message));
      return [201, { content: { path: m[1] }, commit: { sha: commit } }];
    }
    if (method === 'GET' && (m = /\/contents\/(.+)$/.exec(path))) {
      const ref = query.get('ref') ?? main;
      if (tryGit(['cat-file', '-e', `${ref}:${m[1]}`]).code !== 0) return [404, { message: 'Not Found' }];
      const text = execFileSync('git', ['cat-file', 'blob', `${ref}:${m[1]}`], { cwd: options.origin, encoding: 'utf8' });
      return [200, { type: 'file', encoding: 'base64', content: Buffer.from(text).toString('base64'), sha: git(['rev-parse', `${ref}:${m[1]}`]), path: m[1] }];
    }
    if (method === 'GET' && (m = /\/commits\/([0-9a-f]{40})\/pulls$/.exec(path))) {
      const merged = pulls.filter((pull) => pull.mergeCommitSha === m![1]).map(pullJson);
      const outside = mergedOutside.has(m[1]!) ? [{ ...pullJson({ number: 1, branch: 'before-the-test', author: 'octocat', draft: false, state: 'closed', mergeCommitSha: m[1] }), head: { ref: 'before-the-test', sha: m[1] } }] : [];
      return [200, [...merged, ...outside]];
    }
    if (method === 'GET' && (m = /\/compare\/(.+?)\.\.\.([0-9a-f]{40})$/.exec(path))) {
      // The base may be a branch name, resolved as GitHub does (its head is the answer's `base_commit`).
      const [base, head] = [/^[0-9a-f]{40}$/.test(m[1]!) ? m[1]! : sha(`refs/heads/${m[1]}`), m[2]!];
      if (!base) return [404, { message: 'Not Found' }];
      const status = base === head ? 'identical' : contains(base, head) ? 'ahead' : contains(head, base) ? 'behind' : 'diverged';
      const lines = git(['diff', '--name-status', '--no-renames', git(['merge-base', base, head]), head]).split('\n').filter(Boolean);
      const listed = git(['rev-list', '--reverse', head, `^${base}`]).split('\n').filter(Boolean);
      const commits = listed.map((commit) => ({ sha: commit, parents: [], commit: { message: '', tree: { sha: commit }, committer: { date: '2026-11-22T05:00:00Z' } } }));
      return [200, { status, ahead_by: listed.length, behind_by: 0, total_commits: listed.length, base_commit: { sha: base }, commits, files: lines.map((line) => ({ filename: line.split('\t')[1], status: fileStatus[line[0]!] ?? 'modified' })) }];
    }
    if (method === 'GET' && (m = /\/git\/commits\/([0-9a-f]{40})$/.exec(path))) {
      if (!sha(m[1]!)) return [404, { message: 'Not Found' }];
      const [tree, parents, date, ...message] = git(['show', '-s', '--format=%T%n%P%n%cI%n%B', m[1]!]).split('\n');
      return [200, { sha: m[1], message: message.join('\n'), tree: { sha: tree }, parents: (parents ?? '').split(' ').filter(Boolean).map((p) => ({ sha: p })), committer: { date } }];
    }
    if (method === 'GET' && /\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      const head = (query.get('head') ?? '').split(':').pop();
      const wanted = query.get('state') ?? 'open';
      return [200, pulls.filter((pull) => (wanted === 'all' || pull.state === wanted) && (!head || pull.branch === head)).map(pullJson)];
    }
    if (method === 'PUT' && (m = /\/pulls\/(\d+)\/update-branch$/.exec(path))) {
      const pull = pullOf(m[1]!);
      return pull ? updateBranch(pull, body) : [404, { message: 'Not Found' }];
    }
    if ((m = /\/pulls\/(\d+)(\/files|\/commits|\/merge)?$/.exec(path))) {
      const pull = pullOf(m[1]!);
      if (!pull) return [404, { message: 'Not Found' }];
      const head = sha(`refs/heads/${pull.branch}`)!;
      if (method === 'GET' && !m[2]) return [200, pullJson(pull)];
      if (method === 'GET' && m[2] === '/commits') return [200, git(['rev-list', '--reverse', `${main}..${head}`]).split('\n').filter(Boolean).map((commit) => ({ sha: commit }))];
      if (method === 'GET' && m[2] === '/files') {
        const lines = git(['diff', '--name-status', '--no-renames', git(['merge-base', main, head]), head]).split('\n').filter(Boolean);
        return [200, lines.map((line) => ({ filename: line.split('\t')[1], status: fileStatus[line[0]!] ?? 'modified' }))];
      }
      if (method === 'PUT' && m[2] === '/merge') return merge(pull, body);
    }
    return undefined;
  };

  // The landing mutations (the fake's `fail` and chaos apply to them, as to every request).
  const landingGraphql: FakeRoute = (_state, { method, path, body }): Reply | undefined => {
    if (method !== 'POST' || path !== '/graphql') return undefined;
    const request = { query: String(body.query), variables: (body.variables ?? {}) as Record<string, unknown> };
    if (!/markPullRequestReadyForReview|enqueuePullRequest/.test(request.query)) return undefined;
    graphql.push(request);
    const pull = pulls.find((p) => `PR_${p.number}` === request.variables?.id);
    if (!pull) return [200, { errors: [{ message: `Could not resolve to a node with the global id of '${String(request.variables?.id)}'` }] }];
    if (request.query.includes('markPullRequestReadyForReview')) {
      pull.draft = false;
      return [200, { data: { markPullRequestReadyForReview: { clientMutationId: null } } }];
    }
    if (request.query.includes('enqueuePullRequest')) {
      const head = sha(`refs/heads/${pull.branch}`)!;
      if (request.variables?.head !== head) return [200, { errors: [{ message: 'Expected head oid does not match the pull request head' }] }];
      // GitHub builds the queue commit at once: main (with the entries ahead, none here) merged with the head.
      const base = sha(main)!;
      const tree = mergeTree(base, head);
      if (!tree) return [200, { errors: [{ message: 'the pull request conflicts with the queue' }] }];
      const group = git(['commit-tree', tree, '-p', base, '-p', head, '-m', `Merge pull request #${pull.number}`], identity);
      const ref = `gh-readonly-queue/${main}/pr-${pull.number}-${head}`;
      git(['update-ref', `refs/heads/${ref}`, group]);
      queue.push({ number: pull.number, head, group, ref, base });
      return [200, { data: { enqueuePullRequest: { clientMutationId: null } } }];
    }
    return [200, { errors: [{ message: 'github-fake-real-git does not implement this GraphQL document' }] }];
  };
  /** Intake's GraphQL branch start over the bare repository: a commit of `files` on the branch's head, as GitHub would make it. */
  const commitOnBranch = (branch: string, files: Readonly<Record<string, string>>, message: string): string => {
    const head = sha(`refs/heads/${branch}`)!;
    const index = { GIT_INDEX_FILE: `${options.origin}/shopfloor-fake-index` };
    git(['read-tree', head], index);
    for (const [path, text] of Object.entries(files)) {
      const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: options.origin, input: text, encoding: 'utf8' }).trim();
      git(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], index);
    }
    const commit = git(['commit-tree', git(['write-tree'], index), '-p', head, '-m', message], identity);
    git(['update-ref', `refs/heads/${branch}`, commit, head]);
    return commit;
  };
  const branchStart = branchStartRoute(() => ({
    head: (branch) => sha(`refs/heads/${branch}`), treeOf: (commit) => git(['rev-parse', `${commit}^{tree}`]),
    fileAt: (branch, path) => (tryGit(['cat-file', '-e', `refs/heads/${branch}:${path}`]).code === 0 ? execFileSync('git', ['cat-file', 'blob', `refs/heads/${branch}:${path}`], { cwd: options.origin, encoding: 'utf8' }) : undefined),
    createBranch: (name, commit) => void git(['update-ref', `refs/heads/${name}`, commit, '']), commitFiles: commitOnBranch,
  }));
  const train = createRealGitTrainRoute({ origin: options.origin, main, pulls, mergeQueue: () => options.mergeQueue ?? false });
  const fake = createGitHubFake(api, { appId: options.appId, defaultBranch: main, routes: [route, landingGraphql, branchStart, train.route], ...(options.chaos ? { chaos: options.chaos } : {}) });

  return {
    fake, pulls, graphql, merges, updates, mergedOutside, origin: options.origin, queue, mainMoves: train.mainMoves,
    /**
     * The merge queue's own landing: each entry whose queue commit has a successful `shopfloor/merge` by
     * the App (the required check) moves main to exactly that commit; the others wait.
     */
    landQueue: () => {
      for (const entry of queue.splice(0)) {
        const passed = fake.checkRuns.some((run) => run.name === 'shopfloor/merge' && run.head_sha === entry.group && (run as { conclusion?: string }).conclusion === 'success' && (run as { app?: { id: number } }).app?.id === options.appId);
        if (!passed) {
          queue.push(entry);
          continue;
        }
        git(['update-ref', `refs/heads/${main}`, entry.group, entry.base]);
        const pull = pulls.find((p) => p.number === entry.number)!;
        pull.state = 'closed';
        pull.mergeCommitSha = entry.group;
      }
    },
    /** The commit a ref points at in the bare repository. */
    sha,
    /** The tree of a commit. */
    treeOf: (commit: string) => git(['rev-parse', `${commit}^{tree}`]),
    /** Opens a pull request for `branch` (already pushed to the bare repository). */
    openPull: (branch: string, author = 'github-actions[bot]', draft = true) => {
      const pull: RealPull = { number: 10 + pulls.length, branch, author, draft, state: 'open', mergeCommitSha: undefined };
      pulls.push(pull);
      return pull;
    },
  };
}
