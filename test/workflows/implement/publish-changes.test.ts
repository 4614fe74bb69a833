import { execFileSync } from 'node:child_process';
import { chmod, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
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

    const result = await publishChanges({ git, worktree: dir, branch: 'main', base: head, scope, message: 'wo-1: test' });

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
    const result = await publishChanges({ git, worktree: dir, branch: 'main', base: head, scope, message: 'x' });
    expect(result.commit).toBeUndefined();
    expect(result.outOfScope.map((entry) => entry.path)).toEqual(['README.md']);
    expect(await git.revParse(dir, 'HEAD')).toBe(head);
  });

  it('publishes nothing when the agent switched the worktree to another branch', async () => {
    const { dir, git, head } = await createGitRepo({ 'src/a.ts': 'a\n' });
    await git.createBranch(dir, 'elsewhere', head);
    await git.checkout(dir, 'elsewhere');
    await writeFile(join(dir, 'src/a.ts'), 'changed\n');
    const result = await publishChanges({ git, worktree: dir, branch: 'main', base: head, scope, message: 'x' });
    expect(result.refused).toContain('branch elsewhere instead of main');
    expect(await git.revParse(dir, 'elsewhere')).toBe(head);
  });
});
