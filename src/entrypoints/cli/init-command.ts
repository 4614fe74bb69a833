import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { initRepo } from '../../workflows/scaffold-repo.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

export const initCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('init'))
    .description('scaffold workorders/ and a commented .github/shopfloor.yml (never overwrites your files)')
    .action(async (options: { repo?: string }) => {
      const steps = await initRepo(createNodeRepoFiles(repoRoot(options, io)));
      for (const step of steps) io.stdout(`${step.outcome.padEnd(8)} ${step.path}${step.outcome === 'kept' ? ' (already there; left as it is)' : ''}\n`);
      io.stdout('Next: shopfloor new wo-1 --title "..." and shopfloor validate\n');
      done(ExitCode.ok);
    });
};
