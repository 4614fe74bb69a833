// Flake-aware K-section culprit search vs plain `git bisect run`, simulated in-process against the
// planner on a generated history of 32 first-parent merges (seeded; side by side in one run). Every
// method sees the same flake sequence per trial, so the comparison is paired.
import { planBisect } from '../src/core/bisect/plan-bisect.ts';
import { seededRandom, type Random } from '../src/core/bisect/seeded-random.ts';
import type { BisectCommit, BisectOutcome, BisectOptions } from '../src/core/bisect/bisect-types.ts';
import type { BenchFigure } from './bench-figure.ts';

export const title = 'Culprit finding: 32 merges, 5% flaky flows, 200 seeded trials';

const merges = 32;
const trials = 200;
const flakeRate = 0.05;
/** Share of red heads that are flakes with no culprit (Google's measured ~40%). */
const flakyHeadShare = 0.4;

const good: BisectCommit = { sha: 'g'.repeat(40), tree: 't0' };
const suspects: BisectCommit[] = Array.from({ length: merges }, (_, i) => ({ sha: `m${i + 1}`.padEnd(40, '0'), tree: `t${i + 1}` }));

interface Trial {
  readonly culprit: number | undefined;
  readonly seed: number;
}
interface TrialResult {
  readonly correct: boolean;
  readonly answered: boolean;
  readonly builds: number;
  readonly rounds: number;
}

/** The check at merge `index`: always fails from the culprit on, and fails by chance with rate `f` before. */
const check = (trial: Trial, random: Random, index: number, f: number, q = 1): 'pass' | 'fail' =>
  trial.culprit !== undefined && index >= trial.culprit ? (q >= 1 || random() < q ? 'fail' : 'pass') : random() < f ? 'fail' : 'pass';

function planned(trial: Trial, options: BisectOptions, f: number, q = 1, range: readonly BisectCommit[] = suspects): TrialResult {
  const outcomes: BisectOutcome[] = [];
  const random = seededRandom(trial.seed);
  for (let rounds = 0; ; rounds++) {
    const plan = planBisect({ good, suspects: range, outcomes, options });
    if (plan.kind === 'probe') {
      for (const probe of plan.probes) outcomes.push({ tree: probe.tree, result: check(trial, random, probe.index, f, q) });
      continue;
    }
    const named = plan.kind === 'found' ? plan.culprit.index : plan.kind === 'no-regression' ? undefined : -1;
    return { correct: named === trial.culprit, answered: named !== -1, builds: outcomes.length, rounds };
  }
}

/** `git bisect run`: trusts `bad` as red and every outcome once; always names a commit. */
function plainBisect(trial: Trial, f: number): TrialResult {
  let [lo, hi, builds] = [0, merges, 0];
  const random = seededRandom(trial.seed);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    builds++;
    if (check(trial, random, mid, f) === 'pass') lo = mid;
    else hi = mid;
  }
  return { correct: hi === trial.culprit, answered: true, builds, rounds: builds };
}

function trialSet(seed: number, flakyHeads: number): Trial[] {
  const random = seededRandom(seed);
  return Array.from({ length: trials }, (_, i) => ({
    culprit: random() < flakyHeads ? undefined : 1 + Math.floor(random() * merges),
    seed: seed * 1000 + i,
  }));
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const p95 = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.95 * xs.length) - 1]!;
const pct = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function summarise(name: string, trialsRun: readonly Trial[], results: readonly TrialResult[], note?: string): BenchFigure {
  const real = results.filter((_, i) => trialsRun[i]!.culprit !== undefined);
  const flaky = results.filter((_, i) => trialsRun[i]!.culprit === undefined);
  const builds = results.map((r) => r.builds);
  const value =
    `builds ${mean(builds).toFixed(1)} (p95 ${p95(builds)}), rounds ${mean(results.map((r) => r.rounds)).toFixed(1)} (p95 ${p95(results.map((r) => r.rounds))}), ` +
    `accuracy ${pct(results.filter((r) => r.correct).length, results.length)} ` +
    `[real culprit ${pct(real.filter((r) => r.correct).length, real.length)}, flaky head ${pct(flaky.filter((r) => r.correct).length, flaky.length)}]` +
    `, wrong ${results.filter((r) => r.answered && !r.correct).length}` +
    `${results.some((r) => !r.answered) ? `, top suspects instead of a guess ${results.filter((r) => !r.answered).length}` : ''}`;
  return { name, value, ...(note ? { note } : {}) };
}

