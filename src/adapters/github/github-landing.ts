import { listCheckRunsNamed } from './list-check-runs.ts';
import type { BranchUpdateOutcome, CheckRunInfo, EnqueueOutcome, PullRequestLanding } from '../../ports/forge.ts';
import { graphqlMessages, sendGraphql } from './send-graphql.ts';
import { listAll, readContents, repoParams, statusOf, type GitHubRequest } from './github-request.ts';

/** GraphQL mutations the REST API has no counterpart for (https://docs.github.com/graphql/reference/mutations). */
export const markReadyMutation = 'mutation ShopfloorMarkReady($id: ID!) { markPullRequestReadyForReview(input: { pullRequestId: $id }) { clientMutationId } }';
export const enqueueMutation = 'mutation ShopfloorEnqueue($id: ID!, $head: GitObjectID!) { enqueuePullRequest(input: { pullRequestId: $id, expectedHeadOid: $head }) { clientMutationId } }';

const fullSha = /^[0-9a-f]{40}$/;

/** GitHub answers GraphQL errors with 200 and an `errors` list; this turns them into one message (a rate limit is thrown, for the forge's retry). */
async function graphql(request: GitHubRequest, query: string, variables: Readonly<Record<string, string>>): Promise<{ errors?: string }> {
  const { errors } = await sendGraphql(request, query, variables);
  return errors.length ? { errors: graphqlMessages(errors) } : {};
}

/** What landing an agent PR reads and the two GraphQL-only writes it needs. */
export function createGitHubLanding(request: GitHubRequest) {
  const listCheckRuns = async (repo: string, sha: string, name: string): Promise<CheckRunInfo[]> => {
    return (await listCheckRunsNamed(request, repo, sha, name))
      .map((run) => ({ id: run.id, headSha: run.head_sha, appId: run.app?.id, status: run.status, conclusion: run.conclusion ?? null, externalId: run.external_id ?? undefined, text: run.output?.text ?? undefined }));
  };
  const listPullRequestCommits = async (repo: string, number: number) =>
    (await listAll((paging) => request('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { ...repoParams(repo), pull_number: number, ...paging }), 3)).map((commit) => commit.sha);
  const readFileAtCommit = async (repo: string, path: string, sha: string): Promise<string | undefined> => {
    // Only a full SHA: a branch or tag name here could be moved by whoever can push to it.
    if (!fullSha.test(sha)) throw new Error(`readFileAtCommit needs a full commit SHA, got "${sha}"`);
    return (await readContents(request, repo, path, sha))?.text;
  };
  const getPullRequestLanding = async (repo: string, number: number): Promise<PullRequestLanding> => {
    const { data: pull } = await request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repoParams(repo), pull_number: number });
    return {
      number: pull.number, headSha: pull.head.sha, headRef: pull.head.ref, url: pull.html_url, draft: pull.draft ?? false, author: pull.user?.login ?? '',
      nodeId: pull.node_id, state: pull.state === 'closed' ? 'closed' : 'open', merged: pull.merged ?? false, baseRef: pull.base?.ref ?? '',
    };
  };
  const findOpenPullRequest = async (repo: string, branch: string): Promise<number | undefined> => {
    const params = repoParams(repo);
    const { data } = await request('GET /repos/{owner}/{repo}/pulls', { ...params, head: `${params.owner}:${branch}`, state: 'open' });
    return data.find((pull) => pull.head.ref === branch)?.number;
  };
  const markPullRequestReady = async (_repo: string, nodeId: string): Promise<void> => {
    const result = await graphql(request, markReadyMutation, { id: nodeId });
    // Marking a pull request that is already ready is harmless; anything else is a real failure.
    if (result.errors && !/not a draft|already ready/i.test(result.errors)) throw new Error(`GitHub refused to mark the pull request ready for review: ${result.errors}`);
  };
  const enqueuePullRequest = async (_repo: string, nodeId: string, expectedHeadSha: string): Promise<EnqueueOutcome> => {
    const result = await graphql(request, enqueueMutation, { id: nodeId, head: expectedHeadSha });
    return result.errors ? { enqueued: false, message: result.errors } : { enqueued: true };
  };
  // https://docs.github.com/rest/pulls/pulls#update-a-pull-request-branch: 422 when the head is not `expected_head_sha` or main conflicts.
  const updatePullRequestBranch = async (repo: string, number: number, expectedHeadSha: string): Promise<BranchUpdateOutcome> => {
    try {
      await request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch', { ...repoParams(repo), pull_number: number, expected_head_sha: expectedHeadSha });
      return { updated: true };
    } catch (error) {
      if (statusOf(error) === 422) return { updated: false, message: String((error as { message?: unknown }).message ?? 'GitHub refused to update the branch') };
      throw error;
    }
  };
  return { listCheckRuns, listPullRequestCommits, readFileAtCommit, getPullRequestLanding, findOpenPullRequest, markPullRequestReady, enqueuePullRequest, updatePullRequestBranch };
}
