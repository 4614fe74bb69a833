import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { parseDuration } from '../../core/duration.ts';
import { renderMetricsMarkdown } from '../../core/metrics/render-metrics-markdown.ts';
import { renderMetricsLines } from '../../core/metrics/render-metrics-lines.ts';
import { collectMetrics } from '../../workflows/metrics/collect-metrics.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError } from './cli-io.ts';
import { loadPolicy } from './load-policy.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

export const metricsCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('metrics'))
    .description('work order lead time, merge success per work order, canary failure per commit, time to restore, change failure and bad-revert rates from git history and run records (docs/metrics.md says what each counts)')
    .option('--since <duration>', 'how far back to look, e.g. 30d or 12w', '30d')
    .option('--rev <rev>', 'the branch whose first-parent history is measured', 'HEAD')
    .option('--json', 'print the metrics as JSON')
    .option('--markdown', 'print Markdown with Mermaid trend charts (renders on GitHub)')
    .action(async (flags: { since: string; rev: string; json?: boolean; markdown?: boolean; repo?: string }) => {
      if (flags.json && flags.markdown) throw new UsageError('choose one of --json and --markdown');
      const window = parseDuration(flags.since);
      if (!window) throw new UsageError(`--since "${flags.since}" is not a duration; write it like "30d" or "12w"`);
      const root = repoRoot(flags, io);
      const git = createGitCli({ env: io.env });
      if (!(await git.revParse(root, flags.rev))) throw new UsageError(await whyNoCommit(git, root, flags.rev));
      const policy = await loadPolicy(root);
      const nowMs = Date.now();
      const { metrics, skippedRecords } = await collectMetrics({ repoDir: root, rev: flags.rev, sinceMs: nowMs - window, nowMs, testGlobs: policy.revert.testGlobs }, { git, files: createNodeRepoFiles(root) });
      if (flags.json) io.stdout(`${JSON.stringify({ ...metrics, skippedRecords }, null, 2)}\n`);
      else if (flags.markdown) io.stdout(renderMetricsMarkdown(metrics));
      else {
        io.stdout(`Shopfloor metrics for the last ${flags.since}\n`);
        for (const line of renderMetricsLines(metrics)) io.stdout(`  ${line}
`);
        if (skippedRecords) io.stdout(`  (${skippedRecords} unreadable run record line(s) in .shopfloor/records skipped)\n`);
      }
      done(ExitCode.ok);
    });
};

/** Why `--rev` names no commit: not a repository, a repository with no commits yet, or a wrong rev. */
async function whyNoCommit(git: ReturnType<typeof createGitCli>, root: string, rev: string): Promise<string> {
  const branch = await git.currentBranch(root);
  if (branch !== undefined && !(await git.revParse(root, 'HEAD'))) return `${root} has no commits yet (branch ${branch} is unborn); commit something, then measure`;
  if (branch === undefined && !(await git.revParse(root, 'HEAD'))) return `${root} is not a git repository with commits; run it inside one or pass --repo`;
  return `--rev "${rev}" is not a commit in ${root}; pass a branch, tag or SHA that exists there`;
}
