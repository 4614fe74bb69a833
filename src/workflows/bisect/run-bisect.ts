import { classifyExit } from '../../core/bisect/classify-exit.ts';
import { planBisect } from '../../core/bisect/plan-bisect.ts';
import type { BisectCommit, BisectOptions, BisectOutcome, BisectPlan, BisectProbe, ProbeResult } from '../../core/bisect/bisect-types.ts';
import { couldNotRun } from '../../core/gates/could-not-run.ts';
import type { GitCommitInfo } from '../../core/git/git-types.ts';
import { matchAnyGlob, prepareGlob } from '../../core/glob/match-glob.ts';
import type { Git } from '../../ports/git.ts';
import type { ProcessRunner } from '../../ports/process-runner.ts';
import type { ScratchSpace } from '../../ports/scratch-space.ts';
import { openScratchWorkCopy, type BoxSettings, type WorkCopy } from '../work-copy/open-work-copy.ts';

export interface BisectRequest {
  readonly repoDir: string;
  readonly good: string;
  readonly bad: string;
  /** The check, run by the platform shell in each probe's worktree; `git bisect run` exit codes. */
  readonly command: string;
  readonly options: BisectOptions;
  readonly timeoutMs?: number;
  readonly env: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  readonly onProbe?: (record: ProbeRecord) => void;
  /** Globs the failure points at; merges touching them get a higher prior (searched first), never certainty. */
  readonly suspectPaths?: readonly string[];
  /** What each probe's box offers (the policy's `isolation`); default: the work copy alone, no network. */
  readonly box?: BoxSettings;
}

/** Prior weight of a merge that touches `suspectPaths`, against 1 for the others. */
export const suspectPathWeight = 8;

export interface BisectPorts {
  readonly git: Git;
  readonly runner: ProcessRunner;
  readonly scratch: ScratchSpace;
}

export interface ProbeRecord {
  readonly round: number;
  readonly probe: BisectProbe;
  readonly subject: string;
  readonly result: ProbeResult;
  readonly exitCode: number | undefined;
  readonly timedOut: boolean;
  readonly durationMs: number;
}

export type BisectRun =
  | { readonly ok: true; readonly plan: BisectPlan; readonly rounds: number; readonly probes: readonly ProbeRecord[]; readonly good: string; readonly bad: string; readonly subjects: Readonly<Record<string, string>>; readonly range: number }
  | { readonly ok: false; readonly kind: 'bad-input' | 'aborted' | 'cannot-run'; readonly message: string; readonly probes: readonly ProbeRecord[] };

/**
 * Finds the merge that broke `command` between `good` and `bad`: the planner picks probes, each runs in
 * its own boxed work copy (K in parallel), until it names a verified culprit, a range, "no
 * regression", or runs out of budget. Bad input (unknown revisions, good not an ancestor of bad, an
 * empty range) comes back as data, before anything runs; a check that cannot run (exit 126/127, or it
 * cannot start) stops the search as `cannot-run`, never as evidence against a commit. So does a failure
 * that says a module or command is missing, when the check fails the same way on the good commit too
 * (run once, then): usually the check lacks its environment (NODE_PATH), which says nothing about the
 * code. A module missing only on the suspect side is evidence (a commit may well have removed it).
 */
