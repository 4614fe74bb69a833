import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { createGitRepo } from '../helpers/git-repo.ts';

describe('dist/cli.js run: which policy it used', () => {
  it('names the committed revision it read the policy from, and warns about an uncommitted edit', async () => {
    const policy = 'apiVersion: shopfloor/v1\ngates:\n  - id: unit\n    run: "true"\n';
    const { dir, head } = await createGitRepo({ '.github/shopfloor.yml': policy, '.gitignore': '.shopfloor/\n' });
    const clean = await runBuiltCli(['run', '--once', '--provider', 'replay'], { cwd: dir });
    expect(clean.stdout).toContain(`policy: .github/shopfloor.yml as committed on main (${head.slice(0, 12)})`);
    expect(clean.stderr).not.toContain('differs');
    await writeFile(join(dir, '.github/shopfloor.yml'), `${policy}agents:\n  defaultProvider: replay\n`);
    const edited = await runBuiltCli(['run', '--once', '--provider', 'replay'], { cwd: dir });
    expect(edited.stderr).toContain("warning: .github/shopfloor.yml in your working copy differs from main's and is not used");
  });
});
