import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparePathScope } from '../../../src/core/agents/path-guard.ts';
import { publishChanges } from '../../../src/workflows/implement/publish-changes.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';

const scope = preparePathScope({ paths: ['src/**'], forbidden: ['src/locked.ts'], flavor: 'posix' });

describe('publishChanges', () => {
  it('commits in-scope edits, mode changes and inner symlinks; leaves out everything else with a reason', async () => {
    const { dir, git, head } = await createGitRepo({ 'src/a.ts': 'a\n', 'src/run.sh': 'echo\n', 'tool.sh': 'echo\n', 'src/locked.ts': 'x\n', 'README.md': '# r\n' });
    await writeFile(join(dir, 'src/a.ts'), 'a2\n');
    await chmod(join(dir, 'src/run.sh'), 0o755);
    await chmod(join(dir, 'tool.sh'), 0o755);
    await rm(join(dir, 'src/locked.ts'));
    await symlink('a.ts', join(dir, 'src/alias.ts'));
    await symlink('../../etc/passwd', join(dir, 'src/up.ts'));
    await writeFile(join(dir, 'src/*'), 'a file literally named star\n');
    await writeFile(join(dir, 'src/[l]ocked.ts'), 'a name that is also a pathspec pattern\n');
    await mkdir(join(dir, 'src/sub'));
    execFileSync('git', ['init', '-q', join(dir, 'src/sub')]);
    execFileSync('git', ['-C', join(dir, 'src/sub'), '-c', 'user.name=x', '-c', 'user.email=x@x', 'commit', '-q', '--allow-empty', '-m', 'sub']);

    const result = await publishChanges({ git, worktree: dir, base: head, scope, message: 'wo-1: test' });

    expect(result.kept.map((entry) => `${entry.change.status} ${entry.path} ${entry.change.newMode}`).sort()).toEqual(['A src/[l]ocked.ts 100644', 'A src/alias.ts 120000', 'M src/a.ts 100644', 'M src/run.sh 100755']);
    expect(Object.fromEntries(result.outOfScope.map((entry) => [entry.path, entry.reason]))).toMatchObject({
      'src/locked.ts': expect.stringContaining('forbidden'),
      'tool.sh': expect.stringContaining('outside the work order'),
      'src/up.ts': expect.stringContaining('symlink leaving the repository'),
      'src/sub': expect.stringContaining('submodule'),
      'src/*': expect.stringContaining('Windows does not allow'),
    });
    const committed = (await git.diff(dir, head, result.commit)).map((change) => change.path).sort();
    expect(committed).toEqual(['src/[l]ocked.ts', 'src/a.ts', 'src/alias.ts', 'src/run.sh']);
    // What was left out is still in the worktree for a human to look at.
    expect((await git.status(dir)).join('\n')).toContain('tool.sh');
  });

  it('commits nothing when nothing is in scope', async () => {
    const { dir, git, head } = await createGitRepo({ 'README.md': '# r\n' });
    await writeFile(join(dir, 'README.md'), '# changed\n');
    const result = await publishChanges({ git, worktree: dir, base: head, scope, message: 'x' });
    expect(result.commit).toBeUndefined();
    expect(result.outOfScope.map((entry) => entry.path)).toEqual(['README.md']);
    expect(await git.revParse(dir, 'HEAD')).toBe(head);
  });

  it('reads a work copy through a private git dir: filters, hooks and config the agent planted in its .git never run', async () => {
    const { dir: repo, git, head } = await createGitRepo({ 'src/a.ts': 'a\n' });
    const root = await mkdtemp(join(tmpdir(), 'shopfloor-publish-'));
    const copyDir = join(root, 'work');
    const { objectStores } = await git.cloneWorkCopy(repo, copyDir, head, { branch: 'agent/x/00000000' });
    const marker = join(root, 'pwned');
    // What a hostile agent leaves in its clone: a clean filter for every file, hooks, an fsmonitor.
    execFileSync('git', ['-C', copyDir, 'config', 'filter.evil.clean', `touch ${marker}; cat`]);
    execFileSync('git', ['-C', copyDir, 'config', 'core.fsmonitor', `touch ${marker}`]);
    await writeFile(join(copyDir, '.gitattributes'), '* filter=evil\n');
    await writeFile(join(copyDir, '.git/hooks/pre-commit'), `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    await writeFile(join(copyDir, 'src/a.ts'), 'changed\n');
    const privateDir = join(root, 'private.git');
    await git.initBare(privateDir, objectStores);
    const own = git.withGitDir(privateDir);
    await own.updateRef(copyDir, 'refs/heads/publish', head);
    await own.raw(copyDir, ['symbolic-ref', 'HEAD', 'refs/heads/publish']);
    const result = await publishChanges({ git: own, worktree: copyDir, base: head, scope, message: 'x' });
    expect(existsSync(marker)).toBe(false);
    expect(result.kept.map((entry) => entry.path)).toEqual(['src/a.ts']);
    await git.fetchRef(repo, privateDir, 'refs/heads/publish', 'refs/heads/agent/x/00000000');
    expect(await git.show(repo, 'agent/x/00000000', 'src/a.ts')).toBe('changed\n');
    // The repository itself never saw the clone's branch or config.
    expect((await git.raw(repo, ['config', '--get', 'filter.evil.clean'])).exitCode).not.toBe(0);
    await rm(root, { recursive: true, force: true });
  });
});
