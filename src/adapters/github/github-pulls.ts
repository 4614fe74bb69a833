import type { GitChange } from '../../core/git/git-types.ts';
import { gitChangeOf } from '../../core/github/file-status.ts';
import type { Ensured, MergeMethod, MergeOutcome, PullRequestInfo, PullRequestSpec } from '../../ports/forge.ts';
import { listAll, repoParams, statusOf, type GitHubAnswer, type GitHubRequest } from './github-request.ts';

/** A pull request as the list endpoint (`pull-request-simple`) and the single one (`pull-request`) return it. */
export type ApiPull = GitHubAnswer<'GET /repos/{owner}/{repo}/pulls'>['data'][number] | GitHubAnswer<'GET /repos/{owner}/{repo}/pulls/{pull_number}'>['data'];

const toPull = (pull: ApiPull): PullRequestInfo => ({ number: pull.number, headSha: pull.head.sha, headRef: pull.head.ref, url: pull.html_url, draft: pull.draft ?? false, author: pull.user?.login ?? '' });

export function createGitHubPulls(request: GitHubRequest) {
  /**
   * `absent`: the caller just created the head branch, so no PR can have it yet: create first and look only
   * when GitHub refuses (it keeps one open PR per head and base, so a lost answer is found through that 422).
   */
  const ensurePullRequest = async (repo: string, spec: PullRequestSpec, known?: { readonly absent: boolean }): Promise<Ensured<PullRequestInfo>> => {
    const params = repoParams(repo);
    const find = async () => (await request('GET /repos/{owner}/{repo}/pulls', { ...params, head: `${params.owner}:${spec.head}`, state: 'open' })).data.find((pull) => pull.head.ref === spec.head);
    const existing = known?.absent ? undefined : await find();
    if (existing) return { created: false, value: toPull(existing) };
    try {
      const created = await request('POST /repos/{owner}/{repo}/pulls', { ...params, head: spec.head, base: spec.base, title: spec.title, body: spec.body, draft: spec.draft });
      return { created: true, value: toPull(created.data) };
    } catch (error) {
      // 422 "A pull request already exists for owner:branch": another replica (or a lost answer) made it first.
      const raced = statusOf(error) === 422 ? await find() : undefined;
      if (raced) return { created: false, value: toPull(raced) };
      throw error;
    }
  };
  const getPullRequest = async (repo: string, number: number) => toPull((await request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repoParams(repo), pull_number: number })).data);
  const listPullRequestFiles = async (repo: string, number: number): Promise<GitChange[]> => {
    const files = await listAll((paging) => request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repoParams(repo), pull_number: number, ...paging }), 30);
    return files.map((file) => gitChangeOf({ path: file.filename, status: file.status, fromPath: file.previous_filename }));
  };
  /** GitHub refuses with 409 when the head is no longer `sha`: the guard against a push after approval. */
  const mergePullRequest = async (repo: string, number: number, options: { sha: string; method: MergeMethod; title?: string; message?: string }): Promise<MergeOutcome> => {
    try {
      const { data } = await request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
        ...repoParams(repo), pull_number: number, sha: options.sha, merge_method: options.method,
        ...(options.title ? { commit_title: options.title } : {}), ...(options.message ? { commit_message: options.message } : {}),
      });
      return { merged: true, sha: data.sha };
    } catch (error) {
      const status = statusOf(error);
      const message = String((error as { message?: unknown }).message ?? '');
      if (status === 409) return { merged: false, reason: 'head-moved', message: `the pull request head is no longer ${options.sha.slice(0, 12)}; gates and approvals must cover the new head (${message})` };
      if (status === 405 || status === 422) return { merged: false, reason: 'not-mergeable', message };
      throw error;
    }
  };
  return { ensurePullRequest, getPullRequest, listPullRequestFiles, mergePullRequest };
}
