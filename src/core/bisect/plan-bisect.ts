import { computePosterior, hypothesisClasses, type HypothesisClass, type Posterior } from './bisect-posterior.ts';
import type { BisectConclusion, BisectPlan, BisectProbe, BisectState, CulpritVerification, ProbeReason, Suspect } from './bisect-types.ts';
import { chooseProbes } from './choose-probes.ts';

/**
 * The default build budget: three times a plain bisect plus room for the re-check and confirmations,
 * stretched by 1/q² for an intermittent regression (a broken commit fails only with probability q).
 */
export function defaultMaxBuilds(suspects: number, reproRate = 1): number {
  return Math.ceil((3 * Math.ceil(Math.log2(suspects + 1)) + 6) / (reproRate * reproRate));
}

/**
 * Flake-aware K-section culprit search, as a planner: given the range and every outcome so far it
 * returns the next round of probes or a conclusion. Pure and deterministic; the caller runs the probes
 * (in parallel worktrees, or simulated) and calls it again with the new outcomes.
 *
 * `bad` is re-checked in the first round (a large share of red canaries are flakes). Passes are trusted;
 * failures are weighed by the flake rate (given, or learned from a contradiction), so confirmation
 * reruns happen exactly when the posterior needs them. It concludes at `confidence` (default 0.999),
 * and only with a verified boundary: failures at the culprit and a pass seen at its parent, which for
 * the first suspect means one run on `good` itself (`confirm-good`).
 */
export function planBisect(state: BisectState): BisectPlan {
  if (state.suspects.length === 0) throw new RangeError('planBisect needs at least one suspect (the bad commit)');
  const posterior = computePosterior(state);
  const base = { runs: posterior.runs, flakeRate: posterior.flakeRate };
  const n = posterior.n;
  const confidence = state.options.confidence ?? 0.999;
  const budget = state.options.maxBuilds ?? defaultMaxBuilds(n, state.options.reproRate);
  const classes = hypothesisClasses(posterior);
  const top = classes.reduce((a, b) => (b.mass > a.mass ? b : a));
  const suspects = topSuspects(state, posterior);

  if (top.mass >= confidence) {
    const conclusion = conclude(state, posterior, top);
    if (conclusion === 'confirm-good') {
      const goodRuns = posterior.evidence[0]!;
      if (goodRuns.fail >= goodFailuresToStop(posterior.flakeRate)) return { ...base, kind: 'good-fails', goodFailures: goodRuns.fail };
      return { ...base, kind: 'probe', probes: [{ sha: state.good.sha, tree: state.good.tree, index: 0, reason: 'confirm-good' }], top: suspects };
    }
    // Without a rerun of every commit that ran, a rounded 1.0000 would overstate what was seen.
    if (conclusion) return { ...base, ...conclusion, ...('confidence' in conclusion && !allConfirmed(posterior) ? { confidence: Math.min(conclusion.confidence, maxUnconfirmedConfidence) } : {}) };
  }
  const remaining = budget - posterior.runs;
  if (remaining <= 0) return { ...base, kind: 'budget', top: suspects, noCulprit: posterior.mass[n + 1]! };
  const width = Math.max(1, Math.min(state.options.runners, remaining));
  const head = posterior.evidence[n]!;
  const recheck = head.pass + head.fail === 0 && !head.blocked ? [n] : [];
  const picks = [...recheck, ...chooseProbes(posterior, width, recheck)];
  if (picks.length === 0) {
    // Nothing testable separates the remaining candidates: report what is known instead of guessing.
    return top.to <= n && top.mass >= 0.5
      ? { ...base, kind: 'range', suspects: rangeSuspects(state, posterior, top), confidence: top.mass }
      : { ...base, kind: 'budget', top: suspects, noCulprit: posterior.mass[n + 1]! };
  }
  const probes = picks.map((index, i): BisectProbe => {
    const commit = state.suspects[index - 1]!;
    return { sha: commit.sha, tree: commit.tree, index, reason: i < recheck.length ? 'recheck-bad' : reasonFor(index, top) };
  });
  return { ...base, kind: 'probe', probes, top: suspects };
}

function reasonFor(index: number, top: HypothesisClass): ProbeReason {
  return top.mass >= 0.5 && (index === top.to || index === top.from - 1) ? 'verify' : 'search';
}

/**
 * The conclusion the top hypothesis supports, or `confirm-good` when it blames the first suspect while
 * `good` was never seen passing: `--good` is the user's word, and a check that fails everywhere would
 * otherwise blame the first merge.
 */
function conclude(state: BisectState, posterior: Posterior, top: HypothesisClass): BisectConclusion | 'confirm-good' | undefined {
  const n = posterior.n;
  if (top.from === n + 1) return { kind: 'no-regression', confidence: top.mass };
  const members = rangeSuspects(state, posterior, top);
  if (members.length !== 1 || top.to === n + 1) return { kind: 'range', suspects: members, confidence: top.mass };
  const culprit = members[0]!;
  const verification = verify(posterior, culprit.index);
  if (verification.failsAtCulprit === 0) return undefined;
  if (verification.passesAtParent === 0) return verification.parentIsGood ? 'confirm-good' : undefined;
  return { kind: 'found', culprit, confidence: top.mass, verification };
}

/** The highest confidence a culprit gets while some run was seen only once (prints as 0.9999). */
export const maxUnconfirmedConfidence = 0.9999;

/** Failures on `good` (and no pass) that make "the check fails on good too" more likely than flakes. */
function goodFailuresToStop(flakeRate: number): number {
  return flakeRate <= 0 ? 1 : Math.min(5, Math.ceil(Math.log(0.001) / Math.log(flakeRate)));
}

function verify(posterior: Posterior, index: number): CulpritVerification {
  let parent = index - 1;
  while (parent > 0 && !posterior.canonical[parent]) parent--;
  return { failsAtCulprit: posterior.evidence[index]!.fail, passesAtParent: posterior.evidence[parent]!.pass, parentIsGood: parent === 0, allConfirmed: allConfirmed(posterior) };
}

/** Every commit that ran, ran at least twice with one result. */
function allConfirmed(posterior: Posterior): boolean {
  return posterior.evidence.every((e, i) => !posterior.canonical[i] || e.pass + e.fail === 0 || (e.pass + e.fail >= 2 && (e.pass === 0 || e.fail === 0)));
}

function rangeSuspects(state: BisectState, posterior: Posterior, range: HypothesisClass): Suspect[] {
  const members: Suspect[] = [];
  for (let h = range.from; h <= Math.min(range.to, posterior.n); h++) {
    if (posterior.mass[h]! > 0 || range.from === range.to) members.push({ sha: state.suspects[h - 1]!.sha, index: h, probability: posterior.mass[h]! });
  }
  return members;
}

function topSuspects(state: BisectState, posterior: Posterior, count = 3): Suspect[] {
  return state.suspects
    .map((s, i) => ({ sha: s.sha, index: i + 1, probability: posterior.mass[i + 1]! }))
    .filter((s) => s.probability > 0)
    .sort((a, b) => b.probability - a.probability || a.index - b.index)
    .slice(0, count);
}
