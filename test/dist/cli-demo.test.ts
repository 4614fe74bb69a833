import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** The whole demo through the bundle, as a newcomer runs it: `npm run demo -- --dir PATH --serve`. */
describe('dist/cli.js demo', () => {
  it('closes the loop: the canary reverts slug-speedup, its bug work order lands test-first, main ends green; --serve shows it live', async () => {
    const tmp = await makeTempDir();
    const dir = join(tmp, 'demo repo');
    const seen: { url?: string; listedWhileRunning?: number; finishedBeforeListing?: boolean; pages?: { roadmap: string; metrics: string; commit: string } } = {};
    const result = await runBuiltCli(['demo', '--dir', dir, '--serve'], {
      cwd: tmp, env: { TMPDIR: tmp }, timeoutMs: 600_000,
      onSpawn: (child) => {
        let out = '';
        child.stdout!.on('data', async (text: string) => {
          out += text;
          const url = /^Writer: (http:\/\/127\.0\.0\.1:\d+)\//m.exec(out)?.[1];
          if (url && !seen.url) {
            seen.url = url;
            // The URL comes first, and the Writer answers while the loop is still running.
            expect(out.split('\n')[0]).toMatch(/^Writer: /);
            const page = await fetch(`${url}/`);
            expect(page.status).toBe(200);
          }
          if (seen.url && seen.listedWhileRunning === undefined && /merged +title-case/.test(out)) {
            seen.finishedBeforeListing = /patch queue:/.test(out);
            seen.listedWhileRunning = ((await (await fetch(`${seen.url}/api/runs`)).json()) as unknown[]).length;
          }
          if (/patch queue:/.test(out) && seen.url && !seen.pages) {
            // After the run, the Writer still serves it: the roadmap with every work order and the metrics charts.
            const fixMerge = /merged +fix-[0-9a-f]{12} as ([0-9a-f]{12})/.exec(out)?.[1];
            seen.pages = { roadmap: await (await fetch(`${seen.url}/roadmap`)).text(), metrics: await (await fetch(`${seen.url}/metrics`)).text(), commit: await (await fetch(`${seen.url}/commits/${fixMerge}`)).text() };
            child.kill('SIGINT');
          }
        });
      },
    });
    expect(result.stderr).not.toMatch(/Error|at .*\.js:\d+/);
    expect(result.code).toBe(0);
    const out = result.stdout;
    expect(seen.finishedBeforeListing).toBe(false);
    expect(seen.listedWhileRunning).toBeGreaterThan(0);
    // Each step once, in order: the culprit reverted, its bug work order merged after it, the canary green on the fix.
    const fix = /bug work order (fix-[0-9a-f]{12}) filed/.exec(out)?.[1];
    expect(fix).toBeDefined();
    const story = out.slice(0, out.indexOf('\nEnd: ')).split('\n').filter((line) => /^ {2}(merged|canary|culprit|reverted|refused|held|failed) /.test(line));
    expect(story.filter((line) => line.startsWith('  merged ')).map((line) => line.split(/ +/)[2]).sort()).toEqual(['ci-tweak', fix, 'headline', 'slug-speedup', 'title-case', 'truncate'].sort());
    expect(story.some((line) => line.startsWith('  held ') || line.startsWith('  failed '))).toBe(false);
    expect(story.find((line) => line.includes(`merged   ${fix!}`))).toContain('test-first');
    expect(story.at(-1)).toMatch(/^ {2}canary +GREEN/);
    expect(story.find((line) => line.startsWith('  refused '))).toContain("ci-tweak's agent");
    expect(out).toMatch(new RegExp(`End: main is at [0-9a-f]{12}; merged: [^;]*; reverted: slug-speedup`));
    expect(out).toMatch(/Time: \d+\.\ds in all: setup \d+\.\ds, the loop \d+\.\ds \(agents/);
    expect(out).toMatch(/^ {2}run documents: +http:\/\/127\.0\.0\.1:\d+\/ +\(serving until Ctrl-C\)$/m);
    expect(out).toContain('Metrics (npx shopfloor metrics):');
    expect(out).not.toMatch(/^ +run documents: +shopfloor /m);
    const states = Object.fromEntries([...seen.pages!.roadmap.matchAll(/<g class="node" data-id="([^"]+)" data-state="(\w+)"/g)].map((m) => [m[1], m[2]]));
    expect(Object.keys(states).sort()).toEqual(['ci-tweak', fix, 'headline', 'slug-speedup', 'title-case', 'truncate'].sort());
    // The Writer's roadmap reads main's history as shopfloor roadmap does: the reverted work order is not done.
    expect(states).toEqual({ 'ci-tweak': 'done', [fix!]: 'done', headline: 'done', 'slug-speedup': 'reverted', 'title-case': 'done', truncate: 'done' });
    const merges = [...seen.pages!.metrics.matchAll(/data-series="changes" data-week="[^"]+" data-value="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    const reverts = [...seen.pages!.metrics.matchAll(/data-series="reverts" data-week="[^"]+" data-value="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect([merges, reverts]).toEqual([6, 1]);
    // At the end every section tells the truth: the fix's agent text was taken as canon once committed, and
    // the Terminal that showed its commands is done, not "pending".
    const runsDir = join(dir, '.shopfloor', 'runs');
    const fixRun = (await readdir(runsDir)).find((name) => name.includes(fix!))!;
    const document = await readFile(join(runsDir, fixRun, 'document.md'), 'utf8');
    expect(document).toMatch(/## Implementer\n<!-- state:done -->\n(?!<!-- proposal -->)/);
    expect(document).toMatch(/## Terminal\n<!-- state:done -->/);
    // A commit page: the fix's merge with its files and the signed report note, and how to check it.
    expect(seen.pages!.commit).toContain('test/slugify-regression.test.js');
    expect(seen.pages!.commit).toContain('Signed verification report (refs/notes/shopfloor)');
    expect(seen.pages!.commit).toMatch(/npx shopfloor report verify --sha [0-9a-f]{40}/);
        // The repository stays where it was asked to be, with the fix and its regression test on main.
    const files = execFileSync('git', ['-C', dir, 'ls-tree', '-r', '--name-only', 'main'], { encoding: 'utf8' });
    expect(files).toContain('test/slugify-regression.test.js');
    expect(files).toContain(`workorders/${fix!}.yml`);
  }, 600_000);

  it('refuses a --dir that is not empty, and leaves it as it was', async () => {
    const tmp = await makeTempDir();
    const dir = join(tmp, 'mine');
    await mkdir(dir);
    await writeFile(join(dir, 'keep.txt'), 'mine');
    const result = await runBuiltCli(['demo', '--dir', dir], { cwd: tmp, env: { TMPDIR: tmp } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--dir ${dir} is not empty; the demo makes a fresh repository there, so name a new or empty directory`);
    expect(await readdir(dir)).toEqual(['keep.txt']);
  });
});
