import type { DefaultBranchFile, Ensured } from '../../ports/forge.ts';
import { readContents, readRefSha, repoParams, statusOf, type GitHubRequest } from './github-request.ts';

/** Branch and file operations over the REST git-data and contents APIs. */
export function createGitHubRefs(request: GitHubRequest, fromPayload?: { readonly repo: string; readonly name: string }) {
  const branchSha = (repo: string, branch: string) => readRefSha(request, repo, `heads/${branch}`);
  // The default branch's name is read once per forge (one delivery), or taken from the event's payload.
  const names = new Map<string, Promise<string>>(fromPayload ? [[fromPayload.repo, Promise.resolve(fromPayload.name)]] : []);
  const defaultBranchName = (repo: string) => {
    const known = names.get(repo);
    if (known) return known;
    const read = request('GET /repos/{owner}/{repo}', repoParams(repo)).then(({ data }) => data.default_branch);
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
  // Create first, look only when GitHub says it exists: a new branch (the usual case) costs one call, and
  // a repeat after a lost answer finds the branch through the same 422.
  const ensureBranch = async (repo: string, name: string, fromSha: string): Promise<Ensured<{ sha: string }>> => {
    try {
      const { data } = await request('POST /repos/{owner}/{repo}/git/refs', { ...repoParams(repo), ref: `refs/heads/${name}`, sha: fromSha });
      return { created: true, value: { sha: data.object.sha } };
    } catch (error) {
      // 422 "Reference already exists": an earlier start or a concurrent delivery made it; use it.
      const raced = statusOf(error) === 422 ? await branchSha(repo, name) : undefined;
      if (raced) return { created: false, value: { sha: raced } };
      throw error;
    }
  };
  const readFile = (repo: string, path: string, ref: string) => readContents(request, repo, path, ref);
  const put = async (repo: string, branch: string, path: string, content: string, message: string, sha?: string) => {
    const { data } = await request('PUT /repos/{owner}/{repo}/contents/{path}', { ...repoParams(repo), path, branch, message, content: Buffer.from(content, 'utf8').toString('base64'), ...(sha ? { sha } : {}) });
    // GitHub's description leaves the commit's SHA optional; a write that names no commit cannot be checked later.
    if (!data.commit.sha) throw new Error(`${repo}: GitHub wrote ${path} on ${branch} but its answer names no commit; try again`);
    return { created: true, value: { commitSha: data.commit.sha } };
  };
  /**
   * Writes first, looks only when GitHub refuses: a create without `sha` on a path that exists is 422
   * ("sha" wasn't supplied), so a new file costs one call and an existing one is read and compared.
   */
  const ensureFile = async (repo: string, branch: string, path: string, content: string, message: string): Promise<Ensured<{ commitSha: string }>> => {
    try {
      return await put(repo, branch, path, content, message);
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
    }
    const existing = await readFile(repo, path, branch);
    if (existing?.text === content) {
      const head = await branchSha(repo, branch);
      if (!head) throw new Error(`${repo}: branch ${branch} disappeared while writing ${path}`);
      return { created: false, value: { commitSha: head } };
    }
    return put(repo, branch, path, content, message, existing?.sha);
  };
  /** Always the default branch: the caller cannot name a ref, so a PR head can never supply policy. */
  const readDefaultBranchFile = async (repo: string, path: string): Promise<DefaultBranchFile | undefined> => {
    const ref = await defaultBranchName(repo);
    const file = await readFile(repo, path, ref);
    return file ? { text: file.text, ref } : undefined;
  };
  return { getDefaultBranch, getDefaultBranchName: defaultBranchName, ensureBranch, ensureFile, readDefaultBranchFile };
}
