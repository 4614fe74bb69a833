import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { locatePackageRoot } from '../../adapters/files/locate-package-root.ts';
import { initRepo, initWorkflows, workOrderIssueFormPath, type ScaffoldStep } from '../../workflows/scaffold-repo.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

export const initCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('init'))
    .description('scaffold workorders/, a commented .github/shopfloor.yml and the work-order issue form (.github/ISSUE_TEMPLATE/workorder.yml), and with --workflows the GitHub workflow templates (never overwrites your files)')
    .option('--workflows <action-ref>', 'also write .github/workflows/shopfloor-*.yml, running the Shopfloor action pinned at <owner>/shopfloor@<full commit sha>')
    .option('--action-version <tag>', 'with --workflows: the release tag the pinned SHA is, written beside it as a comment (e.g. v1.2.0)')
    .action(async (options: { repo?: string; workflows?: string; actionVersion?: string }) => {
      const files = createNodeRepoFiles(repoRoot(options, io));
      const workflowSteps = options.workflows === undefined ? [] : await writeWorkflows(files, options.workflows, options.actionVersion);
      const issueForm = readFileSync(join(locatePackageRoot(), workOrderIssueFormPath), 'utf8');
      const steps = [...(await initRepo(files, issueForm)), ...workflowSteps];
      for (const step of steps) print(io, step);
      io.stdout(`Next: shopfloor new wo-1 --title "..." and shopfloor validate${workflowSteps.length ? '; then set up runners and secrets (docs/self-hosted-runners.md)' : ''}\n`);
      done(ExitCode.ok);
    });
};

async function writeWorkflows(files: ReturnType<typeof createNodeRepoFiles>, actionRef: string, version: string | undefined): Promise<ScaffoldStep[]> {
  const dir = join(locatePackageRoot(), '.github', 'workflows');
  const templates = readdirSync(dir).filter((name) => /^shopfloor-.+\.yml$/.test(name)).sort().map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const result = await initWorkflows(files, templates, actionRef, version);
  if (!result.ok) throw new UsageError(`--workflows: ${result.reason}`);
  return result.steps;
}

function print(io: CliIo, step: ScaffoldStep): void {
  io.stdout(`${step.outcome.padEnd(8)} ${step.path}${step.outcome === 'kept' ? ' (already there; left as it is)' : ''}\n`);
}