export async function run(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const noisy = trialSet(7, flakyHeadShare);
  figures.push(summarise('git bisect run (K=1)', noisy, noisy.map((t) => plainBisect(t, flakeRate)), 'names a commit even when the red head was a flake'));
  for (const runners of [1, 3, 7]) {
    const results = noisy.map((t) => planned(t, { runners, flakeRate }, flakeRate));
    const goal = runners === 1 ? 'goal: accuracy ≥ 99%, builds ≤ 8' : runners === 3 ? 'goal: rounds ≤ 4' : undefined;
    figures.push(summarise(`shopfloor bisect, K=${runners}, --flake-rate 0.05`, noisy, results, goal));
  }
  const deterministic = trialSet(11, 0);
  const plain = deterministic.map((t) => plainBisect(t, 0));
  const ours = deterministic.map((t) => planned(t, { runners: 1 }, 0));
  figures.push(summarise('deterministic regression: git bisect run', deterministic, plain));
  figures.push(summarise('deterministic regression: shopfloor, no flake rate', deterministic, ours, `+${(mean(ours.map((r) => r.builds)) - mean(plain.map((r) => r.builds))).toFixed(2)} builds (goal ≤ +1: the re-check of bad)`));
  for (const runners of [3, 7]) {
    const k = deterministic.map((t) => planned(t, { runners }, 0));
    figures.push(summarise(`deterministic regression: shopfloor, K=${runners}`, deterministic, k, `⌈log_${runners + 1} 32⌉ = ${Math.ceil(Math.log(32) / Math.log(runners + 1))} rounds + re-check`));
  }
  const weighted = (trial: Trial, right: boolean): BisectCommit[] => {
    // A path prior marks four merges; "right" when the culprit is among them (FACF's build-distance prior).
    const random = seededRandom(trial.seed + 17);
    const marked = new Set(Array.from({ length: 4 }, () => 1 + Math.floor(random() * merges)));
    if (trial.culprit !== undefined && right) marked.add(trial.culprit);
    if (trial.culprit !== undefined && !right) marked.delete(trial.culprit);
    return suspects.map((s, i) => (marked.has(i + 1) ? { ...s, weight: 8 } : s));
  };
  for (const right of [true, false]) {
    const results = noisy.map((t) => planned(t, { runners: 1, flakeRate }, flakeRate, 1, weighted(t, right)));
    figures.push(summarise(`--paths prior ${right ? 'marks' : 'misses'} the culprit, K=1`, noisy, results, right ? 'culprit among 4-5 marked merges' : 'a wrong prior costs builds, not accuracy'));
  }
  const flakier = noisy.map((t) => planned(t, { runners: 1, flakeRate: 0.2 }, 0.2));
  figures.push(summarise('stress: 20% flaky flows, K=1, --flake-rate 0.2', noisy, flakier, 'not a goal; shows the cost of noise'));
  const intermittent = trialSet(13, 0).map((t) => planned(t, { runners: 3, flakeRate, reproRate: 0.7 }, flakeRate, 0.7));
  figures.push(summarise('stress: intermittent regression (fails 70%), K=3', trialSet(13, 0), intermittent, 'reproRate 0.7 known; default budget 49 builds'));
  const patient = trialSet(13, 0).map((t) => planned(t, { runners: 3, flakeRate, reproRate: 0.7, maxBuilds: 24 }, flakeRate, 0.7));
  figures.push(summarise('stress: same, --max-builds 24', trialSet(13, 0), patient, 'a tight budget gives top suspects, not guesses'));
  const big: BisectCommit[] = Array.from({ length: 2000 }, (_, i) => ({ sha: `b${i}`, tree: `bt${i}` }));
  const started = performance.now();
  planBisect({ good, suspects: big, outcomes: [{ tree: 'bt1999', result: 'fail' }, { tree: 'bt700', result: 'fail' }], options: { runners: 7, flakeRate } });
  figures.push({ name: 'planner step, 2,000 merges, K=7', value: `${(performance.now() - started).toFixed(1)} ms` });
  return figures;
}
