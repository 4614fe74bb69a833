import { createGitCli } from '../../adapters/git/git-cli.ts';
import { createJudgedRunner } from '../../adapters/process/create-judged-runner.ts';
import { createNodeScratchSpace } from '../../adapters/scratch/node-scratch-space.ts';
import { formatDuration, maxTimerMs, parseDuration } from '../../core/duration.ts';
import { buildEnvironment } from '../../core/env/build-environment.ts';
import { policyPath } from '../../core/policy/check-policy-file.ts';
import { commandEnvNames } from '../../core/policy/command-env.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import { gateBoxSettings } from '../../workflows/work-copy/open-work-copy.ts';
import { loadPolicy } from './load-policy.ts';
import { runBisect, type BisectRun, type ProbeRecord } from '../../workflows/bisect/run-bisect.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';
import { measuredFlakeRate } from './measured-flake-rate.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

interface BisectFlags {
  good: string;
  bad: string;
  run?: string;
  flow?: string;
  env?: string[];
  runners: string;
  flakeRate?: string;
  reproRate?: string;
  timeout?: string;
  maxBuilds?: string;
  paths?: string[];
  json?: boolean;
  repo?: string;
}

const number = (flag: string, text: string, min: number, max: number, integer = false): number => {
  const value = Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) throw new UsageError(`${flag} ${text} is not valid; give ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
  return value;
};

export const bisectCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('bisect'))
    .description('find the first-parent merge that broke a check, flake-aware, in separate worktrees (never your checkout)')
    .requiredOption('--good <rev>', 'a commit where the check passed (e.g. refs/shopfloor/canary/last-good); run once to confirm it before its child is blamed')
    .option('--bad <rev>', 'a commit where the check failed', 'HEAD')
    .option('--run <command>', 'the check; exit 0 good, 125 skip, 1-124 bad, 126/127 (cannot run) and above 127 stop the search. It runs boxed in a work copy with an allowlisted environment (PATH, HOME, ...; the policy\'s top-level env; --env), nothing else')
    .option('--flow <id>', 'take the check from the policy\'s canary flow <id>: its command, environment and time limit, exactly as the canary runs it')
    .option('--env <names...>', 'also pass these environment variables through to the check (e.g. --env NODE_PATH)')
    .option('--runners <k>', 'probes run in parallel per round', '1')
    .option('--flake-rate <f>', 'chance a good commit fails anyway; failures are confirmed by reruns (0-0.5; default: what the canary measured)')
    .option('--repro-rate <q>', 'chance a broken commit fails (below 1 for an intermittent regression; default 1)')
    .option('--timeout <duration>', 'per-probe time limit, e.g. 10m; a timeout counts as bad')
    .option('--max-builds <n>', 'stop after this many runs and report the top suspects')
    .option('--paths <globs...>', 'paths the failure points at; merges touching them are searched first')
    .option('--json', 'print the result (and any error) as JSON')
    .addHelpText('after', `
The check runs boxed in a work copy of each probed commit, with an allowlisted environment (PATH, HOME,
LANG, TMPDIR, CI and the like), never your whole shell's: name what it needs with --env or in the policy.
`)
    .action(async (flags: BisectFlags) => {
      const root = repoRoot(flags, io);
      const policy = await loadPolicy(root);
      const runner = createJudgedRunner();
      const check = chooseCheck(flags, policy);
      const timeoutText = flags.timeout ?? check.timeout;
      const timeoutMs = timeoutText === undefined ? undefined : parseDuration(timeoutText);
      if (timeoutText !== undefined && !timeoutMs) throw new UsageError(`--timeout "${timeoutText}" is not a duration; write it like "90s" or "10m"`);
      if (timeoutMs !== undefined && timeoutMs > maxTimerMs) throw new UsageError(`--timeout "${timeoutText}" is longer than 24 days, the longest time limit Node can wait for; use "24d" or less`);
      const git = createGitCli({ env: io.env });
      const measured = flags.flakeRate === undefined ? await measuredFlakeRate(root, git, check.run) : undefined;
      const options = {
        runners: number('--runners', flags.runners, 1, 64, true),
        ...(flags.flakeRate !== undefined ? { flakeRate: number('--flake-rate', flags.flakeRate, 0, 0.5) } : measured ? { flakeRate: measured.rate } : {}),
        ...(flags.reproRate !== undefined ? { reproRate: number('--repro-rate', flags.reproRate, 0.05, 1) } : {}),
        ...(flags.maxBuilds !== undefined ? { maxBuilds: number('--max-builds', flags.maxBuilds, 1, 10_000, true) } : {}),
      };
      if (measured && !flags.json) io.stdout(`flake rate ${Number(measured.rate.toFixed(3))} ${measured.source} (override with --flake-rate)\n`);
      const { env } = buildEnvironment(io.env, { allow: check.env, platform: runner.platform });
      const box = gateBoxSettings(runner.isolation, policy.isolation);
      if (!box.ok) throw new UsageError(box.message);
      const result = await runBisect(
        { repoDir: root, box: box.settings, good: flags.good, bad: flags.bad, command: check.run, options, env, signal: io.signal, ...(flags.paths ? { suspectPaths: flags.paths } : {}), ...(timeoutMs ? { timeoutMs } : {}), ...(flags.json ? {} : { onProbe: (r: ProbeRecord) => io.stdout(`${formatProbe(r)}\n`) }) },
        { git, runner, scratch: createNodeScratchSpace() },
      );
      if (!result.ok && result.kind === 'bad-input') throw new UsageError(result.message);
      if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      else printResult(result, io);
      done(exitCodeOf(result));
    });
};

/** The check to bisect: `--run` as given, or a canary flow's command, environment names and time limit. */
function chooseCheck(flags: BisectFlags, policy: Policy): { readonly run: string; readonly env: readonly string[]; readonly timeout?: string } {
  if ((flags.run === undefined) === (flags.flow === undefined)) throw new UsageError('give the check as exactly one of --run "<command>" or --flow <canary flow id>');
  if (flags.run !== undefined) return { run: flags.run, env: commandEnvNames(policy.env, flags.env) };
  const flows = policy.canary?.flows ?? [];
  const flow = flows.find((f) => f.id === flags.flow);
  if (!flow) throw new UsageError(`--flow "${flags.flow}" is not a canary flow in ${policyPath}; ${flows.length > 0 ? `its flows: ${flows.map((f) => f.id).join(', ')}` : 'it declares none (canary: flows:)'}`);
  const timeout = flow.timeout ?? policy.canary?.timeout;
  return { run: flow.run, env: commandEnvNames(policy.env, [...(flow.env ?? []), ...(flags.env ?? [])]), ...(timeout ? { timeout } : {}) };
}

/** 0: a culprit or "no regression"; 2: the check could not run (nothing was learned); 1 otherwise. */
function exitCodeOf(result: BisectRun): ExitCode {
  if (!result.ok) return result.kind === 'cannot-run' || result.kind === 'bad-input' ? ExitCode.usage : ExitCode.failed;
  return result.plan.kind === 'found' || result.plan.kind === 'no-regression' ? ExitCode.ok : ExitCode.failed;
}

function formatProbe(r: ProbeRecord): string {
  const why = r.timedOut ? 'timed out' : `exit ${r.exitCode}`;
  return `  round ${r.round}  ${r.probe.sha.slice(0, 12)}  ${r.result.padEnd(4)}  (${why}, ${formatDuration(r.durationMs)}, ${r.probe.reason})  ${r.subject}`;
}

function printResult(result: BisectRun, io: CliIo): void {
  if (!result.ok) {
    io.stdout(result.kind === 'cannot-run' ? `✗ bisect stopped: ${result.message}\n  nothing was blamed; a check that cannot run says nothing about a commit\n` : `✗ bisect aborted: ${result.message}\n`);
    return;
  }
  const { plan, subjects } = result;
  const line = (sha: string) => `${sha.slice(0, 12)} ${subjects[sha] ?? ''}`;
  const rate = plan.flakeRate === 0 ? 'failures trusted (pass --flake-rate if the check is flaky)' : `flake rate ${Number(plan.flakeRate.toFixed(3))}`;
  const cost = `${plan.runs} run(s) in ${result.rounds} round(s) over ${result.range} first-parent commit(s); ${rate}`;
  switch (plan.kind) {
    case 'found': {
      const v = plan.verification;
      const parent = v.parentIsGood ? `its parent is --good, which passed ${v.passesAtParent}× when run to confirm it` : `passes ${v.passesAtParent}× at its parent`;
      io.stdout(`✗ culprit: ${line(plan.culprit.sha)}\n  confidence ${plan.confidence.toFixed(4)}${v.allConfirmed ? '' : ' (some runs were seen once)'}; fails ${v.failsAtCulprit}× at it, ${parent}\n  ${cost}\n  next: shopfloor revert ${plan.culprit.sha} --confidence ${plan.confidence.toFixed(4)}\n`);
      return;
    }
    case 'good-fails':
      io.stdout(`✗ no culprit: the check fails on --good ${result.good.slice(0, 12)} too (${plan.goodFailures}× when run to confirm it), so no merge in the range can be blamed\n  fix the check or pick a --good where it passes\n  ${cost}\n`);
      return;
    case 'no-regression':
      io.stdout(`✓ no regression: ${result.bad.slice(0, 12)} passed on the re-check, so its red was a flake (confidence ${plan.confidence.toFixed(4)})\n  ${cost}\n`);
      return;
    case 'range':
      io.stdout(`? the culprit is one of ${plan.suspects.length} commits that could not be told apart (skipped, exit 125):\n${plan.suspects.map((s) => `    ${line(s.sha)}`).join('\n')}\n  ${cost}\n`);
      return;
    case 'budget':
      io.stdout(`? out of build budget before reaching confidence; top suspects (no guess):\n${plan.top.map((s) => `    ${(100 * s.probability).toFixed(1)}%  ${line(s.sha)}`).join('\n')}\n    ${(100 * plan.noCulprit).toFixed(1)}%  no culprit (the red was a flake)\n  ${cost}; raise --max-builds or lower the flake rate\n`);
      return;
    case 'probe':
      return;
  }
}
