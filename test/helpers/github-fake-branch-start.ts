import type { FakeRoute, GitHubFakeState, Reply } from './github-fake.ts';
import { nestedFieldArgs, topLevelFields, type GraphqlField, type GraphqlRequest } from './github-graphql.ts';

/** The repository's GraphQL node id in every fake. */
export const fakeRepositoryNodeId = 'R_kgDOShopfloor';

/** What a fake's git model offers the GraphQL branch start: branch heads, trees, files and commits as that fake keeps them. */
export interface FakeBranchModel {
  readonly head: (branch: string) => string | undefined;
  readonly treeOf: (commit: string) => string;
  /** The file's text at the branch's head, undefined when there is none. */
  readonly fileAt: (branch: string, path: string) => string | undefined;
  readonly createBranch: (name: string, sha: string) => void;
  /** Commits `files` on the branch's head and moves the branch there; returns the commit. */
  readonly commitFiles: (branch: string, files: Readonly<Record<string, string>>, message: string) => string;
}

interface FieldResult {
  readonly value: unknown;
  readonly error?: string;
}

type Input = Record<string, unknown> & { readonly input?: Record<string, unknown> };

/**
 * The GraphQL documents intake sends, answered over a fake's git model (route file): the query of the
 * default branch's head, tree and one file (`repository { defaultBranchRef { target { ... on Commit {
 * oid tree file(path) } } } }`), and the mutations `createRef` (an existing ref is an error) and
 * `createCommitOnBranch` (refused unless the branch is at `expectedHeadOid`). A mutation document's fields
 * run one after another and a failing one does not stop the next; a failed field is null in `data` and
 * has an error whose `path` names it, as GitHub answers. Other documents fall through to other routes.
 */
export function branchStartRoute(modelOf: (state: GitHubFakeState) => FakeBranchModel): FakeRoute {
  return (state, { method, path, body }): Reply | undefined => {
    if (method !== 'POST' || path !== '/graphql') return undefined;
    const request = body as unknown as GraphqlRequest;
    const { kind, fields } = topLevelFields(request);
    const known = kind === 'query' ? fields.length === 1 && fields[0]!.name === 'repository' : kind === 'mutation' && fields.every((field) => field.name === 'createRef' || field.name === 'createCommitOnBranch');
    if (!known) return undefined;
    const model = modelOf(state);
    const data: Record<string, unknown> = {};
    const errors: { type: string; path: string[]; message: string }[] = [];
    for (const field of fields) {
      const result: FieldResult = kind === 'query' ? { value: repository(state, model, field, request) } : mutationField(model, field.name, field.args as Input);
      data[field.key] = result.error ? null : result.value;
      if (result.error) errors.push({ type: 'UNPROCESSABLE', path: [field.key], message: result.error });
    }
    return [200, { data, ...(errors.length ? { errors } : {}) }];
  };
}

function repository(state: GitHubFakeState, model: FakeBranchModel, field: GraphqlField, request: GraphqlRequest): unknown {
  const head = model.head(state.defaultBranch);
  const filePath = nestedFieldArgs(field.node, 'file', request.variables)?.path;
  const text = head && typeof filePath === 'string' ? model.fileAt(state.defaultBranch, filePath) : undefined;
  // GitHub hands out no text for a binary blob (one with a NUL byte, as git decides).
  const binary = text?.includes('\0') ?? false;
  const file = text === undefined ? null : { object: { text: binary ? null : text, isBinary: binary, isTruncated: false, byteSize: Buffer.byteLength(text) } };
  return { id: fakeRepositoryNodeId, defaultBranchRef: head ? { name: state.defaultBranch, target: { oid: head, tree: { oid: model.treeOf(head) }, file } } : null };
}

function mutationField(model: FakeBranchModel, name: string, args: Input): FieldResult {
  const input = args.input ?? {};
  if (name === 'createRef') {
    if (input.repositoryId !== fakeRepositoryNodeId) return { value: null, error: `Could not resolve to a node with the global id of '${String(input.repositoryId)}'` };
    const ref = String(input.name);
    if (!ref.startsWith('refs/heads/')) return { value: null, error: `the fake models branches only, not ${ref}` };
    if (model.head(ref.slice('refs/heads/'.length)) !== undefined) return { value: null, error: `A ref named "${ref}" already exists in the repository.` };
    model.createBranch(ref.slice('refs/heads/'.length), String(input.oid));
    return { value: { ref: { name: ref.slice('refs/heads/'.length) } } };
  }
  const branch = input.branch as { repositoryNameWithOwner?: string; branchName?: string } | undefined;
  const branchName = String(branch?.branchName);
  const head = model.head(branchName);
  if (!head) return { value: null, error: `Could not resolve to a branch named "${branchName}"` };
  if (head !== input.expectedHeadOid) return { value: null, error: `Expected branch to point to "${String(input.expectedHeadOid)}" but it did not. Pull and try again.` };
  const additions = ((input.fileChanges as { additions?: { path: string; contents: string }[] } | undefined)?.additions ?? []);
  const files = Object.fromEntries(additions.map((addition) => [addition.path, Buffer.from(addition.contents, 'base64').toString('utf8')]));
  const message = input.message as { headline?: string; body?: string } | undefined;
  const commit = model.commitFiles(branchName, files, [message?.headline, message?.body].filter(Boolean).join('\n\n'));
  return { value: { commit: { oid: commit } } };
}
