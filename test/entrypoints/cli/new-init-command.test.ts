import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workOrderFormFields } from '../../../src/core/github/work-order-form.ts';
import { writeFiles } from '../../helpers/git-repo.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('shopfloor new', () => {
  it('scaffolds a work order that validates, with the schema line editors use', async () => {
    const dir = await makeTempDir();
    await runShopfloor(['new', 'wo-11', '--title', 'Dependency'], { cwd: dir });
    const created = await runShopfloor(['new', 'wo-12', '--title', 'Add a cache: fast & safe', '--kind', 'bugfix', '--scope', 'src/cache/**', 'test/cache/**', '--depends-on', 'wo-11'], { cwd: dir });
    expect(created).toMatchObject({ code: 0 });
    const text = await readFile(join(dir, 'workorders/wo-12.yml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./schema.json');
    expect(JSON.parse(await readFile(join(dir, 'workorders/schema.json'), 'utf8')).title).toBe('Shopfloor work order');
    const validation = await runShopfloor(['validate'], { cwd: dir });
    expect(validation.stdout).toContain('✓ 2 files valid');
    expect(validation.stdout).toContain('warning');
  });

  it('scaffolds the acceptance command as the policy\'s unit gate runs, environment included', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\ngates:\n  - { id: lint, run: npm run lint }\n  - { id: unit, kind: unit, run: npm test, env: [NODE_PATH] }\n' });
    expect(await runShopfloor(['new', 'wo-1', '--title', 'Fix it'], { cwd: dir })).toMatchObject({ code: 0 });
    expect(await readFile(join(dir, 'workorders/wo-1.yml'), 'utf8')).toContain('    - name: test\n      run: npm test\n      env: [NODE_PATH]\n');
    expect((await runShopfloor(['validate'], { cwd: dir })).stdout).toContain('files valid');
  });

  it('never overwrites an existing work order', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { 'workorders/wo-1.yml': 'mine\n' });
    const result = await runShopfloor(['new', 'wo-1', '--title', 'x'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('workorders/wo-1.yml already exists');
    expect(await readFile(join(dir, 'workorders/wo-1.yml'), 'utf8')).toBe('mine\n');
  });

  it.each([['Bad_ID'], ['../escape'], ['-x']])('refuses the id %s with exit 2', async (id) => {
    const dir = await makeTempDir();
    const result = await runShopfloor(['new', id, '--title', 'x'], { cwd: dir });
    expect(result.code).toBe(2);
  });
});

describe('shopfloor init', () => {
  it('creates a valid commented policy and schemas, and keeps a user file on a second run', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { 'package.json': '{}' });
    const first = await runShopfloor(['init'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('created  .github/shopfloor.yml');
    const policy = await readFile(join(dir, '.github/shopfloor.yml'), 'utf8');
    expect(policy).toContain('# Gates run by `shopfloor verify`');
    expect((await runShopfloor(['validate'], { cwd: dir })).code).toBe(0);
    // The issue form intake reads: the same fields, labels and required flags as the parser (issue-work-order.test.ts checks the template).
    expect(first.stdout).toContain('created  .github/ISSUE_TEMPLATE/workorder.yml');
    const form = parse(await readFile(join(dir, '.github/ISSUE_TEMPLATE/workorder.yml'), 'utf8')) as { labels: string[]; body: { id?: string; type: string; attributes: { label?: string }; validations?: { required?: boolean } }[] };
    expect(form.body.filter((entry) => entry.type !== 'markdown').map((entry) => [entry.id, entry.attributes.label, entry.validations?.required ?? false])).toEqual(workOrderFormFields.map((field) => [field.id, field.label, field.required]));
    expect(form.labels).toContain('shopfloor');
    await writeFiles(dir, { '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\n# mine\n', '.github/ISSUE_TEMPLATE/workorder.yml': 'name: mine\n' });
    const second = await runShopfloor(['init'], { cwd: dir });
    expect(second.stdout).toContain('kept     .github/shopfloor.yml');
    expect(await readFile(join(dir, '.github/shopfloor.yml'), 'utf8')).toBe('apiVersion: shopfloor/v1\n# mine\n');
    expect(second.stdout).toContain('kept     .github/ISSUE_TEMPLATE/workorder.yml');
    expect(await readFile(join(dir, '.github/ISSUE_TEMPLATE/workorder.yml'), 'utf8')).toBe('name: mine\n');
  });
});

describe('shopfloor roadmap', () => {
  it('prints waves, the parallel batch and conflicts; --json and --mermaid for machines and GitHub', async () => {
    const dir = await makeTempDir();
    await runShopfloor(['new', 'a', '--title', 'A', '--scope', 'src/**'], { cwd: dir });
    await runShopfloor(['new', 'b', '--title', 'B', '--scope', 'src/b/**'], { cwd: dir });
    await runShopfloor(['new', 'c', '--title', 'C', '--scope', 'docs/**', '--depends-on', 'a'], { cwd: dir });
    const text = await runShopfloor(['roadmap'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Can start now, in parallel: a');
    expect(text.stdout).toMatch(/a ~ b: "src\/\*\*" and "src\/b\/\*\*" both match src\/b\//);
    const json = JSON.parse((await runShopfloor(['roadmap', '--json'], { cwd: dir })).stdout);
    expect(json.waves).toEqual([['a', 'b'], ['c']]);
    expect((await runShopfloor(['roadmap', '--mermaid'], { cwd: dir })).stdout).toContain('n_a --> n_c');
    expect((await runShopfloor(['roadmap', '--json', '--mermaid'], { cwd: dir })).code).toBe(2);
  });

  it('exits 1 and names the cycle', async () => {
    const dir = await makeTempDir();
    // `new` refuses a dependency that does not exist yet, so a cycle can only be written by hand.
    await runShopfloor(['new', 'a', '--title', 'A'], { cwd: dir });
    await runShopfloor(['new', 'b', '--title', 'B', '--depends-on', 'a'], { cwd: dir });
    const a = await readFile(join(dir, 'workorders/a.yml'), 'utf8');
    await writeFiles(dir, { 'workorders/a.yml': a.replace('dependencies: []', 'dependencies: [b]') });
    const result = await runShopfloor(['roadmap'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Dependency cycle: a -> b -> a');
  });
});

describe('shopfloor init --workflows', () => {
  const ref = `acme/shopfloor@${'d'.repeat(40)}`;

  it('writes the four workflow templates pinned to the release, and keeps a workflow the user already has', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { '.github/workflows/shopfloor-metrics.yml': '# mine\n' });
    const result = await runShopfloor(['init', '--workflows', ref, '--action-version', 'v1.4.0'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created  .github/workflows/shopfloor-implement.yml');
    expect(result.stdout).toContain('kept     .github/workflows/shopfloor-metrics.yml (already there; left as it is)');
    const verify = await readFile(join(dir, '.github/workflows/shopfloor-verify.yml'), 'utf8');
    expect(verify).toContain(`uses: ${ref} # v1.4.0`);
    expect(verify).not.toContain('shopfloor-action');
    expect(verify, 'the gates run the code under test, so verify runs where the sandbox is').toContain('runs-on: ubuntu-latest');
    expect(await readFile(join(dir, '.github/workflows/shopfloor-metrics.yml'), 'utf8')).toBe('# mine\n');
  });

  it('refuses an action that is not pinned to a full commit SHA, and writes nothing', async () => {
    const dir = await makeTempDir();
    const result = await runShopfloor(['init', '--workflows', 'acme/shopfloor@v1'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a pinned action: write owner/shopfloor@<full 40-hex commit sha>');
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });
});
