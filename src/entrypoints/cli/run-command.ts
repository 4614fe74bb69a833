import { renderLoopStory } from '../../core/loop/render-loop-story.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { renderLoopSummary } from '../../core/loop/render-loop-summary.ts';
import { renderProgressLines } from '../../core/loop/render-progress-lines.ts';
import type { WorkOrderProgress } from '../../core/loop/work-order-progress.ts';
import { formatFinding } from '../../core/validation/finding.ts';
import { readMainInputs } from '../../workflows/loop/read-main-inputs.ts';
import { runLoop, type LoopResult } from '../../workflows/loop/run-loop.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError, type CliIo } from './cli-io.ts';
import { createLoopPorts, loopOptions, loopWorktreesDir, type ProviderType } from './loop-wiring.ts';
import { acquireRunLock } from './run-lock.ts';
import { policySourceNote } from './policy-source-note.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

interface RunFlags { parallel: string; main?: string; provider?: string; transcripts?: string; once?: boolean; speculate?: boolean; json?: boolean; repo?: string; retry?: string[]; acceptDrop?: string[] }

export const runCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('run'))
    .description('the local loop: dispatch ready work orders to agents, verify, merge into main (SHA-guarded), canary, revert culprits')
    .option('--parallel <n>', 'work orders at once (never two with overlapping scope)', '2')
    .option('--provider <type>', 'replay | openai | command (default: the policy\'s agents.defaultProvider)')
    .option('--transcripts <dir>', 'for replay: the folder of <work-order-id>.json transcripts')
    .option('--main <branch>', 'the branch the loop merges into and runs the canary on', 'main')
    .option('--once', 'dispatch one batch (up to N ready work orders), land it, then stop')
    .option('--speculate', 'land through the merge train: up to merge.train.depth staging commits verified at once, side by side or one on another, planned by the odds that each change breaks the build; main fast-forwards to exactly the verified commit (without it, one candidate at a time). Agents still run --parallel at a time: set --parallel to at least the depth for the train to fill')
    .option('--retry <ids...>', 'give these work orders a fresh agent attempt on a new branch even if unchanged (a held one otherwise stays held; an edited one gets a fresh attempt anyway)')
    .option('--accept-drop <ids...>', 'these work orders were held because their agent also changed paths outside the scope: land the in-scope part and drop the rest (kept as a patch), recorded in the run document')
    .option('--json', 'print the result as JSON; no live display')
    .addHelpText('after', `
Output: a live table on a terminal; one line per state change when stdout is not a terminal (CI, a
pipe) or TERM=dumb, then the summary; only JSON with --json.
Exit codes (for a CI step): 0 every dispatched work order landed, or waits only for an approval or a
decision; 1 a work order failed, the loop stopped, or a work order is held because a gate failed (also
one still held from an earlier run); 2 bad usage or invalid input (an invalid work order or policy on main).`)
    .action(async (flags: RunFlags) => {
      const result = await runFromCli(flags, io);
      done(runExitCode(result));
    });
};

