import { createHash } from 'node:crypto';
import type { FakeRoute, GitHubFakeState, Json, Reply } from './github-fake.ts';

/** A commit in the fake's object store; `files` is its whole tree (path → content). */
export interface FakeCommit {
  readonly sha: string;
  readonly parents: readonly string[];
  readonly message: string;
  readonly date: string;
  readonly tree: string;
}

interface FakeEntry {
  readonly mode: string;
  readonly sha: string;
}

/** Pull request fields the base fake does not keep (state, title, base, labels, merge facts). */
interface PullMeta {
  title: string;
  body: string;
  state: 'open' | 'closed';
  base: string;
  labels: string[];
  created_at: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
}

const hash = (text: string) => createHash('sha1').update(text).digest('hex');

/**
 * Git data for the GitHub fake (route file `github-fake-git.ts`): commits, trees and blobs in memory,
 * non-branch refs (`refs/shopfloor/...`), compare, commit→pulls, pull list/create/update with merge facts,
 * and issues (list by label, create). Seed history with `commit(...)`; the route answers the API over it.
 */
export function createGitStore(options: { readonly now?: string; readonly pullRoutes?: boolean } = {}) {
  // With another area's pull-request routes (github-fake-pulls.ts) behind this one, pass `pullRoutes: false`:
  // then only what they lack is answered here (state=all lists, PRs this store merged or closed, commit→pulls).
  const ownsPullRoutes = options.pullRoutes ?? true;
  const commits = new Map<string, FakeCommit>();
  const trees = new Map<string, Map<string, FakeEntry>>();
  const blobs = new Map<string, string>();
  const order: string[] = [];
  const otherRefs = new Map<string, string>();
  const pullMeta = new Map<number, PullMeta>();
  const issues: (Json & { number: number; body: string; labels: { name: string }[]; state: string; html_url: string; title: string })[] = [];
  const now = options.now ?? '2026-11-22T05:00:00Z';

  const storeTree = (entries: Map<string, FakeEntry>) => {
    const sha = hash(`tree:${[...entries].sort(([a], [b]) => a.localeCompare(b)).map(([p, e]) => `${e.mode} ${e.sha} ${p}`).join('\n')}`);
    trees.set(sha, entries);
    return sha;
  };
  const storeCommit = (parents: readonly string[], message: string, tree: string, date: string) => {
    const sha = hash(`commit:${tree}:${parents.join(',')}:${message}:${date}:${order.length}`);
    commits.set(sha, { sha, parents, message, date, tree });
    order.push(sha);
    return sha;
  };
  /** Seeds a commit whose tree is exactly `files`. */
  const commit = (input: { readonly parents: readonly string[]; readonly files: Readonly<Record<string, string>>; readonly message: string; readonly date?: string }) => {
    const entries = new Map<string, FakeEntry>();
    for (const [path, text] of Object.entries(input.files)) {
      const sha = hash(`blob:${text}`);
      blobs.set(sha, text);
      entries.set(path, { mode: '100644', sha });
    }
    return storeCommit(input.parents, input.message, storeTree(entries), input.date ?? now);
  };
  /** Path → content of a commit's tree, for assertions. */
  const filesAt = (sha: string): Record<string, string> => Object.fromEntries([...trees.get(commits.get(sha)!.tree)!].map(([p, e]) => [p, blobs.get(e.sha) ?? `<blob ${e.sha}>`]));
  const ancestors = (sha: string) => {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length) {
      const at = stack.pop()!;
      if (seen.has(at) || !commits.has(at)) continue;
      seen.add(at);
      stack.push(...commits.get(at)!.parents);
    }
    return seen;
  };
  const apiCommit = (c: FakeCommit) => ({ sha: c.sha, node_id: 'C', url: `https://api.github.com/commits/${c.sha}`, html_url: `https://github.com/o/r/commit/${c.sha}`, parents: c.parents.map((sha) => ({ sha, url: '', html_url: '' })), commit: { message: c.message, tree: { sha: c.tree }, committer: { date: c.date } } });
  const diffTrees = (from: Map<string, FakeEntry>, to: Map<string, FakeEntry>) => {
    const files: { filename: string; status: string; sha: string | null }[] = [];
    for (const [path, entry] of to) {
      const old = from.get(path);
      if (!old) files.push({ filename: path, status: 'added', sha: entry.sha });
      else if (old.sha !== entry.sha) files.push({ filename: path, status: 'modified', sha: entry.sha });
    }
    for (const [path] of from) if (!to.has(path)) files.push({ filename: path, status: 'removed', sha: null });
    return files.sort((a, b) => a.filename.localeCompare(b.filename));
  };
  type SharedPull = GitHubFakeState['pulls'][number] & { state?: 'open' | 'closed'; merged?: boolean };
  const metaOf = (state: GitHubFakeState, pull: SharedPull): PullMeta =>
    pullMeta.get(pull.number) ?? { title: `PR ${pull.number}`, body: '', state: pull.state ?? 'open', base: state.defaultBranch, labels: [], created_at: now, merged_at: pull.merged ? now : null, merge_commit_sha: null };
  // A superset of what the other pull routes answer (node id, merged flag, base sha), so either may serve a PR.
  const pullJson = (state: GitHubFakeState, pull: SharedPull) => {
    const meta = metaOf(state, pull);
    return {
      ...pull, id: pull.number, node_id: `PR_${pull.number}`, url: `https://api.github.com/repos/o/r/pulls/${pull.number}`, head: { ...pull.head, sha: state.refs.get(pull.head.ref) ?? pull.head.sha },
      base: { ref: meta.base, sha: state.refs.get(meta.base) }, title: meta.title, body: meta.body, state: meta.state, merged: meta.merged_at !== null,
      labels: meta.labels.map((name) => ({ name })), created_at: meta.created_at, merged_at: meta.merged_at, merge_commit_sha: meta.merge_commit_sha,
    };
  };

  const route: FakeRoute = (state, { method, path, query, body }): Reply | undefined => {
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /\/git\/ref\/(.+)$/.exec(path)) && !m[1]!.startsWith('heads/')) {
      const sha = otherRefs.get(`refs/${m[1]}`);
      return sha ? [200, { ref: `refs/${m[1]}`, node_id: 'R', url: '', object: { sha, type: 'commit', url: '' } }] : [404, { message: 'Not Found' }];
    }
    if (method === 'GET' && (m = /\/git\/commits\/([0-9a-f]{40})$/.exec(path))) {
      const c = commits.get(m[1]!);
      // With the pull-request routes behind this store, a commit it does not have may be theirs.
      return c ? [200, { sha: c.sha, message: c.message, tree: { sha: c.tree }, parents: c.parents.map((sha) => ({ sha })), committer: { date: c.date } }] : ownsPullRoutes ? [404, { message: 'Not Found' }] : undefined;
    }
    if (method === 'POST' && path.endsWith('/git/commits')) {
      const sha = storeCommit(body.parents as string[], String(body.message), String(body.tree), now);
      return [201, { sha, tree: { sha: body.tree }, parents: (body.parents as string[]).map((p) => ({ sha: p })), message: body.message }];
    }
    if (method === 'GET' && (m = /\/git\/trees\/([0-9a-f]{40})$/.exec(path))) {
      const tree = trees.get(commits.get(m[1]!)?.tree ?? m[1]!);
      if (!tree) return [404, { message: 'Not Found' }];
      return [200, { sha: m[1], truncated: false, tree: [...tree].map(([p, e]) => ({ path: p, mode: e.mode, type: 'blob', sha: e.sha })) }];
    }
    if (method === 'POST' && path.endsWith('/git/trees')) {
      const base = trees.get(String(body.base_tree));
      if (!base) return [422, { message: 'base_tree not found' }];
      const next = new Map(base);
      for (const entry of body.tree as { path: string; mode: string; sha: string | null }[]) {
        if (entry.sha === null) next.delete(entry.path);
        else next.set(entry.path, { mode: entry.mode, sha: entry.sha });
      }
      return [201, { sha: storeTree(next), truncated: false, tree: [] }];
    }
    if (method === 'GET' && (m = /\/compare\/(.+?)\.\.\.([0-9a-f]{40})$/.exec(path))) {
      // The base may be a branch name, resolved as GitHub does (its head is the answer's `base_commit`).
      const [base, head] = [/^[0-9a-f]{40}$/.test(m[1]!) ? m[1]! : state.refs.get(m[1]!) ?? '', m[2]!];
      // Commits only the pull-request routes made (an agent PR's) are theirs to compare.
      if (!commits.has(base) || !commits.has(head)) return ownsPullRoutes ? [404, { message: 'Not Found' }] : undefined;
      const fromBase = ancestors(base);
      const fromHead = ancestors(head);
      const status = base === head ? 'identical' : fromHead.has(base) ? 'ahead' : fromBase.has(head) ? 'behind' : 'diverged';
      const listed = order.filter((sha) => fromHead.has(sha) && !fromBase.has(sha)).map((sha) => apiCommit(commits.get(sha)!));
      const files = diffTrees(trees.get(commits.get(base)!.tree)!, trees.get(commits.get(head)!.tree)!);
      // As GitHub pages it: without paging parameters at most 250 commits; with them per_page (≤ 100) a page, files on page 1 only.
      const paged = query.has('per_page') || query.has('page');
      const size = Math.min(Number(query.get('per_page') ?? 30), 100);
      const page = Number(query.get('page') ?? 1);
      const commitsPage = paged ? listed.slice((page - 1) * size, page * size) : listed.slice(0, 250);
      return [200, { status, ahead_by: listed.length, behind_by: 0, total_commits: listed.length, base_commit: { sha: base }, commits: commitsPage, files: page === 1 ? files : [] }];
    }
    if (method === 'GET' && (m = /\/commits\/([0-9a-f]{40})\/pulls$/.exec(path))) {
      const merged = state.pulls.filter((p) => pullMeta.get(p.number)?.merge_commit_sha === m![1]).map((p) => pullJson(state, p));
      // With the pull-request routes behind this store, a commit it merged nothing as is theirs to answer.
      return merged.length || ownsPullRoutes ? [200, merged] : undefined;
    }
    if (method === 'GET' && /\/repos\/[^/]+\/[^/]+\/pulls$/.test(path) && (ownsPullRoutes || query.get('state') === 'all')) {
      const head = query.get('head')?.split(':')[1];
      const wanted = query.get('state') ?? 'open';
      const list = state.pulls.map((p) => pullJson(state, p)).filter((p) => (wanted === 'all' || p.state === wanted) && (!head || p.head.ref === head));
      return [200, list.sort((a, b) => b.number - a.number)];
    }
    if (method === 'POST' && /\/repos\/[^/]+\/[^/]+\/pulls$/.test(path) && ownsPullRoutes) {
      const ref = String(body.head);
      const sha = state.refs.get(ref);
      if (!sha) return [422, { message: `head ${ref} does not exist` }];
      // GitHub's rule: one open pull request per head and base.
      if (state.pulls.some((p) => p.head.ref === ref && metaOf(state, p).state === 'open' && metaOf(state, p).base === String(body.base))) return [422, { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${ref}.` }] }];
      const number = state.nextId();
      state.pulls.push({ number, head: { ref, sha }, user: { login: 'shopfloor[bot]' }, html_url: `https://github.com/o/r/pull/${number}`, draft: Boolean(body.draft), files: [] });
      pullMeta.set(number, { title: String(body.title), body: String(body.body ?? ''), state: 'open', base: String(body.base), labels: [], created_at: now, merged_at: null, merge_commit_sha: null });
      return [201, pullJson(state, state.pulls.at(-1)!)];
    }
    if ((m = /\/pulls\/(\d+)$/.exec(path)) && (method === 'GET' || method === 'PATCH') && (ownsPullRoutes || method === 'PATCH' || pullMeta.has(Number(m[1])))) {
      const pull = state.pulls.find((p) => p.number === Number(m![1])) as SharedPull | undefined;
      if (!pull) return [404, { message: 'Not Found' }];
      if (method === 'PATCH') {
        const meta = metaOf(state, pull);
        if (body.state === 'closed' || body.state === 'open') pull.state = meta.state = body.state;
        pullMeta.set(pull.number, meta);
      }
      return [200, pullJson(state, pull)];
    }
    if (method === 'GET' && /\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      const label = query.get('labels');
      return [200, issues.filter((i) => !label || i.labels.some((l) => l.name === label))];
    }
    if (method === 'POST' && /\/repos\/[^/]+\/[^/]+\/issues$/.test(path)) {
      const number = state.nextId();
      const issue = { number, title: String(body.title), body: String(body.body ?? ''), labels: ((body.labels as string[] | undefined) ?? []).map((name) => ({ name })), state: 'open', html_url: `https://github.com/o/r/issues/${number}` };
      issues.push(issue);
      return [201, issue];
    }
    return undefined;
  };

  return {
    route, commits, trees, blobs, otherRefs, pullMeta, issues, commit, filesAt,
    /** Marks pull `number` merged as `mergeSha` (it must exist in the base fake's `pulls`). */
    setMerged: (number: number, mergeSha: string, meta: Partial<PullMeta> = {}) => {
      pullMeta.set(number, { title: `PR ${number}`, body: '', state: 'closed', base: 'main', labels: [], created_at: now, merged_at: now, merge_commit_sha: mergeSha, ...meta });
    },
  };
}

export type GitStore = ReturnType<typeof createGitStore>;
