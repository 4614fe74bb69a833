import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { buildRoadmap } from '../../core/roadmap/build-roadmap.ts';
import { renderRoadmapMermaid, renderRoadmapText } from '../../core/roadmap/render-roadmap.ts';
import { formatFinding, hasErrors } from '../../core/validation/finding.ts';
import { validateRepo } from '../../workflows/validate-repo.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';
import { readRoadmapLiveFacts } from './roadmap-live-facts.ts';

export const roadmapCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('roadmap'))
    .description('show the roadmap: dependency waves, what is ready, what can run in parallel, scope conflicts')
    .option('--json', 'print the roadmap as JSON')
    .option('--mermaid', 'print the dependency graph as a Mermaid chart (renders on GitHub)')
    .option('--main <branch>', 'the branch whose history says what is merged and reverted (as shopfloor run)', 'main')
    .action(async (options: { json?: boolean; mermaid?: boolean; repo?: string; main: string }) => {
      if (options.json && options.mermaid) throw new UsageError('--json and --mermaid cannot be combined; pick one');
      if (!/^[A-Za-z0-9._/-]+$/.test(options.main) || options.main.startsWith('-')) throw new UsageError(`--main "${options.main}" is not a branch name`);
      const root = repoRoot(options, io);
      const validation = await validateRepo(createNodeRepoFiles(root));
      const workOrderErrors = validation.findings.filter((f) => f.severity === 'error' && f.file.startsWith('workorders/'));
      // The same states shopfloor run plans from, so the two never disagree.
      const live = await readRoadmapLiveFacts(root, options.main, io.env);
      const roadmap = buildRoadmap(validation.workOrders, live.facts ?? {});
      if (options.json) io.stdout(`${JSON.stringify({ ...roadmap, source: live.source, invalid: workOrderErrors }, null, 2)}\n`);
      else if (options.mermaid) io.stdout(renderRoadmapMermaid(roadmap));
      else {
        io.stdout(`${live.source}\n`);
        io.stdout(renderRoadmapText(roadmap));
        if (workOrderErrors.length > 0) {
          io.stderr(`\n${workOrderErrors.length} problem(s) keep some work orders off the roadmap:\n`);
          for (const finding of workOrderErrors) io.stderr(`${formatFinding(finding)}\n`);
        }
      }
      done(hasErrors(workOrderErrors) || roadmap.cycles.length > 0 ? ExitCode.failed : ExitCode.ok);
    });
};
