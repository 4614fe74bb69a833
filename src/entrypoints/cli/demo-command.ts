import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { locatePackageRoot } from '../../adapters/files/locate-package-root.ts';
import { buildRoadmap } from '../../core/roadmap/build-roadmap.ts';
import { renderRoadmapText } from '../../core/roadmap/render-roadmap.ts';
import { formatFinding } from '../../core/validation/finding.ts';
import { initRepo } from '../../workflows/scaffold-repo.ts';
import { validateRepo } from '../../workflows/validate-repo.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode } from './cli-io.ts';

const brokenWorkOrder = `apiVersion: shopfloor/v1
id: broken
title: A work order with the usual mistakes
goal: Show what the validator says.
kind: feature
scop:
  paths: ["src/**"]
acceptance:
  commands:
    - name: unit
      run: node --test test/
dependencies: [titel-case]
priority: urgent
`;

export const demoCommand: CliCommand = (program, io, done) => {
  program
    .command('demo')
    .description('run Shopfloor on a throwaway copy of the bundled sample project')
    .option('--keep', 'keep the demo repository (default: kept; use --no-keep to delete it)', true)
    .option('--no-keep', 'delete the demo repository afterwards')
    .action(async (options: { keep: boolean }) => {
      const directory = await mkdtemp(join(tmpdir(), 'shopfloor-demo-'));
      const say = (text: string) => io.stdout(`${text}\n`);
      try {
        await cp(join(locatePackageRoot(), 'examples', 'sample-project'), directory, { recursive: true });
        const files = createNodeRepoFiles(directory);
        say(`Shopfloor demo: the sample project "textkit" copied to ${directory}\n`);

        say('1. shopfloor init: schemas for editor completion, the policy kept as the project wrote it');
        for (const step of await initRepo(files)) say(`   ${step.outcome.padEnd(8)} ${step.path}`);

        const validation = await validateRepo(files);
        say(`\n2. shopfloor validate: ${validation.filesChecked.length} files, ${validation.findings.length} findings`);
        for (const finding of validation.findings) say(`   ${formatFinding(finding)}`);

        say('\n3. shopfloor roadmap');
        say(renderRoadmapText(buildRoadmap(validation.workOrders)).trimEnd().replace(/^/gm, '   '));

        say('\n4. A work order with mistakes is caught, every one at once, with file:line:col:');
        await files.create('workorders/broken.yml', brokenWorkOrder);
        const broken = await validateRepo(files, ['workorders/broken.yml']);
        for (const finding of broken.findings) say(`   ${formatFinding(finding)}`);
        await rm(join(directory, 'workorders', 'broken.yml'));

        say(`\nThe demo repository is at ${directory}`);
        say('Try: shopfloor roadmap --mermaid --repo ' + directory);
        done(validation.findings.some((f) => f.severity === 'error') || broken.findings.length === 0 ? ExitCode.failed : ExitCode.ok);
      } finally {
        if (!options.keep) await rm(directory, { recursive: true, force: true });
      }
    });
};
