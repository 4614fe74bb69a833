import type { ApiRoute } from './action-bundle.ts';
import { createRunRefStore, type RunRefStore } from './github-fake-run-refs.ts';

type Json = Record<string, unknown>;

/**
 * The slice of GitHub the Action writes to, kept in memory for `startGitHubServer`: check runs, commit
 * statuses, pull requests, issues and issue comments of one repository, plus its default branch.
 */
export function createActionGitHubState(options: { readonly defaultBranch?: string; readonly mainSha?: string; readonly runRefs?: RunRefStore } = {}) {
  // Run state refs (refs/shopfloor/runs/*) with fast-forward rules; absent ones answer 404 like GitHub.
  const runRefs = options.runRefs ?? createRunRefStore();
  const checkRuns: (Json & { id: number; name: string; head_sha: string })[] = [];
  const statuses: (Json & { sha: string })[] = [];
  const pulls: (Json & { number: number; head: { ref: string } })[] = [];
  const issues: (Json & { number: number; title: string; body: string })[] = [];
  const comments: (Json & { id: number; issue: number; body: string; updates: number })[] = [];
  let nextId = 1;
  const route: ApiRoute = (method, path, body, query) => {
    const runRef = runRefs.route(undefined as never, { method, path, query, body });
    if (runRef) return [runRef[0], runRef[1]];
    let m: RegExpExecArray | null;
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+$/.test(path)) return [200, { default_branch: options.defaultBranch ?? 'main' }];
    if (method === 'GET' && (m = /\/git\/ref\/heads\/(.+)$/.exec(path))) return [200, { ref: `refs/heads/${m[1]}`, object: { sha: options.mainSha ?? 'a'.repeat(40), type: 'commit' } }];
    if (method === 'GET' && (m = /\/commits\/([^/]+)\/check-runs$/.exec(path))) {
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
    if (method === 'POST' && (m = /\/statuses\/([0-9a-f]{40})$/.exec(path))) {
      const status = { ...body, sha: m[1]!, id: nextId++ };
      statuses.push(status);
      return [201, status];
    }
    if (method === 'GET' && path.endsWith('/pulls')) {
      const head = query.get('head')?.split(':')[1];
      return [200, pulls.filter((p) => !head || p.head.ref === head)];
    }
    if (method === 'POST' && path.endsWith('/pulls')) {
      const number = nextId++;
      const pull = { ...body, number, draft: Boolean(body.draft), head: { ref: String(body.head), sha: 'b'.repeat(40) }, user: { login: 'github-actions[bot]' }, html_url: `https://github.com/octo/shop/pull/${number}` };
      pulls.push(pull);
      return [201, pull];
    }
    if ((m = /\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (method === 'GET') return [200, comments.filter((c) => c.issue === issue)];
      const comment = { id: nextId++, issue, body: String(body.body), updates: 0, user: { login: 'github-actions[bot]' }, html_url: `https://github.com/octo/shop/issues/${issue}#issuecomment` };
      comments.push(comment);
      return [201, comment];
    }
    if (method === 'PATCH' && (m = /\/issues\/comments\/(\d+)$/.exec(path))) {
      const comment = comments.find((c) => c.id === Number(m![1]));
      if (!comment) return [404, { message: 'Not Found' }];
      comment.body = String(body.body);
      comment.updates += 1;
      return [200, comment];
    }
    if (method === 'GET' && path.endsWith('/issues')) return [200, issues.map((i) => ({ ...i, html_url: `https://github.com/octo/shop/issues/${i.number}` }))];
    if (method === 'POST' && path.endsWith('/issues')) {
      const issue = { number: nextId++, title: String(body.title), body: String(body.body) };
      issues.push(issue);
      return [201, { ...issue, html_url: `https://github.com/octo/shop/issues/${issue.number}` }];
    }
    if (method === 'PATCH' && (m = /\/issues\/(\d+)$/.exec(path))) {
      const issue = issues.find((i) => i.number === Number(m![1]));
      if (!issue) return [404, { message: 'Not Found' }];
      Object.assign(issue, body);
      return [200, { ...issue, html_url: `https://github.com/octo/shop/issues/${issue.number}` }];
    }
    return undefined;
  };
  return { route, checkRuns, statuses, pulls, issues, comments, runRefs, nextId: () => nextId++ };
}
