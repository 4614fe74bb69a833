import { tmpdir } from 'node:os';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import type { RevertRun } from '../../workflows/revert/run-revert.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';
import { loadPolicy } from './load-policy.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';
import { revertWithLocalGates } from './revert-wiring.ts';

interface RevertFlags {
  onto: string;
  confidence?: string;
  run?: string;
  json?: boolean;
  repo?: string;
}

export const revertCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('revert'))
    .description('plan and create the revert of a merge on shopfloor/revert/<sha>, run the gates, and say whether policy lets it merge')
    .argument('<merge>', 'the first-parent merge to revert (the culprit a bisect named)')
    .option('--onto <rev>', 'the branch tip to revert on', 'HEAD')
    .option('--confidence <p>', "the bisect's confidence in the culprit; below revert.minConfidence it needs review")
    .option('--run <command>', 'the failing check, recorded as the bug work order reproducer')
    .option('--json', 'print the plan and result as JSON')
    .action(async (merge: string, flags: RevertFlags) => {
      const root = repoRoot(flags, io);
      const policy = await loadPolicy(root);
      const confidence = flags.confidence === undefined ? undefined : Number(flags.confidence);
      if (confidence !== undefined && !(confidence >= 0 && confidence <= 1)) throw new UsageError(`--confidence ${flags.confidence} is not a probability; give a number from 0 to 1`);
      const git = createGitCli({ env: io.env });
      const result = await revertWithLocalGates(root, io, git, policy, {
        repoDir: root,
        culprit: merge,
        onto: flags.onto,
        policy,
        nowMs: Date.now(),
        ...(confidence !== undefined ? { confidence } : {}),
        ...(flags.run ? { failingCheck: { name: 'failing-check', run: flags.run } } : {}),
      }, tmpdir());
      if (!result.ok) throw new UsageError(result.message);
      if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else printRevert(result, io);
      done(result.created ? ExitCode.ok : ExitCode.failed);
    });
};

function printRevert(result: Extract<RevertRun, { ok: true }>, io: CliIo): void {
  const short = result.facts.culprit.sha.slice(0, 12);
  if (!result.created) {
    io.stdout(`✗ not reverting ${short} ("${result.facts.culprit.subject}")${result.plan.action === 'ask-human' ? ': auto-revert is frozen, ask a human' : ''}\n`);
    for (const reason of result.plan.reasons) io.stdout(`  [${reason.code}] ${reason.message}\n`);
    return;
  }
  io.stdout(`✓ reverted ${short} ("${result.facts.culprit.subject}") on ${result.plan.branch} as ${result.revertSha.slice(0, 12)}${result.plan.mainline ? ' (git revert -m 1)' : ''}\n`);
  io.stdout(`  gates: ${result.gates.passed ? 'passed' : 'FAILED'} (${result.gates.summary})\n`);
  if (result.canary) io.stdout(`  canary on main + revert: ${result.canary}\n`);
  io.stdout(`  bug work order: ${result.workOrder.path}${result.workOrder.created ? ' (committed on the revert branch)' : ' (already existed)'}\n`);
  io.stdout(`  policy: ${result.merge.autoMerge ? 'may auto-merge' : 'needs review before merging'}\n`);
  for (const reason of result.merge.reasons) io.stdout(`    ${reason}\n`);
  io.stdout(`  next: git merge --no-ff ${result.plan.branch}\n`);
}
