import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeFiles } from '../../helpers/git-repo.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const valid = (id: string, extra = '') => `apiVersion: shopfloor/v1
id: ${id}
title: Work order ${id}
goal: Do ${id}.
kind: feature
scope:
  paths: ["src/${id}/**"]
acceptance:
  commands:
    - name: unit
      run: npm test
${extra}`;

describe('shopfloor validate', () => {
  it('exits 0 and says so when everything is valid', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { 'workorders/a.yml': valid('a'), 'workorders/b.yml': valid('b', 'dependencies: [a]\n'), '.github/shopfloor.yml': readFileSync('examples/sample-project/.github/shopfloor.yml', 'utf8') });
    const result = await runShopfloor(['validate'], { cwd: dir });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('✓ 3 files valid');
  });

  it('reports every problem across files at once, with file:line:col, and exits 1', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, {
      'workorders/a.yml': valid('a', 'dependencies: [b, ghost]\n'),
      'workorders/b.yml': valid('b', 'dependencies: [a]\n'),
      'workorders/c.yml': valid('a'),
      '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\ngates:\n  - id: test\n    run: npm test\n    needs: [build]\n  - id: build\n    run: make\n    needs: [test]\n  - id: lint\n    run: eslint .\n    needs: [biuld]\n',
    });
    const result = await runShopfloor(['validate'], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toEqual([
      '.github/shopfloor.yml:8:12 gates[1].needs: gates depend on each other in a cycle: build -> test -> build; remove one of these needs',
      '.github/shopfloor.yml:11:13 gates[2].needs[0]: gate "biuld" is not declared; did you mean "build"?',
      'workorders/a.yml:12:16 dependencies[0]: dependency cycle: a -> b -> a; remove one of these dependencies',
      'workorders/a.yml:12:19 dependencies[1]: work order "ghost" does not exist; create it with `shopfloor new` or remove the dependency',
      'workorders/c.yml:2:5 id: "a" does not match the file name "c.yml"; rename the file to "a.yml" or change the id',
      'workorders/c.yml:2:5 id: "a" is also the id of workorders/a.yml; ids must be unique across workorders/',
      '✗ 6 errors in 4 files',
    ]);
  });

  it('prints findings as data with --json', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { 'workorders/a.yml': valid('a').replace('kind: feature', 'kind: feat') });
    const result = await runShopfloor(['validate', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false, errors: 1, warnings: 0, files: ['workorders/a.yml'] });
    expect(report.findings[0]).toMatchObject({ file: 'workorders/a.yml', line: 5, column: 7, path: 'kind', code: 'invalid-value', severity: 'error' });
  });

  it('checks one named file but still sees the other work orders for its dependencies', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, { 'workorders/a.yml': valid('a'), 'workorders/b.yml': valid('b', 'dependencies: [a]\n') });
    const result = await runShopfloor(['validate', 'workorders/b.yml'], { cwd: dir });
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('✓ 1 file valid');
  });

  it('exits 2 with a clear message for a path that does not exist or lies outside the repository', async () => {
    const dir = await makeTempDir();
    const missing = await runShopfloor(['validate', 'nope.yml'], { cwd: dir });
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe('shopfloor: "nope.yml" does not exist; name a work-order file, a directory of them, or .github/shopfloor.yml\n');
    const outside = await runShopfloor(['validate', '/etc/hosts'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is outside the repository');
  });

  it('exits 2 for an unknown option, without a stack trace', async () => {
    const dir = await makeTempDir();
    const result = await runShopfloor(['validate', '--jsn'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--jsn'");
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('never crashes on hostile files: binary junk, huge aliases, empty files', async () => {
    const dir = await makeTempDir();
    await writeFiles(dir, {
      'workorders/junk.yml': '\u0000\u0001\u0002{{{[[[:::',
      'workorders/empty.yml': '',
      'workorders/list.yml': '- just\n- a list\n',
    });
    const result = await runShopfloor(['validate', '--json'], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.findings.map((f: { file: string }) => f.file).sort()).toEqual(expect.arrayContaining(['workorders/empty.yml', 'workorders/junk.yml', 'workorders/list.yml']));
  });
});
