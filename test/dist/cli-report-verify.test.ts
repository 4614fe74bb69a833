import { execFileSync } from 'node:child_process';
import { chmod, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { createGitRepo } from '../helpers/git-repo.ts';

const passing = 'apiVersion: shopfloor/v1\ngates:\n  - id: unit\n    run: echo tested\n';
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();

/**
 * A repository shaped like a landing: a merge candidate (main + branch) verified and signed, and the
 * landed merge commit with the same tree and parents whose message adds the Report-Digest trailer.
 */
async function landedRepo(): Promise<{ dir: string; candidate: string; landed: string; reportPath: string; pubkey: string }> {
  const { dir, head: main } = await createGitRepo({ '.github/shopfloor.yml': passing, '.gitignore': '.shopfloor/\n' });
  git(dir, 'checkout', '-q', '-b', 'agent/wo-1');
  await writeFile(join(dir, 'feature.txt'), 'x\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'feature');
  const branch = git(dir, 'rev-parse', 'HEAD');
  const tree = git(dir, 'rev-parse', 'HEAD^{tree}');
  const candidate = git(dir, 'commit-tree', tree, '-p', main, '-p', branch, '-m', 'Merge wo-1\n\nReport-Digest: pending');
  git(dir, 'checkout', '-q', '--detach', candidate);
  const keygen = await runBuiltCli(['report', 'keygen', '--json'], { cwd: dir });
  const pubkey = (JSON.parse(keygen.stdout) as { publicKey: string }).publicKey;
  const verified = await runBuiltCli(['verify', '--sign', '--json'], { cwd: dir });
  expect(verified.code).toBe(0);
  const { reportPath } = JSON.parse(verified.stdout) as { reportPath: string };
  const landed = git(dir, 'commit-tree', tree, '-p', main, '-p', branch, '-m', 'Merge wo-1\n\nReport-Digest: sha256:abc');
  git(dir, 'checkout', '-q', '-B', 'main', landed);
  git(dir, 'notes', '--ref', 'refs/notes/shopfloor', 'add', '-F', reportPath, landed);
  return { dir, candidate, landed, reportPath, pubkey };
}

describe('dist/cli.js report verify: every landed commit is verifiable by its own SHA', () => {
  it('accepts the landed merge (same tree and parents) in one line, and --sha HEAD finds the report in the notes', async () => {
    const { dir, candidate, landed, reportPath, pubkey } = await landedRepo();
    const byFile = await runBuiltCli(['report', 'verify', reportPath, '--sha', landed, '--key', pubkey], { cwd: dir });
    expect(byFile.code).toBe(0);
    expect(byFile.stdout.split('\n')[0]).toBe(`✓ ${landed} has the tree and parents of the verified head ${candidate}; the report holds for it`);
    const byNote = await runBuiltCli(['report', 'verify', '--sha', 'HEAD', '--key', pubkey], { cwd: dir });
    expect(byNote.code).toBe(0);
    expect(byNote.stdout).toContain(`has the tree and parents of the verified head ${candidate}`);
    const json = await runBuiltCli(['report', 'verify', '--sha', 'HEAD', '--key', pubkey, '--json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, commit: landed, matched: 'same-tree-and-parents', head: candidate });
  });

  it('without --key trusts this checkout\'s own local loop key (what shopfloor run signs with), and only while it is there', async () => {
    const { dir, candidate } = await landedRepo();
    const local = await runBuiltCli(['report', 'verify', '--sha', 'HEAD'], { cwd: dir });
    expect(local.code, local.stdout + local.stderr).toBe(0);
    expect(local.stdout).toContain(`has the tree and parents of the verified head ${candidate}`);
    expect(local.stdout).toMatch(/is signed by ed25519:[0-9a-f]{16} \(this checkout's local loop key, \.shopfloor\/keys\)/);
    await rename(join(dir, '.shopfloor', 'keys'), join(dir, '.shopfloor', 'keys-moved'));
    const elsewhere = await runBuiltCli(['report', 'verify', '--sha', 'HEAD'], { cwd: dir });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout).toContain('which is not trusted');
  });

  it('never trusts or signs with a key that came with the repository or that others can read', async () => {
    const { dir, landed } = await landedRepo();
    const [keyName] = git(dir, 'ls-files', '--others', '--ignored', '--exclude-standard', '.shopfloor/keys').split('\n');
    expect(keyName).toMatch(/^\.shopfloor\/keys\/.+\.pem$/);
    // A hostile repository carries its own key (committed with `git add -f`): whoever committed it can sign anything.
    git(dir, 'add', '-f', keyName!);
    const tracked = await runBuiltCli(['report', 'verify', '--sha', landed], { cwd: dir });
    expect(tracked.code).toBe(1);
    expect(tracked.stdout).toContain('which is not trusted');
    expect(tracked.stderr).toContain(`not trusting ${join(dir, keyName!)}: it is tracked by git`);
    const signing = await runBuiltCli(['verify', '--sign'], { cwd: dir });
    expect(signing.code).toBe(2);
    expect(signing.stderr).toContain(`tracks 1 file(s) in .shopfloor/ (${keyName}): that is Shopfloor's local state and is never taken from git`);
    expect(signing.stderr).not.toMatch(/\n\s+at /);
    git(dir, 'rm', '-q', '--cached', keyName!);
    expect((await runBuiltCli(['report', 'verify', '--sha', landed], { cwd: dir })).code).toBe(0);
    await chmod(join(dir, keyName!), 0o644);
    const readable = await runBuiltCli(['report', 'verify', '--sha', landed], { cwd: dir });
    expect(readable.code).toBe(1);
    expect(readable.stderr).toContain('others may read it (mode 644, not 600)');
    const signingReadable = await runBuiltCli(['verify', '--sign'], { cwd: dir });
    expect([signingReadable.code, signingReadable.stderr]).toEqual([2, expect.stringContaining('is not your own signing key: others may read it (mode 644, not 600)')]);
  });

  it('refuses a tree SHA, a short prefix, a commit with other parents, and a commit without a note', async () => {
    const { dir, landed, reportPath, pubkey } = await landedRepo();
    const tree = git(dir, 'rev-parse', 'HEAD^{tree}');
    const asTree = await runBuiltCli(['report', 'verify', reportPath, '--sha', tree, '--key', pubkey], { cwd: dir });
    expect([asTree.code, asTree.stderr]).toEqual([2, expect.stringContaining('is a tree, not a commit')]);
    const prefix = await runBuiltCli(['report', 'verify', reportPath, '--sha', landed.slice(0, 7), '--key', pubkey], { cwd: dir });
    expect([prefix.code, prefix.stderr]).toEqual([2, expect.stringContaining('is a short prefix')]);
    const squashed = git(dir, 'commit-tree', tree, '-p', 'HEAD~1', '-m', 'squash');
    const other = await runBuiltCli(['report', 'verify', reportPath, '--sha', squashed, '--key', pubkey], { cwd: dir });
    expect([other.code, other.stdout]).toEqual([1, expect.stringContaining('the tree matches but the parents differ')]);
    const noNote = await runBuiltCli(['report', 'verify', '--sha', 'HEAD~1', '--key', pubkey], { cwd: dir });
    expect([noNote.code, noNote.stderr]).toEqual([2, expect.stringContaining('has no report: it is not a commit Shopfloor landed')]);
  });

  it('refuses duplicate keys, a re-encoded signature, and a report made under another policy than --policy', async () => {
    const { dir, reportPath, pubkey } = await landedRepo();
    const text = await readFile(reportPath, 'utf8');
    const duplicated = join(dir, 'dup.json');
    await writeFile(duplicated, text.replace('{', '{"dirty":true,'));
    const dup = await runBuiltCli(['report', 'verify', duplicated, '--key', pubkey], { cwd: dir });
    expect([dup.code, dup.stdout]).toEqual([1, expect.stringContaining('the key "dirty" appears twice')]);
    const report = JSON.parse(text) as { signature: { value: string } };
    // The same 64 bytes in another base64 spelling: the last character's unused bits set.
    const value = report.signature.value;
    const reencoded = `${value.slice(0, 85)}${String.fromCharCode(value.charCodeAt(85) + 1)}==`;
    const recoded = join(dir, 'recoded.json');
    await writeFile(recoded, text.replace(value, reencoded));
    expect(Buffer.from(reencoded, 'base64').equals(Buffer.from(value, 'base64'))).toBe(true);
    const bad = await runBuiltCli(['report', 'verify', recoded, '--key', pubkey], { cwd: dir });
    expect([bad.code, bad.stdout]).toEqual([1, expect.stringContaining('not in canonical base64')]);
    await writeFile(join(dir, 'other-policy.yml'), `${passing}  - id: lint\n    run: echo linted\n`);
    const policy = await runBuiltCli(['report', 'verify', reportPath, '--key', pubkey, '--policy', 'other-policy.yml'], { cwd: dir });
    expect([policy.code, policy.stdout]).toEqual([1, expect.stringContaining('was made under another policy')]);
    const same = await runBuiltCli(['report', 'verify', reportPath, '--key', pubkey, '--policy', '.github/shopfloor.yml'], { cwd: dir });
    expect([same.code, same.stdout]).toEqual([0, expect.stringContaining('policy: the report ran under .github/shopfloor.yml')]);
  });
});
