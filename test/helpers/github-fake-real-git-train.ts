import { execFileSync, spawnSync } from 'node:child_process';
import type { FakeRoute, Reply } from './github-fake.ts';

/** The pull-request fields the train routes change when main moves (a `RealPull` of the real-git fake). */
interface TrainPull {
  readonly number: number;
  readonly branch: string;
  state: 'open' | 'closed';
  mergeCommitSha: string | undefined;
}

const identity = { GIT_AUTHOR_NAME: 'GitHub', GIT_AUTHOR_EMAIL: 'noreply@github.com', GIT_COMMITTER_NAME: 'GitHub', GIT_COMMITTER_EMAIL: 'noreply@github.com', GIT_AUTHOR_DATE: '2026-11-22T05:00:00Z', GIT_COMMITTER_DATE: '2026-11-22T05:00:00Z' };

/**
 * Branch writes of the real-git fake, as GitHub applies them to a bare repository: create a ref (422 when
 * it exists), update one (422 "Update is not a fast forward" without `force`), delete one, merge a head
 * into a branch (`POST /merges`: 201 with the merge commit, 204 when already contained, 409 on a
 * conflict), and the rules that apply to a branch (a `merge_queue` rule when `mergeQueue` is on). When
 * main moves to a commit that contains an open pull request's head, GitHub marks that pull request
 * merged (the way bors-style trains land); here its merge commit is the commit main moved to.
 */
export function createRealGitTrainRoute(input: { readonly origin: string; readonly main: string; readonly pulls: readonly TrainPull[]; readonly mergeQueue?: () => boolean }) {
  const { origin, main } = input;
  const git = (args: readonly string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: origin, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
  const tryGit = (args: readonly string[]) => {
    const result = spawnSync('git', args, { cwd: origin, encoding: 'utf8' });
    return { code: result.status ?? -1, out: (result.stdout ?? '').trim() };
  };
  const sha = (ref: string) => {
    const found = tryGit(['rev-parse', '--verify', '-q', `${ref}^{commit}`]);
    return found.code === 0 ? found.out : undefined;
  };
  const contains = (ancestor: string, of: string) => tryGit(['merge-base', '--is-ancestor', ancestor, of]).code === 0;
  /** Every move of main through these routes: from, to, and the pull requests it marked merged. */
  const mainMoves: { from: string; to: string; merged: number[] }[] = [];
  const refJson = (ref: string, at: string) => ({ ref, node_id: 'R', url: '', object: { sha: at, type: 'commit', url: '' } });

  const markMerged = (from: string, to: string) => {
    const merged: number[] = [];
    for (const pull of input.pulls) {
      const head = sha(`refs/heads/${pull.branch}`);
      if (pull.state !== 'open' || !head || !contains(head, to)) continue;
      pull.state = 'closed';
      pull.mergeCommitSha = to;
      merged.push(pull.number);
    }
    mainMoves.push({ from, to, merged });
  };

  const route: FakeRoute = (_state, { method, path, body }): Reply | undefined => {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path.endsWith('/git/refs') && String(body.ref).startsWith('refs/heads/')) {
      const ref = String(body.ref);
      if (sha(ref)) return [422, { message: 'Reference already exists' }];
      if (!sha(String(body.sha))) return [422, { message: 'Object does not exist' }];
      git(['update-ref', ref, String(body.sha)]);
      return [201, refJson(ref, String(body.sha))];
    }
    if ((method === 'PATCH' || method === 'DELETE') && (m = /\/git\/refs\/heads\/(.+)$/.exec(path))) {
      const ref = `refs/heads/${m[1]}`;
      const current = sha(ref);
      if (!current) return [422, { message: 'Reference does not exist' }];
      if (method === 'DELETE') {
        git(['update-ref', '-d', ref, current]);
        return [204];
      }
      const to = String(body.sha);
      if (!sha(to)) return [422, { message: 'Object does not exist' }];
      if (!body.force && !contains(current, to)) return [422, { message: 'Update is not a fast forward' }];
      git(['update-ref', ref, to, current]);
      if (m[1] === main && current !== to) markMerged(current, to);
      return [200, refJson(ref, to)];
    }
    if (method === 'POST' && path.endsWith('/merges')) {
      const base = sha(`refs/heads/${String(body.base)}`);
      const head = sha(String(body.head)) ?? sha(`refs/heads/${String(body.head)}`);
      if (!base || !head) return [404, { message: !base ? 'Base does not exist' : 'Head does not exist' }];
      if (contains(head, base)) return [204];
      const merged = tryGit(['merge-tree', '--write-tree', base, head]);
      if (merged.code !== 0) return [409, { message: 'Merge conflict' }];
      const message = String(body.commit_message ?? `Merge ${head} into ${String(body.base)}`);
      const commit = git(['commit-tree', merged.out.split('\n')[0]!, '-p', base, '-p', head, '-m', message], identity);
      git(['update-ref', `refs/heads/${String(body.base)}`, commit, base]);
      return [201, { sha: commit, node_id: 'C', url: '', html_url: '', comments_url: '', commit: { message, tree: { sha: git(['rev-parse', `${commit}^{tree}`]) } }, parents: [{ sha: base }, { sha: head }] }];
    }
    if (method === 'GET' && (m = /\/rules\/branches\/(.+)$/.exec(path))) {
      const rules = m[1] === main && input.mergeQueue?.() ? [{ type: 'merge_queue', ruleset_source_type: 'Repository', ruleset_source: 'Hello-World', ruleset_id: 1, parameters: { check_response_timeout_minutes: 60, grouping_strategy: 'ALLGREEN', max_entries_to_build: 5, max_entries_to_merge: 5, merge_method: 'MERGE', min_entries_to_merge: 1, min_entries_to_merge_wait_minutes: 5 } }] : [];
      return [200, rules];
    }
    return undefined;
  };
  return { route, mainMoves };
}