/** `shopfloor run` from parsed flags, shared with `shopfloor demo` (which tells its own story, so `summary: false` leaves out the table). */
export async function runFromCli(flags: RunFlags, io: CliIo, onEvent?: Parameters<typeof runLoop>[0]['onEvent'], show: { summary: boolean } = { summary: true }): Promise<LoopResult> {
  const root = repoRoot(flags, io);
  const parallel = Number(flags.parallel);
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > 32) throw new UsageError(`--parallel must be a whole number from 1 to 32, not "${flags.parallel}"`);
  if (flags.provider && !['replay', 'openai', 'command'].includes(flags.provider)) throw new UsageError(`--provider "${flags.provider}" is not known; use replay, openai or command`);
  const main = flags.main ?? 'main';
  const git = createGitCli({ env: io.env });
  if (!/^[A-Za-z0-9._/-]+$/.test(main) || main.startsWith('-') || (await git.raw(root, ['check-ref-format', '--branch', main])).exitCode !== 0) {
    throw new UsageError(`--main "${main}" is not a branch name`);
  }
  if (!(await git.revParse(root, `refs/heads/${main}`))) throw new UsageError(`${root} has no branch "${main}"; shopfloor run merges into it, so create it (git branch -M ${main}) or name yours with --main`);
  const inputs = await readMainInputs(git, root, main);
  if (!inputs.ok) {
    for (const finding of inputs.findings) io.stderr(`${formatFinding(finding)}\n`);
    throw new UsageError(inputs.message);
  }
  if (inputs.findings.length > 0) {
    for (const finding of inputs.findings) io.stderr(`${formatFinding(finding)}\n`);
    const files = [...new Set(inputs.findings.map((f) => f.file))];
    throw new UsageError(`${files.length} work-order file(s) on ${main} are invalid (${files.join(', ')}); nothing was run. Fix them (shopfloor validate), commit, then run again`);
  }
  const ids = new Set(inputs.workOrders.map((w) => w.value.id));
  for (const [flag, named] of [['--retry', flags.retry], ['--accept-drop', flags.acceptDrop]] as const) {
    const unknown = (named ?? []).filter((id) => !ids.has(id));
    if (unknown.length > 0) throw new UsageError(`${flag} names ${unknown.map((id) => `"${id}"`).join(', ')}, not a work order on ${main} (workorders/<id>.yml); known: ${[...ids].join(', ') || 'none'}`);
  }
  const source = await policySourceNote(git, root, main, inputs.policyText);
  if (!flags.json) io.stdout(`${source.line}\n`);
  if (source.warning) io.stderr(`${source.warning}\n`);
  const release = await acquireRunLock(root);
  try {
    const ignored = (await git.raw(root, ['check-ignore', '-q', '.shopfloor/worktrees/x'])).exitCode === 0;
    const worktreesDir = loopWorktreesDir(root, ignored);
    // Without --speculate one candidate is verified at a time, so it gets every core.
    const { ports, keyNote } = await createLoopPorts(root, io, { ...(flags.provider ? { provider: flags.provider as ProviderType } : {}), ...(flags.transcripts ? { transcripts: flags.transcripts } : {}), policy: inputs.policy, parallel: flags.speculate ? parallel : 1, worktreesDir });
    const quiet = Boolean(flags.json) || !show.summary;
    const live = !quiet && io.isTTY && io.env.TERM !== 'dumb';
    if (!flags.json) io.stdout(`${keyNote}\n`);
    const display = createSummaryDisplay(io, live, quiet);
    const decisions = {
      ...(flags.retry ? { retry: flags.retry } : {}),
      ...(flags.acceptDrop ? { acceptDrop: { ids: flags.acceptDrop, by: `${io.env.USER ?? io.env.USERNAME ?? 'a local user'} (shopfloor run --accept-drop)` } } : {}),
    };
    const result = await runLoop({ ...loopOptions(root, io, { parallel, once: Boolean(flags.once), worktreesDir, policy: inputs.policy, main }), ...decisions, speculative: Boolean(flags.speculate), onProgress: display.update, ...(onEvent ? { onEvent } : {}) }, ports);
    display.stop(result.rows);
    if (flags.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else if (!show.summary) {
      if (result.message) io.stdout(`${result.message}\n`);
    } else {
      // What happened to main itself (canary, culprit, revert), which the per-work-order rows do not show.
      // Commits that reached main outside the loop are said too (the stop message is printed once, below).
      const onMain = result.events.filter((e) => e.type === 'canary' || e.type === 'culprit' || e.type === 'reverted' || e.type === 'revert-held' || (e.type === 'main' && e.message !== result.message));
      for (const line of renderLoopStory(onMain)) io.stdout(`${line}\n`);
      if (result.message) io.stdout(`${result.message}\n`);
      // Each merge moves the checkout; the last word on it is what matters.
      const checkout = result.events.filter((e) => e.type === 'checkout').at(-1);
      if (checkout) io.stdout(`${checkout.message}\n`);
      io.stdout(`${main} is at ${result.mainSha.slice(0, 12)}; run documents: .shopfloor/runs (shopfloor serve --repo ${root})\n`);
    }
    return result;
  } finally {
    await release();
  }
}

/**
 * The per-work-order summary: redrawn in place on a terminal that understands cursor codes; otherwise
 * (CI, a pipe, `TERM=dumb`) one plain line per state change as it happens and the summary once at the
 * end; nothing but the JSON with --json.
 */
function createSummaryDisplay(io: CliIo, live: boolean, quiet: boolean): { update: (rows: readonly WorkOrderProgress[]) => void; stop: (rows: readonly WorkOrderProgress[]) => void } {
  let drawn = 0;
  let latest: readonly WorkOrderProgress[] = [];
  let printed: ReadonlyMap<string, string> = new Map();
  const draw = () => {
    const lines = renderLoopSummary(latest, Date.now());
    io.stdout(`${drawn > 0 ? `\u001b[${drawn}F` : ''}${lines.map((line) => `\u001b[2K${line}`).join('\n')}\n`);
    drawn = lines.length;
  };
  const timer = live ? setInterval(draw, 500) : undefined;
  timer?.unref();
  return {
    update: (rows) => {
      latest = rows;
      if (live || quiet) return;
      const progress = renderProgressLines(rows, printed, new Date().toISOString().slice(11, 19));
      printed = progress.printed;
      for (const line of progress.lines) io.stdout(`${line}\n`);
    },
    stop: (rows) => {
      if (timer) clearInterval(timer);
      latest = rows;
      if (live) draw();
      else if (!quiet) io.stdout(`${renderLoopSummary(rows, Date.now()).join('\n')}\n`);
    },
  };
}

/**
 * What a CI step needs from the exit code: 1 when a work order failed, the loop stopped, or a work order
 * is held because a gate failed (this run or unreleased since an earlier one); 0 otherwise, including
 * holds that only wait for an approval or a decision.
 */
export function runExitCode(result: LoopResult): ExitCode {
  const gateHeld = result.rows.some((row) => row.state === 'held' && row.holds.some((hold) => hold.code === 'gate-failed'));
  return !result.ok || gateHeld ? ExitCode.failed : ExitCode.ok;
}
