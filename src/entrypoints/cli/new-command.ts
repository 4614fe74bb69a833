import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { workOrderIdPattern, workOrderKinds } from '../../core/workorder/work-order-schema.ts';
import { checkGlobInsideRepo } from '../../core/glob/check-glob-inside-repo.ts';
import { scaffoldWorkOrder } from '../../workflows/scaffold-repo.ts';
import { workOrdersDirectory } from '../../workflows/validate-repo.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError } from './cli-io.ts';
import { loadPolicy } from './load-policy.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

export const newCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('new'))
    .description('scaffold a valid work order in workorders/<id>.yml')
    .argument('<id>', 'work-order id: lowercase letters, digits and "-" (e.g. wo-12)')
    .requiredOption('--title <text>', 'one line: what the work order delivers')
    .option('--kind <kind>', `one of ${workOrderKinds.join(', ')}`, 'feature')
    .option('--scope <glob...>', 'path globs the change may touch, inside the repository (default: src/** and test/**)')
    .option('--depends-on <id...>', 'existing work orders that must be merged first')
    .action(async (id: string, options: { title: string; kind: string; scope?: string[]; dependsOn?: string[]; repo?: string }) => {
      if (!workOrderIdPattern.test(id)) throw new UsageError(`work-order id "${id}" is not valid; use 1-64 lowercase letters, digits or "-", e.g. "wo-12"`);
      if (!(workOrderKinds as readonly string[]).includes(options.kind)) throw new UsageError(`--kind "${options.kind}" is not valid; use one of ${workOrderKinds.join(', ')}`);
      if (options.title.trim() === '') throw new UsageError('--title is empty; say in one line what the work order delivers');
      if (/[\r\n\u2028\u2029]/.test(options.title)) throw new UsageError('--title has a line break; a title is one line (put details in the goal after creating the file)');
      for (const glob of options.scope ?? []) {
        const problem = checkGlobInsideRepo(glob);
        if (problem) throw new UsageError(`--scope: ${problem}`);
      }
      const root = repoRoot(options, io);
      for (const dependency of options.dependsOn ?? []) {
        if (!workOrderIdPattern.test(dependency)) throw new UsageError(`--depends-on "${dependency}" is not a work-order id; use lowercase letters, digits or "-", e.g. "wo-11"`);
        if (dependency === id) throw new UsageError(`--depends-on "${dependency}" is this work order itself; remove it`);
        if (!(await hasWorkOrder(root, dependency))) throw new UsageError(`--depends-on "${dependency}": there is no ${workOrdersDirectory}/${dependency}.yml; create it first (shopfloor new ${dependency} --title ...) or fix the id`);
      }
      // The acceptance command runs the tests the way the policy's unit gate does, environment included.
      // An invalid policy is validate's to report; the scaffold then falls back to `npm test`.
      const unit = (await loadPolicy(root).catch(() => undefined))?.gates.find((gate) => gate.kind === 'unit');
      const steps = await scaffoldWorkOrder(createNodeRepoFiles(root), {
        id,
        title: options.title.trim(),
        kind: options.kind,
        ...(options.scope ? { scope: options.scope } : {}),
        ...(options.dependsOn ? { dependencies: options.dependsOn } : {}),
        ...(unit ? { test: { run: unit.run, ...(unit.env ? { env: unit.env } : {}) } } : {}),
      });
      const target = steps[steps.length - 1]!;
      if (target.outcome === 'kept') throw new UsageError(`${target.path} already exists; pick another id or edit that file`);
      io.stdout(`Created ${target.path}\nEdit its goal, scope and acceptance, then check it with: shopfloor validate ${target.path}\n`);
      done(ExitCode.ok);
    });
};

async function hasWorkOrder(root: string, id: string): Promise<boolean> {
  const files = createNodeRepoFiles(root);
  return (await files.kind(`${workOrdersDirectory}/${id}.yml`)) === 'file' || (await files.kind(`${workOrdersDirectory}/${id}.yaml`)) === 'file';
}
