import { describe, expect, it } from 'vitest';
import type { Git } from '../../../src/ports/git.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';

// The flow only runs with VENDOR_DIR naming the folder its dependencies live in, as a mocha suite with NODE_PATH.
const flowCheck = `[ -d "$VENDOR_DIR" ] || { echo "Error: Cannot find module 'vendor'" >&2; exit 1; }; node -e "process.exit(require('./src/price.js').total(2, 3) === 5 ? 0 : 1)"`;
const policy = `apiVersion: shopfloor/v1
canary:
  build: "true"
  flows:
    - id: price
      run: ${JSON.stringify(flowCheck)}
      env: [VENDOR_DIR]
`;

async function land(dir: string, git: Git, id: string, files: Record<string, string>): Promise<string> {
  await git.createBranch(dir, `agent/${id}`, 'main');
  await git.checkout(dir, `agent/${id}`);
  await writeFiles(dir, files);
  await git.addAll(dir);
  await git.commit(dir, `${id}: change`);
  await git.checkout(dir, 'main');
  const merged = await git.merge(dir, `agent/${id}`, `Merge agent/${id}\n\nWork-Order: ${id}`);
  if (!merged.ok) throw new Error(merged.message);
  return merged.sha;
}

async function history() {
  const repo = await createGitRepo({ 'src/price.js': 'exports.total = (a, b) => a + b;\n', 'vendor/README': 'vendored\n', '.github/shopfloor.yml': policy, '.gitignore': '.shopfloor/\n' });
  const merges: string[] = [];
  for (let n = 1; n <= 4; n++) merges.push(await land(repo.dir, repo.git, `wo-${n}`, n === 3 ? { 'src/price.js': 'exports.total = (a, b) => a + b + 1;\n' } : { [`src/cart-${n}.js`]: `// ${n}\n` }));
  // Relative, like NODE_PATH=vendor: probes run boxed and see only their own work copy.
  return { ...repo, merges, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', VENDOR_DIR: 'vendor' } };
}

describe('shopfloor bisect --flow and --env', { timeout: 120_000 }, () => {
  it('takes the canary flow\'s command and environment, and the canary\'s next line names the flow', async () => {
    const { dir, head, merges, env } = await history();
    const canary = await runShopfloor(['canary'], { cwd: dir, env });
    expect(canary.stdout).toContain('canary RED');
    expect(canary.stdout).toContain(`next: shopfloor bisect --good <a good commit> --bad ${merges[3]!.slice(0, 12)} --flow price --flake-rate`);

    const byFlow = await runShopfloor(['bisect', '--good', head, '--flow', 'price', '--json'], { cwd: dir, env });
    expect(byFlow.stderr).toBe('');
    expect(JSON.parse(byFlow.stdout)).toMatchObject({ ok: true, plan: { kind: 'found', culprit: { sha: merges[2] } } });

    // The flow's command as a user copies it: it gets the allowlisted environment only, unless --env names more.
    const byRun = await runShopfloor(['bisect', '--good', head, '--run', flowCheck, '--env', 'VENDOR_DIR', '--json'], { cwd: dir, env });
    expect(JSON.parse(byRun.stdout)).toMatchObject({ ok: true, plan: { kind: 'found', culprit: { sha: merges[2] } } });
    const bare = await runShopfloor(['bisect', '--good', head, '--run', flowCheck, '--json'], { cwd: dir, env });
    expect(JSON.parse(bare.stdout)).not.toMatchObject({ plan: { kind: 'found', culprit: { sha: merges[2] } } });
  });

  it('refuses an unknown flow, and --run with --flow, with exit 2', async () => {
    const { dir, head, env } = await history();
    const unknown = await runShopfloor(['bisect', '--good', head, '--flow', 'prices'], { cwd: dir, env });
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, expect.stringContaining('--flow "prices" is not a canary flow in .github/shopfloor.yml; its flows: price')]);
    const both = await runShopfloor(['bisect', '--good', head, '--flow', 'price', '--run', 'true'], { cwd: dir, env });
    expect([both.code, both.stderr]).toEqual([2, expect.stringContaining('exactly one of --run')]);
  });
});