export async function runBisect(request: BisectRequest, ports: BisectPorts): Promise<BisectRun> {
  const { git, runner, scratch } = ports;
  const { repoDir } = request;
  const refuse = (message: string): BisectRun => ({ ok: false, kind: 'bad-input', message, probes: [] });
  const good = await git.revParse(repoDir, request.good);
  if (!good) return refuse(`--good "${request.good}" is not a commit in ${repoDir}; pass a commit, branch or tag that passed the check`);
  const bad = await git.revParse(repoDir, request.bad);
  if (!bad) return refuse(`--bad "${request.bad}" is not a commit in ${repoDir}; pass a commit, branch or tag that fails the check`);
  if (!(await git.isAncestor(repoDir, good, bad))) return refuse(`--good ${good.slice(0, 12)} is not an ancestor of --bad ${bad.slice(0, 12)}; pick a good commit on the history of bad (e.g. refs/shopfloor/canary/last-good)`);
  const commits = await git.log(repoDir, { from: good, to: bad, firstParent: true });
  if (commits.length === 0) return refuse(`the range ${good.slice(0, 12)}..${bad.slice(0, 12)} has no commits: good and bad are the same commit`);
  const globs = (request.suspectPaths ?? []).map((g) => prepareGlob(g));
  const touches = async (c: GitCommitInfo) => globs.length > 0 && c.parents[0] !== undefined && (await git.diff(repoDir, c.parents[0], c.sha)).some((d) => matchAnyGlob(globs, d.path) || (d.fromPath !== undefined && matchAnyGlob(globs, d.fromPath)));
  const suspects: BisectCommit[] = await Promise.all(commits.map(async (c) => ({ sha: c.sha, tree: await git.treeOf(repoDir, c.sha), ...((await touches(c)) ? { weight: suspectPathWeight } : {}) })));
  const goodCommit: BisectCommit = { sha: good, tree: await git.treeOf(repoDir, good) };
  const subjects = Object.fromEntries(commits.map((c) => [c.sha, c.subject]));
  const outcomes: BisectOutcome[] = [];
  const records: ProbeRecord[] = [];
  const shell = runner.platform === 'windows' ? 'cmd' : 'sh';
  const check = async (sha: string) => {
    const copy = await openScratchWorkCopy(git, scratch, repoDir, sha, request.box ?? {});
    try {
      return await runner.run({ script: request.command, shell, cwd: copy.dir, box: copy.box, env: request.env, ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}), ...(request.signal ? { signal: request.signal } : {}) });
    } finally {
      await copy.close();
    }
  };
  let goodNotRun: Promise<string | undefined> | undefined;
  const notRunOnGoodToo = (sha: string, reason: string): Promise<string | undefined> | undefined => {
    if (sha === good) return Promise.resolve(reason);
    goodNotRun ??= check(good).then((result) => couldNotRun(result));
    return goodNotRun;
  };

  for (let round = 1; ; round++) {
    const plan = planBisect({ good: goodCommit, suspects, outcomes, options: request.options });
    if (plan.kind !== 'probe') return { ok: true, plan, rounds: round - 1, probes: records, good, bad, subjects, range: suspects.length };
    // Worktrees are added and removed one at a time (git races on them); the checks run in parallel.
    const worktrees: WorkCopy[] = [];
    let results;
    try {
      for (const probe of plan.probes) worktrees.push(await openScratchWorkCopy(git, scratch, repoDir, probe.sha, request.box ?? {}));
      results = await Promise.all(
        plan.probes.map(async (probe, i) => {
          const result = await runner.run({ script: request.command, shell, cwd: worktrees[i]!.dir, box: worktrees[i]!.box, env: request.env, ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}), ...(request.signal ? { signal: request.signal } : {}) });
          return { probe, result, verdict: classifyExit({ exitCode: result.exitCode, timedOut: result.timedOut, ...(result.startError ? { startError: result.startError } : {}) }) };
        }),
      );
    } finally {
      for (const worktree of worktrees) await worktree.close();
    }
    for (const { probe, result, verdict } of results) {
      if (result.aborted) return { ok: false, kind: 'aborted', message: 'interrupted; no worktree was left behind', probes: records };
      if (verdict.kind === 'abort') return { ok: false, kind: verdict.cannotRun ? 'cannot-run' : 'aborted', message: `probe of ${probe.sha.slice(0, 12)}: ${verdict.reason}`, probes: records };
      const missing = verdict.result === 'fail' && !result.timedOut ? couldNotRun(result) : undefined;
      const onGood = missing === undefined ? undefined : await notRunOnGoodToo(probe.sha, missing);
      if (missing !== undefined && onGood !== undefined) {
        const where = probe.sha === good ? `on the --good commit ${good.slice(0, 12)}` : `on ${probe.sha.slice(0, 12)}${onGood === missing ? ' and' : ` and ${onGood}`} on the --good commit ${good.slice(0, 12)}`;
        return { ok: false, kind: 'cannot-run', message: `the check could not run: ${missing} ${where}; give it its environment (shopfloor bisect --flow <id> takes a canary flow's command and env from the policy), then bisect again`, probes: records };
      }
      if (verdict.result === 'skip' && probe.index === suspects.length) return { ok: false, kind: 'aborted', message: `--bad ${bad.slice(0, 12)} cannot be tested (the check exited 125 there); pick a bad commit the check can run on`, probes: records };
      const record: ProbeRecord = { round, probe, subject: subjects[probe.sha] ?? (probe.index === 0 ? '(the --good commit)' : ''), result: verdict.result, exitCode: result.exitCode, timedOut: result.timedOut, durationMs: result.durationMs };
      records.push(record);
      outcomes.push({ tree: probe.tree, result: verdict.result });
      request.onProbe?.(record);
    }
  }
}
