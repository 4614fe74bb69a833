import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('dist/cli.js roadmap at scale', () => {
  it('3,000 work orders scoped src/**: one conflict group, output linear in the work orders (not one line per pair)', async () => {
    const dir = await makeTempDir('shopfloor-roadmap-3k-');
    await mkdir(join(dir, 'workorders'));
    for (let i = 0; i < 3000; i++) {
      await writeFile(join(dir, 'workorders', `wo-${i}.yml`), `apiVersion: shopfloor/v1\nid: wo-${i}\ntitle: Work order ${i}\ngoal: g\nkind: feature\nscope:\n  paths: ["src/**"]\nacceptance:\n  criteria: [x]\n`);
    }
    const text = await runBuiltCli(['roadmap'], { cwd: dir, timeoutMs: 120_000 });
    expect(text.code, text.stderr).toBe(0);
    // 3,000 entries of about 50 bytes each; the 4.5 million conflicting pairs are one line.
    expect(text.stdout.length).toBeLessThan(3000 * 100);
    expect(text.stdout).toMatch(/and 2992 more \(3000 work orders\): all may touch "src\/\*\*"/);
    expect(text.stdout).toContain('Can start now, in parallel: wo-0\n');
    const json = await runBuiltCli(['roadmap', '--json'], { cwd: dir, timeoutMs: 120_000 });
    const roadmap = JSON.parse(json.stdout) as { conflicts: { a: string[]; same: boolean }[] };
    expect(roadmap.conflicts).toHaveLength(1);
    expect(roadmap.conflicts[0]).toMatchObject({ same: true });
    expect(roadmap.conflicts[0]!.a).toHaveLength(3000);
    expect(json.stdout.length).toBeLessThan(3000 * 1000);
  }, 240_000);
});
