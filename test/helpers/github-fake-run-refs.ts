import { createHash } from 'node:crypto';
import { decodeRunState, encodeRunState, runStateRef, type RunState } from '../../src/core/github/run-state.ts';
import type { FakeRoute, Reply } from './github-fake.ts';

interface RunCommit {
  readonly sha: string;
  readonly tree: string;
  readonly parents: readonly string[];
  readonly message: string;
}

const runRefPrefix = 'refs/shopfloor/runs/';
/** The merge train's state refs (`refs/shopfloor/train/<branch>`) follow the same rules. */
const trainRefPrefix = 'refs/shopfloor/train/';
/** So do effect claims (`refs/shopfloor/claims/<key>`). */
const claimRefPrefix = 'refs/shopfloor/claims/';
/**
 * A claim's or a run's first commit may sit on a tree another route made (the commit the claim is about,
 * main's tree at intake): such commits are stored here whatever their tree, which this store cannot check
 * (the other routes check theirs).
 */
const onAnyTree = (message: unknown) => /^Shopfloor (claim|run) /.test(String(message));

/**
 * Run state refs for the GitHub fake (`refs/shopfloor/runs/*`) with git's rules as GitHub applies them:
 * creating a ref that exists is 422, and an update without `force` that is not a fast-forward (the new
 * commit does not descend from the ref's commit) is 422 "Update is not a fast forward". Commits and
 * trees made here are answered here; everything else falls through to the other routes. `onAdvance`
 * runs after each fast-forward lands, to play another writer between two of a runner's writes.
 */
export function createRunRefStore(options: { readonly onAdvance?: (ref: string, count: number) => void } = {}) {
  let advances = 0;
  const refs = new Map<string, string>();
  const commits = new Map<string, RunCommit>();
  const trees = new Set<string>();
  let counter = 0;
  const descends = (sha: string, from: string): boolean => {
    const stack = [sha];
    const seen = new Set<string>();
    while (stack.length) {
      const at = stack.pop()!;
      if (at === from) return true;
      if (seen.has(at)) continue;
      seen.add(at);
      stack.push(...(commits.get(at)?.parents ?? []));
    }
    return false;
  };
  const refJson = (ref: string, sha: string) => ({ ref, node_id: 'R', url: '', object: { sha, type: 'commit', url: '' } });
  const route: FakeRoute = (_state, { method, path, body }): Reply | undefined => {
    let m: RegExpExecArray | null;
    if ((m = /\/git\/refs?\/(shopfloor\/(?:runs|train|claims)\/.+)$/.exec(path)) && (method === 'GET' || method === 'PATCH')) {
      const ref = `refs/${m[1]}`;
      const current = refs.get(ref);
      if (!current) return [method === 'GET' ? 404 : 422, { message: method === 'GET' ? 'Not Found' : 'Reference does not exist' }];
      if (method === 'GET') return [200, refJson(ref, current)];
      const sha = String(body.sha);
      if (!commits.has(sha)) return [422, { message: 'Object does not exist' }];
      if (!body.force && !descends(sha, current)) return [422, { message: 'Update is not a fast forward' }];
      refs.set(ref, sha);
      options.onAdvance?.(ref, ++advances);
      return [200, refJson(ref, sha)];
    }
    if (method === 'POST' && path.endsWith('/git/refs') && [runRefPrefix, trainRefPrefix, claimRefPrefix].some((prefix) => String(body.ref).startsWith(prefix))) {
      const ref = String(body.ref);
      if (refs.has(ref)) return [422, { message: 'Reference already exists' }];
      if (!commits.has(String(body.sha))) return [422, { message: 'Object does not exist' }];
      refs.set(ref, String(body.sha));
      return [201, refJson(ref, String(body.sha))];
    }
    if (method === 'POST' && path.endsWith('/git/trees') && body.base_tree === undefined) {
      const sha = createHash('sha1').update(`tree ${JSON.stringify(body.tree)}`).digest('hex');
      trees.add(sha);
      return [201, { sha, url: '', truncated: false, tree: [] }];
    }
    if (method === 'POST' && path.endsWith('/git/commits') && (trees.has(String(body.tree)) || onAnyTree(body.message))) {
      const parents = (body.parents as string[] | undefined) ?? [];
      const sha = createHash('sha1').update(`commit ${++counter} ${body.tree} ${parents.join(',')} ${String(body.message)}`).digest('hex');
      commits.set(sha, { sha, tree: String(body.tree), parents, message: String(body.message) });
      return [201, { sha, node_id: 'C', url: '', html_url: '', author: {}, committer: {}, message: body.message, tree: { sha: body.tree, url: '' }, parents: parents.map((p) => ({ sha: p, url: '', html_url: '' })), verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null } }];
    }
    if (method === 'GET' && (m = /\/git\/commits\/([0-9a-f]{40})$/.exec(path)) && commits.has(m[1]!)) {
      const c = commits.get(m[1]!)!;
      return [200, { sha: c.sha, node_id: 'C', url: '', html_url: '', author: {}, committer: {}, message: c.message, tree: { sha: c.tree, url: '' }, parents: c.parents.map((p) => ({ sha: p, url: '', html_url: '' })) }];
    }
    return undefined;
  };
  /** Every state on a run's ref, oldest first (first parents from the tip). */
  const history = (runId: string): RunState[] => {
    const states: RunState[] = [];
    for (let at = refs.get(`${runRefPrefix}${runId}`); at; at = commits.get(at)?.parents[0]) {
      const decoded = decodeRunState(commits.get(at)!.message);
      if (!decoded.ok) throw new Error(decoded.error);
      states.unshift(decoded.state);
    }
    return states;
  };
  /** Appends `state` to the run's ref as a new commit, as another writer (a runner, a seed) would. */
  const put = (state: RunState) => {
    const ref = runStateRef(state.document.runId);
    const parent = refs.get(ref);
    const sha = createHash('sha1').update(`seed ${++counter} ${state.document.revision}`).digest('hex');
    const tree = createHash('sha1').update('seed tree').digest('hex');
    trees.add(tree);
    commits.set(sha, { sha, tree, parents: parent ? [parent] : [], message: encodeRunState(state) });
    refs.set(ref, sha);
  };
  /** Every commit message on a ref, oldest first (first parents from the tip): the train's states. */
  const messages = (ref: string): string[] => {
    const out: string[] = [];
    for (let at = refs.get(ref); at; at = commits.get(at)?.parents[0]) out.unshift(commits.get(at)!.message);
    return out;
  };
  return { route, refs, commits, history, messages, put, state: (runId: string) => history(runId).at(-1) };
}

export type RunRefStore = ReturnType<typeof createRunRefStore>;
