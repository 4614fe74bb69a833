import { appendFile, cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { locatePackageRoot } from '../../adapters/files/locate-package-root.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { phaseTotals, renderLoopStory } from '../../core/loop/render-loop-story.ts';
import { renderMetricsLines } from '../../core/metrics/render-metrics-lines.ts';
import { seedDemoRepo } from '../../workflows/loop/seed-demo-repo.ts';
import { collectMetrics } from '../../workflows/metrics/collect-metrics.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode } from './cli-io.ts';
import { loadPolicy } from './load-policy.ts';
import { parseParallel } from './parallel-option.ts';
import { runFromCli } from './run-command.ts';

/**
 * `shopfloor demo`: the whole loop on a throwaway copy of the bundled sample project with recorded
 * agents. Every merge, gate and canary result in it is real; only the model's answers are replayed.
 */
export const demoCommand: CliCommand = (program, io, done) => {
  program
    .command('demo')
    .description('run the whole local loop (agents, gates, merges, canary, bisect, revert) on a throwaway copy of the sample project')
    .option('--parallel <n>', 'work orders at once', '2')
    .option('--json', 'print the run result as JSON')
    .action(async (flags: { parallel: string; json?: boolean }) => {
      // Bad input is refused before the temp repository exists, so nothing is left behind.
      parseParallel(flags.parallel);
      const started = Date.now();
      const say = (text = '') => (flags.json ? undefined : io.stdout(`${text}\n`));
      const dir = await mkdtemp(join(tmpdir(), 'shopfloor-demo-'));
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
      say(`Shopfloor demo: the sample project "textkit" is a fresh git repository at ${dir}`);
      say(box.mode === 'none' ? `No sandbox here, so the demo runs its recorded agents and gates unboxed (isolation: none), and its reports say so: ${box.reason}` : `Agents and gates run boxed by bubblewrap ${box.version}: their own clone, no access to Shopfloor's keys, processes or repository.`);
      say('Five work orders: title-case and truncate (parallel), headline (needs both), ci-tweak (tries to edit the CI policy),');
      say('slug-speedup (passes the unit tests, breaks the canary). Agents replay recorded transcripts; everything else is real.\n');

      const result = await runFromCli({ parallel: flags.parallel, provider: 'replay', transcripts, repo: dir, ...(flags.json ? { json: true } : {}) }, io);
      if (flags.json) return done(result.ok ? ExitCode.ok : ExitCode.failed);

      say('\nWhat happened:');
      for (const line of renderLoopStory(result.events)) say(`  ${line}`);
      const totals = phaseTotals(result.events);
      const elapsed = Date.now() - started;
      say(`\nTime: ${(elapsed / 1000).toFixed(1)}s in all; agent ${sec(totals.agent)}, gates ${sec(totals.gates)}, canary ${sec(totals.canary)}, bisect ${sec(totals.bisect)}, revert ${sec(totals.revert)} (phases overlap when work orders run in parallel)`);

      const policy = await loadPolicy(dir);
      const { metrics } = await collectMetrics({ repoDir: dir, rev: 'main', sinceMs: started - 3_600_000, nowMs: Date.now(), testGlobs: policy.revert.testGlobs }, { git, files: createNodeRepoFiles(dir) });
      say('\nMetrics (shopfloor metrics):');
      for (const line of renderMetricsLines(metrics)) say(`  ${line}`);

      say(`\nThe demo repository: ${dir}`);
      say(`  history:        git -C ${dir} log --graph --oneline main`);
      say(`  signed reports: git -C ${dir} notes --ref shopfloor list`);
      say(`  run documents:  shopfloor serve --repo ${dir}   (the Writer view of every run)`);
      say(`  patch queue:    ${join(dir, '.shopfloor', 'patches')}`);
      done(result.ok ? ExitCode.ok : ExitCode.failed);
    });
};

const sec = (ms: number) => `${(ms / 1000).toFixed(1)}s`;
