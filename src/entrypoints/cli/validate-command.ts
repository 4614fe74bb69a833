import { relative, resolve, sep } from 'node:path';
import { formatFinding, hasErrors } from '../../core/validation/finding.ts';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { MissingPathError, validateRepo } from '../../workflows/validate-repo.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

export const validateCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('validate'))
    .description('check work orders (workorders/*.yml) and the repo policy (.github/shopfloor.yml)')
    .argument('[paths...]', 'files or directories to check (default: all work orders and the policy)')
    .option('--json', 'print the findings as JSON')
    .action(async (paths: string[], options: { json?: boolean; repo?: string }) => {
      const root = repoRoot(options, io);
      const targets = paths.map((path) => toRepoPath(root, resolve(io.cwd, path)));
      let result;
      try {
        result = await validateRepo(createNodeRepoFiles(root), targets);
      } catch (error) {
        if (error instanceof MissingPathError) throw new UsageError(error.message);
        throw error;
      }
      const errors = result.findings.filter((f) => f.severity === 'error').length;
      const warnings = result.findings.length - errors;
      if (options.json) {
        io.stdout(`${JSON.stringify({ ok: errors === 0, errors, warnings, files: result.filesChecked, findings: result.findings }, null, 2)}\n`);
      } else {
        for (const finding of result.findings) io.stdout(`${formatFinding(finding)}\n`);
        const files = `${result.filesChecked.length} file${result.filesChecked.length === 1 ? '' : 's'}`;
        if (result.filesChecked.length === 0) io.stdout('No work orders or policy found; run `shopfloor init` to create them.\n');
        else io.stdout(errors === 0 ? `✓ ${files} valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n` : `✗ ${errors} error${errors === 1 ? '' : 's'}${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''} in ${files}\n`);
      }
      done(hasErrors(result.findings) ? ExitCode.failed : ExitCode.ok);
    });
};

function toRepoPath(root: string, absolute: string): string {
  const path = relative(root, absolute);
  if (path.startsWith('..') || resolve(root, path) !== absolute) throw new UsageError(`"${absolute}" is outside the repository ${root}; pass --repo or a path inside it`);
  return path === '' ? '.' : path.split(sep).join('/');
}
