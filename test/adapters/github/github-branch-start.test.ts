import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubForge } from '../../../src/adapters/github/create-github-forge.ts';
import type { Forge } from '../../../src/ports/forge.ts';
import { mockGitHubApi, type GitHubApiMock } from '../../helpers/github-api.ts';
import { createGitHubFake } from '../../helpers/github-fake.ts';
import { fakeRepositoryNodeId } from '../../helpers/github-fake-branch-start.ts';
import { createRealGitHub } from '../../helpers/github-fake-real-git.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';
import { testRequest } from '../../helpers/github-octokit.ts';

const repo = 'octo/shop';
const main = 'a'.repeat(40);
const branch = 'agent/issue-1/abcdef12';
const path = 'workorders/issue-1.yml';
const spec = { repositoryNodeId: fakeRepositoryNodeId, branch, fromSha: main, path, content: 'id: issue-1\n', message: 'Add work order issue-1 from #1\n\nShopfloor-Handling: this one' };
let api: GitHubApiMock;
let forge: Forge;

beforeEach(() => {
  api = mockGitHubApi();
  forge = createGitHubForge({ request: testRequest(), retry: { sleep: async () => {}, attempts: 4 } });
});
afterEach(() => api.done());

const operations = () => api.calls.map((call) => call.operationId);

describe('readDefaultBranchHead: main and one file, in one read', () => {
  it('answers the head, its tree and the file, or no file', async () => {
    const fake = createGitHubFake(api, { appId: 1, mainSha: main });
    fake.files.set('main:.github/shopfloor.yml', { text: 'apiVersion: shopfloor/v1\n', sha: 'p' });
    const head = await forge.readDefaultBranchHead(repo, '.github/shopfloor.yml');
    expect(head).toMatchObject({ name: 'main', sha: main, repositoryNodeId: fakeRepositoryNodeId, file: { text: 'apiVersion: shopfloor/v1\n' } });
    expect(head!.treeSha).toMatch(/^[0-9a-f]{40}$/);
    expect(await forge.readDefaultBranchHead(repo, 'missing.yml')).toMatchObject({ sha: main, file: undefined });
    expect(operations()).toEqual(['graphql/query repository', 'graphql/query repository']);
  });

  it('names the default branch as GitHub has it now, and says a repository with no commits has none', async () => {
    const fake = createGitHubFake(api, { appId: 1, defaultBranch: 'trunk' });
    expect(await forge.readDefaultBranchHead(repo, '.github/shopfloor.yml')).toMatchObject({ name: 'trunk' });
    fake.refs.clear();
    expect(await forge.readDefaultBranchHead(repo, '.github/shopfloor.yml')).toBeUndefined();
  });

  it('a binary or truncated file is unreadable, with what to do about it', async () => {
    const blob = (object: Record<string, unknown>) => ({ data: { repository: { id: 'R_1', defaultBranchRef: { name: 'main', target: { oid: main, tree: { oid: 'b'.repeat(40) }, file: { object } } } } } });
    api.scope.post('/graphql').reply(200, blob({ text: null, isBinary: true, isTruncated: false, byteSize: 12 }));
    expect((await forge.readDefaultBranchHead(repo, '.github/shopfloor.yml'))!.file).toEqual({ unreadable: expect.stringMatching(/binary.*UTF-8 YAML/) });
    api.scope.post('/graphql').reply(200, blob({ text: 'apiVersion: sh', isBinary: false, isTruncated: true, byteSize: 2_000_000 }));
    expect((await forge.readDefaultBranchHead(repo, '.github/shopfloor.yml'))!.file).toEqual({ unreadable: expect.stringMatching(/2000000 bytes.*make it smaller/) });
  });

  it('a repository GitHub does not answer is an error naming it', async () => {
    api.scope.post('/graphql').reply(200, { data: { repository: null }, errors: [{ type: 'NOT_FOUND', path: ['repository'], message: "Could not resolve to a Repository with the name 'octo/shop'." }] });
    await expect(forge.readDefaultBranchHead(repo, '.github/shopfloor.yml')).rejects.toThrow(/octo\/shop: .*Could not resolve to a Repository.*installed/);
  });
});

