import type { BranchWithFile, BranchWithFileSpec, DefaultBranchHead, HeadFile } from '../../ports/branch-start-forge.ts';
import type { Ensured } from '../../ports/forge.ts';
import { repoParams, type GitHubRequest } from './github-request.ts';
import { graphqlMessages, sendGraphql } from './send-graphql.ts';

/** The default branch's name, head commit, its tree and one file in it, in one read (REST needs a ref read and a contents read, and they can disagree). */
export const defaultBranchHeadQuery = 'query ShopfloorDefaultBranchHead($owner: String!, $name: String!, $path: String!) { repository(owner: $owner, name: $name) { id defaultBranchRef { name target { ... on Commit { oid tree { oid } file(path: $path) { object { ... on Blob { text isBinary isTruncated byteSize } } } } } } } }';

/**
 * A branch at `$oid` and one file committed on it, in one document: mutations run one after another and
 * an error in `createRef` (the branch exists) does not stop `createCommitOnBranch`, whose `expectedHeadOid`
 * makes it a compare-and-swap (https://docs.github.com/graphql/reference/mutations#createcommitonbranch).
 * GitHub makes and signs that commit itself.
 */
export const startBranchMutation = 'mutation ShopfloorStartBranch($repositoryId: ID!, $ref: String!, $oid: GitObjectID!, $repo: String!, $branch: String!, $headline: String!, $body: String!, $path: String!, $contents: Base64String!) { createRef(input: { repositoryId: $repositoryId, name: $ref, oid: $oid }) { ref { name } } createCommitOnBranch(input: { branch: { repositoryNameWithOwner: $repo, branchName: $branch }, expectedHeadOid: $oid, message: { headline: $headline, body: $body }, fileChanges: { additions: [{ path: $path, contents: $contents }] } }) { commit { oid } } }';

interface BlobAnswer {
  readonly text?: string | null;
  readonly isBinary?: boolean | null;
  readonly isTruncated?: boolean;
  readonly byteSize?: number;
}

interface HeadAnswer {
  readonly repository: {
    readonly id: string;
    readonly defaultBranchRef: { readonly name: string; readonly target: { readonly oid?: string; readonly tree?: { readonly oid: string }; readonly file?: { readonly object: BlobAnswer | null } | null } | null } | null;
  } | null;
}

interface StartAnswer {
  readonly createCommitOnBranch?: { readonly commit: { readonly oid: string } | null } | null;
}

/** The blob as GitHub handed it out; a tree (a directory at the path) counts as no file, as the contents API's answer does. */
function headFile(blob: BlobAnswer | null | undefined): HeadFile | undefined {
  if (!blob || !('isTruncated' in blob)) return undefined;
  if (blob.isBinary || typeof blob.text !== 'string') return { unreadable: 'the file is binary to GitHub, not text; write it as UTF-8 YAML' };
  if (blob.isTruncated) return { unreadable: `the file is ${blob.byteSize ?? 'too many'} bytes, more than GitHub hands out in one read; make it smaller` };
  return { text: blob.text };
}

/** REST's branch and file steps, for when the one-document start does not land its commit. */
export interface BranchFileSteps {
  readonly ensureBranch: (repo: string, name: string, fromSha: string) => Promise<Ensured<{ readonly sha: string }>>;
  readonly ensureFile: (repo: string, branch: string, path: string, content: string, message: string) => Promise<Ensured<{ readonly commitSha: string }>>;
}

/** Starting an agent branch over GraphQL: one read of main, one write of branch and work order. */
export function createGitHubBranchStart(request: GitHubRequest, steps: BranchFileSteps) {
  const readDefaultBranchHead = async (repo: string, path: string): Promise<DefaultBranchHead | undefined> => {
    const { owner, repo: name } = repoParams(repo);
    const { data, errors } = await sendGraphql<HeadAnswer>(request, defaultBranchHeadQuery, { owner, name, path });
    const repository = data?.repository;
    if (!repository) throw new Error(`${repo}: GitHub did not answer the repository's default branch (${graphqlMessages(errors) || 'no repository in the answer'}); check that the App is installed on it`);
    const branch = repository.defaultBranchRef;
    // An empty repository has no default branch ref yet.
    if (!branch) return undefined;
    const head = branch.target;
    if (!head?.oid || !head.tree) throw new Error(`${repo}: the default branch ${branch.name} does not point at a commit`);
    return { name: branch.name, sha: head.oid, treeSha: head.tree.oid, repositoryNodeId: repository.id, file: headFile(head.file?.object) };
  };
  /**
   * The commit landed: the branch was new, or already at `fromSha` (an earlier start made only the ref).
   * It did not: the branch is elsewhere (an earlier start committed, or this one's answer was lost), so
   * REST's steps find the file there; content already this is `created` only when the head commit's
   * message is this write's (it names the writer), i.e. the commit is this write's own.
   */
  const ensureBranchWithFile = async (repo: string, spec: BranchWithFileSpec): Promise<BranchWithFile> => {
    const contents = Buffer.from(spec.content, 'utf8').toString('base64');
    const [headline = '', ...rest] = spec.message.split('\n\n');
    const { data, errors } = await sendGraphql<StartAnswer>(request, startBranchMutation, {
      repositoryId: spec.repositoryNodeId, ref: `refs/heads/${spec.branch}`, oid: spec.fromSha, repo, branch: spec.branch, headline, body: rest.join('\n\n'), path: spec.path, contents,
    });
    const commit = data?.createCommitOnBranch?.commit?.oid;
    if (commit) return { created: true, value: { commitSha: commit } };
    // An error on no field is a document GitHub refused whole (no field ran): a bug, not a state to work around.
    if (errors.some((error) => !error.path?.length)) throw new Error(`${repo}: GitHub refused to start branch ${spec.branch}: ${graphqlMessages(errors)}`);
    await steps.ensureBranch(repo, spec.branch, spec.fromSha);
    const found = await steps.ensureFile(repo, spec.branch, spec.path, spec.content, spec.message);
    if (found.created) return found;
    // This very write, landed on an earlier try whose answer was lost, is this writer's own commit: new to it.
    const { data: head } = await request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...repoParams(repo), commit_sha: found.value.commitSha });
    return { created: head.message.trim() === spec.message.trim(), value: found.value };
  };
  return { readDefaultBranchHead, ensureBranchWithFile };
}
