import { createGitCli } from '../../adapters/git/git-cli.ts';
import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { createNodeScratchSpace } from '../../adapters/scratch/node-scratch-space.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import { runCanary } from '../../workflows/canary/run-canary.ts';
import { gateBoxSettings } from '../../workflows/work-copy/open-work-copy.ts';
import { lastGoodRef } from '../../workflows/canary/canary-notes.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError } from './cli-io.ts';
import { loadPolicy } from './load-policy.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

export const canaryCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('canary'))
    .description(`build and run the canary flows (policy "canary:"); GREEN advances ${lastGoodRef}`)
    .option('--rev <rev>', 'the commit to judge', 'HEAD')
    .option('--json', 'print the verdict as JSON')
    .action(async (flags: { rev: string; json?: boolean; repo?: string }) => {
      const root = repoRoot(flags, io);
      const policy = await loadPolicy(root);
      if (!policy.canary) throw new UsageError(`${policyPath} has no "canary:" section; add a build command and flows (see shopfloor init), then run shopfloor canary again`);
      const git = createGitCli({ env: io.env });
      if (!(await git.revParse(root, flags.rev))) throw new UsageError(`--rev "${flags.rev}" is not a commit in ${root}`);
      const runner = createJudgedRunner();
      const box = gateBoxSettings(runner.isolation, policy.isolation);
      if (!box.ok) throw new UsageError(box.message);
      const result = await runCanary(
        {
          repoDir: root,
          box: box.settings,
          rev: flags.rev,
          policy: policy.canary,
          env: io.env,
          policyEnv: policy.env ?? [],
          now: () => new Date(),
          signal: io.signal,
          ...(flags.json ? {} : { onRun: (e) => io.stdout(`  ${e.sha.slice(0, 12)}  ${e.flow.padEnd(16)} ${e.run.result}${e.run.metrics && Object.keys(e.run.metrics).length ? `  ${JSON.stringify(e.run.metrics)}` : ''}\n`) }),
        },
        { git, runner, scratch: createNodeScratchSpace() },
      );
      const { verdict } = result;
      if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else {
        const mark = verdict.verdict === 'GREEN' ? '✓' : verdict.verdict === 'FLAKY' ? '~' : '✗';
        io.stdout(`${mark} canary ${verdict.verdict} at ${result.sha.slice(0, 12)}${verdict.regressed.length ? `: regressed ${verdict.regressed.join(', ')}` : ''}\n`);
        for (const reason of [...verdict.reasons, ...verdict.warnings]) io.stdout(`  ${reason}\n`);
        if (verdict.verdict === 'GREEN') io.stdout(result.advanced ? `  ${lastGoodRef} → ${result.sha.slice(0, 12)}\n` : `  ${lastGoodRef} moved meanwhile; not advanced (run the canary again)\n`);
        // A regressed flow is named, so bisect takes its command and environment from the policy as the canary ran it.
        const flow = policy.canary.flows.find((f) => verdict.regressed.includes(f.id));
        const check = flow ? `--flow ${flow.id}` : `--run ${JSON.stringify(policy.canary.build ?? '<the failing check>')}`;
        if (verdict.verdict === 'RED') io.stdout(`  next: shopfloor bisect --good ${result.lastGood ? lastGoodRef : '<a good commit>'} --bad ${result.sha.slice(0, 12)} ${check} --flake-rate ${Number((result.flakeRates[verdict.regressed[0] ?? ''] ?? policy.canary.flakeRate).toFixed(3))}\n`);
        if (verdict.verdict === 'INCONCLUSIVE') io.stdout('  holding: nothing is blamed or reverted on missing data; fix the infrastructure and run it again\n');
      }
      done(verdict.verdict === 'GREEN' || verdict.verdict === 'FLAKY' ? ExitCode.ok : ExitCode.failed);
    });
};