describe('ensureBranchWithFile: branch and work order commit in one write', () => {
  it('a new branch: one call, the commit made on main', async () => {
    const fake = createGitHubFake(api, { appId: 1, mainSha: main });
    const made = await forge.ensureBranchWithFile(repo, spec);
    expect(made).toEqual({ created: true, value: { commitSha: fake.refs.get(branch) } });
    expect(made.value.commitSha).not.toBe(main);
    expect(fake.files.get(`${branch}:${path}`)?.text).toBe('id: issue-1\n');
    expect(operations()).toEqual(['graphql/mutation createRef+createCommitOnBranch']);
  });

  it('a branch an earlier start left at main: the ref creation fails, the commit still lands', async () => {
    const fake = createGitHubFake(api, { appId: 1, mainSha: main });
    fake.refs.set(branch, main);
    expect(await forge.ensureBranchWithFile(repo, spec)).toEqual({ created: true, value: { commitSha: fake.refs.get(branch) } });
    expect(operations()).toEqual(['graphql/mutation createRef+createCommitOnBranch']);
  });

  it("a branch another writer's start committed on: found through REST, nothing written, created false", async () => {
    const fake = createGitHubFake(api, { appId: 1, mainSha: main });
    const first = await forge.ensureBranchWithFile(repo, { ...spec, message: 'Add work order issue-1 from #1\n\nShopfloor-Handling: an earlier one' });
    const again = await forge.ensureBranchWithFile(repo, spec);
    expect(again).toEqual({ created: false, value: first.value });
    expect(fake.refs.get(branch)).toBe(first.value.commitSha);
    expect(fake.commitsMade()).toBe(1);
    expect(api.writes().map((call) => call.operationId)).toEqual(['graphql/mutation createRef+createCommitOnBranch', 'graphql/mutation createRef+createCommitOnBranch', 'git/create-ref', 'repos/create-or-update-file-contents']);
  });

  it('a lost answer (the write landed, a 502 came back): the retry finds that commit, its own by its message, and does not write again', async () => {
    const fake = createGitHubFake(api, { appId: 1, mainSha: main });
    fake.fail('POST', /^\/graphql$/, 502, {}, true);
    const made = await forge.ensureBranchWithFile(repo, spec);
    expect(made).toEqual({ created: true, value: { commitSha: fake.refs.get(branch) } });
    expect(fake.commitsMade()).toBe(1);
    expect([...fake.files.keys()].filter((key) => key.startsWith(`${branch}:`))).toEqual([`${branch}:${path}`]);
  });

  it('a changed work order on an earlier branch is committed over it (REST, with its blob SHA)', async () => {
    const fake = createGitHubFake(api, { appId: 1, mainSha: main });
    const first = await forge.ensureBranchWithFile(repo, spec);
    const changed = await forge.ensureBranchWithFile(repo, { ...spec, content: 'id: issue-1\ntitle: new\n' });
    expect(changed.created).toBe(true);
    expect(changed.value.commitSha).not.toBe(first.value.commitSha);
    expect(fake.files.get(`${branch}:${path}`)?.text).toBe('id: issue-1\ntitle: new\n');
  });
});

describe('over a real bare repository (the real-git fake)', () => {
  it("reads main's real tree and policy, and commits the work order on a new branch whose tree is main's plus that file", async () => {
    const origin = await makeTempDir();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: origin, encoding: 'utf8', input: args[0] === 'hash-object' ? 'apiVersion: shopfloor/v1\n' : undefined }).trim();
    git('init', '-q', '--bare', '-b', 'main');
    const blob = git('hash-object', '-w', '--stdin');
    const tree = execFileSync('git', ['mktree'], { cwd: origin, encoding: 'utf8', input: `040000 tree ${execFileSync('git', ['mktree'], { cwd: origin, encoding: 'utf8', input: `100644 blob ${blob}\tshopfloor.yml\n` }).trim()}\t.github\n` }).trim();
    const first = execFileSync('git', ['commit-tree', tree, '-m', 'first'], { cwd: origin, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'a', GIT_AUTHOR_EMAIL: 'a@b', GIT_COMMITTER_NAME: 'a', GIT_COMMITTER_EMAIL: 'a@b' } }).trim();
    git('update-ref', 'refs/heads/main', first);
    createRealGitHub(api, { appId: 1, origin });
    const head = await forge.readDefaultBranchHead(repo, '.github/shopfloor.yml');
    expect(head).toMatchObject({ name: 'main', sha: first, treeSha: tree, file: { text: 'apiVersion: shopfloor/v1\n' } });
    const made = await forge.ensureBranchWithFile(repo, { ...spec, fromSha: first });
    expect(made.created).toBe(true);
    expect(git('rev-parse', `refs/heads/${branch}`)).toBe(made.value.commitSha);
    expect(git('rev-parse', `${made.value.commitSha}^`)).toBe(first);
    expect(git('ls-tree', '-r', '--name-only', made.value.commitSha).split('\n')).toEqual(['.github/shopfloor.yml', path]);
    expect(git('show', `${made.value.commitSha}:${path}`)).toBe('id: issue-1');
    expect(git('log', '-1', '--format=%B', made.value.commitSha)).toBe(spec.message);
    expect(await forge.ensureBranchWithFile(repo, { ...spec, fromSha: first, message: 'Add work order issue-1 from #1\n\nShopfloor-Handling: another one' })).toEqual({ created: false, value: made.value });
  });
});
