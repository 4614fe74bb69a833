import { appendFile, cp, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { locatePackageRoot } from '../../adapters/files/locate-package-root.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { boxName } from '../../core/isolation/process-box.ts';
import { createFileRunStore } from '../../adapters/run-document/file-run-store.ts';
import { runStoreDir } from '../../adapters/run-document/run-store-layout.ts';
import { createRunFeed } from '../../adapters/writer/run-feed.ts';
import { startWriterServer } from '../../adapters/writer/writer-server.ts';
import { phaseTotals, renderLoopStory, type StoryEvent } from '../../core/loop/render-loop-story.ts';
import { renderMetricsLines } from '../../core/metrics/render-metrics-lines.ts';
import { seedDemoRepo } from '../../workflows/loop/seed-demo-repo.ts';
import { collectMetrics } from '../../workflows/metrics/collect-metrics.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';
import { loadPolicy } from './load-policy.ts';
import { parseParallel } from './parallel-option.ts';
import { runFromCli } from './run-command.ts';
import { writerCommit } from './writer-commit.ts';
import { writerObjects } from './writer-objects.ts';
import { writerTrain } from './writer-train.ts';
import { writerMetrics } from './writer-metrics.ts';
import { writerRoadmap } from './writer-roadmap.ts';

interface DemoFlags { parallel: string; json?: boolean; dir?: string; serve?: boolean; port: string }

/**
 * `shopfloor demo`: the whole loop on a copy of the bundled sample project with recorded agents. Every
 * merge, gate and canary result in it is real; only the model's answers are replayed. The story is printed
 * as it happens, once per step; `--serve` shows the same run live in the Writer.
 */
export const demoCommand: CliCommand = (program, io, done) => {
  program
    .command('demo')
    .description('run the whole local loop (agents, gates, merges, canary, bisect, revert, the test-first fix) on a copy of the sample project')
    .option('--parallel <n>', 'work orders at once', '2')
    .option('--dir <path>', 'keep the demo repository at this path (a new or empty directory) instead of a temp directory')
    .option('--serve', 'serve the Writer on the demo repository while it runs (the URL is printed first) and after, until Ctrl-C')
    .option('--port <n>', 'with --serve: the port (0 picks a free one)', '0')
    .option('--json', 'print the run result as JSON')
    .action(async (flags: DemoFlags) => {
      // Bad input is refused before the repository exists, so nothing is left behind.
      parseParallel(flags.parallel);
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port "${flags.port}" is not a port number; use 0-65535`);
      const dir = flags.dir ? await emptyDir(resolve(io.cwd, flags.dir)) : await mkdtemp(join(tmpdir(), 'shopfloor-demo-'));
      const started = Date.now();
      const say = (text = '') => (flags.json ? undefined : io.stdout(`${text}\n`));
      const writer = flags.serve ? await serveWriter(dir, port, io) : undefined;
      if (writer) say(`Writer: ${writer.url}/  (watch the runs live; it keeps serving after the demo until Ctrl-C)`);
      const root = locatePackageRoot();
      await cp(join(root, 'examples', 'sample-project'), dir, { recursive: true });
      const transcripts = join(dir, '.shopfloor', 'transcripts');
      await cp(join(root, 'examples', 'sample-transcripts'), transcripts, { recursive: true });
      const git = createGitCli({ env: io.env });
      // The demo's agents are recordings shipped with Shopfloor: on a host with no sandbox it may run them
      // unboxed, and says so (a real repository's policy must opt out itself).
      const box = createJudgedRunner().isolation;
      if (box.mode === 'none') await appendFile(join(dir, '.github', 'shopfloor.yml'), 'isolation: none\n');
      await seedDemoRepo(git, dir);
      const setupMs = Date.now() - started;
      say(`Shopfloor demo: the sample project "textkit" is a fresh git repository at ${dir}`);
      say(box.mode === 'none' ? `No sandbox here, so the demo runs its recorded agents and gates unboxed (isolation: none), and its reports say so: ${box.reason}` : `Agents and gates run boxed by ${boxName(box)}: their own clone, no access to Shopfloor's processes${box.mode === 'bubblewrap' ? ', keys or repository' : ''} (docs/security-model.md says what the box keeps out).`);
      say('Five work orders: title-case and truncate (parallel), headline (needs both), ci-tweak (its agent tries to edit the CI policy),');
      say('slug-speedup (passes the unit tests, breaks the canary: it is found, reverted, and a bug work order is filed and fixed test-first).');
      say('Agents replay recorded transcripts; everything else is real.\n');

      const seen: StoryEvent[] = [];
      let told = 0;
      const tell = (event: StoryEvent) => {
        seen.push(event);
        const lines = renderLoopStory(seen);
        for (const line of lines.slice(told)) say(`  ${line}`);
        told = lines.length;
      };
      const runStarted = Date.now();
      const result = await runFromCli({ parallel: flags.parallel, provider: 'replay', transcripts, repo: dir, ...(flags.json ? { json: true } : {}) }, io, flags.json ? undefined : tell, { summary: false });
      if (flags.json) return finish(result.ok ? ExitCode.ok : ExitCode.failed);

      const states = new Map<string, string[]>();
      for (const row of result.rows) states.set(row.state, [...(states.get(row.state) ?? []), row.id]);
      say(`\nEnd: main is at ${result.mainSha.slice(0, 12)}; ${[...states].map(([state, ids]) => `${state}: ${ids.join(', ')}`).join('; ')}`);
      const totals = phaseTotals(result.events);
      const runMs = Date.now() - runStarted;
      say(`\nTime: ${sec(Date.now() - started)} in all: setup ${sec(setupMs)}, the loop ${sec(runMs)} (agents ${sec(totals.agent)}, gates ${sec(totals.gates)}, canary ${sec(totals.canary)}, bisect ${sec(totals.bisect)}, revert ${sec(totals.revert)}; they overlap when work orders run in parallel)`);

      const policy = await loadPolicy(dir);
      const { metrics } = await collectMetrics({ repoDir: dir, rev: 'main', sinceMs: started - 3_600_000, nowMs: Date.now(), testGlobs: policy.revert.testGlobs }, { git, files: createNodeRepoFiles(dir) });
      say('\nMetrics (npx shopfloor metrics):');
      for (const line of renderMetricsLines(metrics)) say(`  ${line}`);

      say(`\nThe demo repository: ${dir}`);
      say(`  history:        git -C ${dir} log --graph --oneline main`);
      say(`  signed reports: git -C ${dir} notes --ref shopfloor list`);
      say(`  run documents:  ${writer ? `${writer.url}/  (serving until Ctrl-C)` : `npx shopfloor serve --repo ${dir}   (the Writer view of every run)`}`);
      say(`  patch queue:    ${join(dir, '.shopfloor', 'patches')}`);
      if (writer) await new Promise<void>((resolve) => (io.signal.aborted ? resolve() : io.signal.addEventListener('abort', () => resolve(), { once: true })));
      return finish(result.ok ? ExitCode.ok : ExitCode.failed);

      async function finish(code: ExitCode) {
        await writer?.close();
        done(code);
      }
    });
};

const sec = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

/** `--dir`: a new directory, or an empty one; anything else is refused so nothing of the user's is touched. */
async function emptyDir(dir: string): Promise<string> {
  const entries = await readdir(dir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(new UsageError(`--dir ${dir}: cannot read it (${error.code}); name a new or empty directory`))));
  if (entries.length > 0) throw new UsageError(`--dir ${dir} is not empty; the demo makes a fresh repository there, so name a new or empty directory`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** The Writer on the demo's run store, listening before the first run opens. */
async function serveWriter(dir: string, port: number, io: CliIo) {
  const storeDir = runStoreDir(dir);
  await mkdir(storeDir, { recursive: true });
  const onError = (error: unknown) => io.stderr(`shopfloor demo --serve: ${error instanceof Error ? error.message : String(error)}\n`);
  const feed = createRunFeed(createFileRunStore(storeDir), { onError });
  try {
    return await startWriterServer({ feed, storeDir, host: '127.0.0.1', port, handlers: [], onError, roadmap: writerRoadmap(dir, io.env), metrics: writerMetrics(dir, io.env), showCommit: writerCommit(dir, io.env), objects: writerObjects(dir, io.env), train: writerTrain(dir, io.env) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new UsageError(`--port ${port}: cannot listen on 127.0.0.1 (${code}); pick another port or 0`, { cause: error });
    throw error;
  }
}
