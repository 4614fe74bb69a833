import type { DefaultBranchFile, Ensured } from '../../ports/forge.ts';
import { readContents, readRefSha, repoParams, statusOf, type GitHubRequest } from './github-request.ts';

/** Branch and file operations over the REST git-data and contents APIs. */
export function createGitHubRefs(request: GitHubRequest) {
  const branchSha = (repo: string, branch: string) => readRefSha(request, repo, `heads/${branch}`);
  // The default branch's name is read once per forge (one delivery): intake, landing and the canary each need it twice.
  const names = new Map<string, Promise<string>>();
  const defaultBranchName = (repo: string) => {
    const known = names.get(repo);
    if (known) return known;
    const read = request('GET /repos/{owner}/{repo}', repoParams(repo)).then(({ data }) => (data as { default_branch: string }).default_branch);
    names.set(repo, read);
    read.catch(() => names.delete(repo));
    return read;
  };
  const getDefaultBranch = async (repo: string) => {
    const name = await defaultBranchName(repo);
    const sha = await branchSha(repo, name);
    if (!sha) throw new Error(`${repo}: the default branch ${name} has no head commit`);
    return { name, sha };
  };
  const ensureBranch = async (repo: string, name: string, fromSha: string): Promise<Ensured<{ sha: string }>> => {
    const existing = await branchSha(repo, name);
    if (existing) return { created: false, value: { sha: existing } };
    try {
      const { data } = await request('POST /repos/{owner}/{repo}/git/refs', { ...repoParams(repo), ref: `refs/heads/${name}`, sha: fromSha });
      return { created: true, value: { sha: (data as { object: { sha: string } }).object.sha } };
    } catch (error) {
      // 422 "Reference already exists": a concurrent delivery won the race; use its branch.
      const raced = statusOf(error) === 422 ? await branchSha(repo, name) : undefined;
      if (raced) return { created: false, value: { sha: raced } };
      throw error;
    }
  };
  const readFile = (repo: string, path: string, ref: string) => readContents(request, repo, path, ref);
  const ensureFile = async (repo: string, branch: string, path: string, content: string, message: string): Promise<Ensured<{ commitSha: string }>> => {
    const existing = await readFile(repo, path, branch);
    if (existing?.text === content) {
      const head = await branchSha(repo, branch);
      if (!head) throw new Error(`${repo}: branch ${branch} disappeared while writing ${path}`);
      return { created: false, value: { commitSha: head } };
    }
    const { data } = await request('PUT /repos/{owner}/{repo}/contents/{path}', {
      ...repoParams(repo), path, branch, message, content: Buffer.from(content, 'utf8').toString('base64'), ...(existing ? { sha: existing.sha } : {}),
    });
    return { created: true, value: { commitSha: (data as { commit: { sha: string } }).commit.sha } };
  };
  /** Always the default branch: the caller cannot name a ref, so a PR head can never supply policy. */
  const readDefaultBranchFile = async (repo: string, path: string): Promise<DefaultBranchFile | undefined> => {
    const ref = await defaultBranchName(repo);
    const file = await readFile(repo, path, ref);
    return file ? { text: file.text, ref } : undefined;
  };
  return { getDefaultBranch, ensureBranch, ensureFile, readDefaultBranchFile };
}
