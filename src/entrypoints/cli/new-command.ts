import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { workOrderIdPattern, workOrderKinds } from '../../core/workorder/work-order-schema.ts';
import { scaffoldWorkOrder } from '../../workflows/scaffold-repo.ts';
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
    .option('--scope <glob...>', 'path globs the change may touch (default: src/**)')
    .option('--depends-on <id...>', 'work orders that must be merged first')
    .action(async (id: string, options: { title: string; kind: string; scope?: string[]; dependsOn?: string[]; repo?: string }) => {
      if (!workOrderIdPattern.test(id)) throw new UsageError(`work-order id "${id}" is not valid; use 1-64 lowercase letters, digits or "-", e.g. "wo-12"`);
      if (!(workOrderKinds as readonly string[]).includes(options.kind)) throw new UsageError(`--kind "${options.kind}" is not valid; use one of ${workOrderKinds.join(', ')}`);
      if (options.title.trim() === '') throw new UsageError('--title is empty; say in one line what the work order delivers');
      const root = repoRoot(options, io);
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
