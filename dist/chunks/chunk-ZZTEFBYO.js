import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  couldNotRun
} from "./chunk-EYP3A2UM.js";
import {
  openScratchWorkCopy
} from "./chunk-K6CQJVOK.js";
import {
  matchAnyGlob,
  prepareGlob
} from "./chunk-6UYLTFXC.js";

// src/core/bisect/classify-exit.ts
function classifyExit(facts) {
  if (facts.startError !== void 0) return { kind: "abort", reason: `the check could not run: ${facts.startError}`, cannotRun: true };
  if (facts.timedOut) return { kind: "result", result: "fail" };
  const code = facts.exitCode;
  if (code === void 0) return { kind: "abort", reason: "the command was killed by a signal" };
  if (code === 0) return { kind: "result", result: "pass" };
  if (code === 125) return { kind: "result", result: "skip" };
  if (code === 126 || code === 127) return { kind: "abort", reason: `the check could not run (exit ${code}: ${code === 127 ? "command or file not found" : "not executable"}); fix the command or its path, then bisect again`, cannotRun: true };
  if (code >= 1 && code <= 124) return { kind: "result", result: "fail" };
  return { kind: "abort", reason: `the command exited ${code}; like git bisect run, exit codes above 127 abort the search` };
}

// src/core/bisect/bisect-posterior.ts
var term = (count, p) => count === 0 ? 0 : count * Math.log(p);
function computePosterior(state) {
  const { good, suspects, outcomes, options } = state;
  const n = suspects.length;
  const trees = [good.tree, ...suspects.map((s) => s.tree)];
  const canonical = trees.map((tree, i) => i === 0 || tree !== trees[i - 1]);
  const firstIndexOfTree = /* @__PURE__ */ new Map();
  trees.forEach((tree, i) => canonical[i] && !firstIndexOfTree.has(tree) ? firstIndexOfTree.set(tree, i) : void 0);
  const counts = trees.map(() => ({ pass: 0, fail: 0, blocked: false }));
  let runs = 0;
  for (const outcome of outcomes) {
    runs++;
    const at = firstIndexOfTree.get(outcome.tree);
    if (at === void 0) continue;
    const slot = counts[at];
    if (outcome.result === "skip") slot.blocked = true;
    else slot[outcome.result]++;
  }
  const evidence = counts.map((slot, i) => {
    let j = i;
    while (!canonical[j]) j--;
    return j === i ? slot : { ...counts[j] };
  });
  const reproRate = options.reproRate ?? 1;
  const given = options.flakeRate ?? 0;
  let mass = weigh(state, evidence, given, reproRate, canonical);
  let flakeRate = given;
  if (mass === void 0) {
    flakeRate = learnFlakeRate(evidence);
    mass = weigh(state, evidence, flakeRate, reproRate, canonical) ?? uniform(n);
  }
  return { n, mass, evidence, canonical, flakeRate, reproRate, runs };
}
function weigh(state, evidence, f, q, canonical) {
  const n = state.suspects.length;
  const noCulprit = state.options.noCulpritPrior ?? 0.4;
  const weights = state.suspects.map((s, i) => canonical[i + 1] ? s.weight ?? 1 : 0);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const goodTerm = (i) => canonical[i] ? term(evidence[i].pass, 1 - f) + term(evidence[i].fail, f) : 0;
  const badTerm = (i) => canonical[i] ? term(evidence[i].pass, 1 - q) + term(evidence[i].fail, q) : 0;
  const badFrom = new Array(n + 2).fill(0);
  for (let i = n; i >= 1; i--) badFrom[i] = badFrom[i + 1] + badTerm(i);
  const logs = [-Infinity];
  let goodBelow = 0;
  for (let h = 1; h <= n + 1; h++) {
    const prior = h === n + 1 ? noCulprit : (1 - noCulprit) * weights[h - 1] / total;
    logs.push(Math.log(prior) + goodBelow + badFrom[h]);
    if (h <= n) goodBelow += goodTerm(h);
  }
  const max = Math.max(...logs);
  if (max === -Infinity) return void 0;
  const raw = logs.map((l) => Math.exp(l - max));
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / sum);
}
function learnFlakeRate(evidence) {
  let highestPass = 0;
  evidence.forEach((e, i) => e.pass > 0 ? highestPass = i : void 0);
  let flaky = 0;
  let runs = 0;
  for (let i = 1; i <= highestPass; i++) {
    flaky += evidence[i].fail;
    runs += evidence[i].fail + evidence[i].pass;
  }
  return Math.min(0.5, Math.max(0.05, (flaky + 1) / (runs + 2)));
}
function uniform(n) {
  return [0, ...Array.from({ length: n + 1 }, () => 1 / (n + 1))];
}
function hypothesisClasses(posterior) {
  const classes = [];
  let from = 1;
  let mass = 0;
  for (let h = 1; h <= posterior.n + 1; h++) {
    mass += posterior.mass[h];
    const separated = h === posterior.n + 1 || !posterior.evidence[h].blocked;
    if (separated) {
      classes.push({ from, to: h, mass });
      from = h + 1;
      mass = 0;
    }
  }
  return classes;
}

// src/core/bisect/choose-probes.ts
var maxCandidates = 64;
var binaryEntropy = (p) => p <= 0 || p >= 1 ? 0 : -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
function candidateBoundaries(posterior) {
  const all = [];
  for (let i = 1; i <= posterior.n; i++) if (posterior.canonical[i] && !posterior.evidence[i].blocked) all.push(i);
  if (all.length <= maxCandidates) return all;
  const picked = /* @__PURE__ */ new Set();
  let cumulative = 0;
  let h = 1;
  let q = 1;
  const steps = maxCandidates - 16;
  for (const i of all) {
    for (; h <= i; h++) cumulative += posterior.mass[h];
    while (q <= steps && cumulative >= q / (steps + 1)) {
      picked.add(i);
      q++;
    }
  }
  const top = hypothesisClasses(posterior).sort((a, b) => b.mass - a.mass).slice(0, 8);
  const valid = new Set(all);
  for (const c of top) for (const i of [c.to, c.from - 1]) if (valid.has(i)) picked.add(i);
  return [...picked].sort((a, b) => a - b);
}
function cumulativeMass(posterior) {
  const sums = [0];
  for (let h = 1; h <= posterior.n + 1; h++) sums.push(sums[h - 1] + posterior.mass[h]);
  return sums;
}
function informationGain(posterior, boundaries, cumulative = cumulativeMass(posterior)) {
  const sorted = [...boundaries].sort((a, b) => a - b);
  const cuts = [...new Set(sorted)];
  const segments = [...cuts, posterior.n + 1].map((cut, i) => cumulative[cut] - cumulative[i === 0 ? 0 : cuts[i - 1]]);
  const { flakeRate: f, reproRate: q } = posterior;
  const failP = segments.map((_, s) => sorted.map((b) => s <= cuts.indexOf(b) ? q : f));
  let conditional = 0;
  segments.forEach((m, s) => conditional += m * failP[s].reduce((acc, p) => acc + binaryEntropy(p), 0));
  let joint = 0;
  for (let mask = 0; mask < 1 << sorted.length; mask++) {
    let p = 0;
    segments.forEach((m, s) => {
      if (m === 0) return;
      let likelihood = m;
      failP[s].forEach((pf, j) => likelihood *= mask & 1 << j ? pf : 1 - pf);
      p += likelihood;
    });
    if (p > 0) joint -= p * Math.log2(p);
  }
  return joint - conditional;
}
function chooseProbes(posterior, count, already = []) {
  const candidates = candidateBoundaries(posterior);
  const chosen = [...already];
  const cumulative = cumulativeMass(posterior);
  let current = chosen.length ? informationGain(posterior, chosen, cumulative) : 0;
  while (chosen.length < count && candidates.length > 0) {
    let best = -1;
    let bestGain = current + 1e-9;
    for (const c of candidates) {
      const gain = informationGain(posterior, [...chosen, c], cumulative);
      if (gain > bestGain) [best, bestGain] = [c, gain];
    }
    if (best < 0) break;
    chosen.push(best);
    current = bestGain;
  }
  return chosen.slice(already.length);
}

// src/core/bisect/plan-bisect.ts
function defaultMaxBuilds(suspects, reproRate = 1) {
  return Math.ceil((3 * Math.ceil(Math.log2(suspects + 1)) + 6) / (reproRate * reproRate));
}
function planBisect(state) {
  if (state.suspects.length === 0) throw new RangeError("planBisect needs at least one suspect (the bad commit)");
  const posterior = computePosterior(state);
  const base = { runs: posterior.runs, flakeRate: posterior.flakeRate };
  const n = posterior.n;
  const confidence = state.options.confidence ?? 0.999;
  const budget = state.options.maxBuilds ?? defaultMaxBuilds(n, state.options.reproRate);
  const classes = hypothesisClasses(posterior);
  const top = classes.reduce((a, b) => b.mass > a.mass ? b : a);
  const suspects = topSuspects(state, posterior);
  if (top.mass >= confidence) {
    const conclusion = conclude(state, posterior, top);
    if (conclusion === "confirm-good") {
      const goodRuns = posterior.evidence[0];
      if (goodRuns.fail >= goodFailuresToStop(posterior.flakeRate)) return { ...base, kind: "good-fails", goodFailures: goodRuns.fail };
      return { ...base, kind: "probe", probes: [{ sha: state.good.sha, tree: state.good.tree, index: 0, reason: "confirm-good" }], top: suspects };
    }
    if (conclusion) return { ...base, ...conclusion, ..."confidence" in conclusion && !allConfirmed(posterior) ? { confidence: Math.min(conclusion.confidence, maxUnconfirmedConfidence) } : {} };
  }
  const remaining = budget - posterior.runs;
  if (remaining <= 0) return { ...base, kind: "budget", top: suspects, noCulprit: posterior.mass[n + 1] };
  const width = Math.max(1, Math.min(state.options.runners, remaining));
  const head = posterior.evidence[n];
  const recheck = head.pass + head.fail === 0 && !head.blocked ? [n] : [];
  const picks = [...recheck, ...chooseProbes(posterior, width, recheck)];
  if (picks.length === 0) {
    return top.to <= n && top.mass >= 0.5 ? { ...base, kind: "range", suspects: rangeSuspects(state, posterior, top), confidence: top.mass } : { ...base, kind: "budget", top: suspects, noCulprit: posterior.mass[n + 1] };
  }
  const probes = picks.map((index, i) => {
    const commit = state.suspects[index - 1];
    return { sha: commit.sha, tree: commit.tree, index, reason: i < recheck.length ? "recheck-bad" : reasonFor(index, top) };
  });
  return { ...base, kind: "probe", probes, top: suspects };
}
function reasonFor(index, top) {
  return top.mass >= 0.5 && (index === top.to || index === top.from - 1) ? "verify" : "search";
}
function conclude(state, posterior, top) {
  const n = posterior.n;
  if (top.from === n + 1) return { kind: "no-regression", confidence: top.mass };
  const members = rangeSuspects(state, posterior, top);
  if (members.length !== 1 || top.to === n + 1) return { kind: "range", suspects: members, confidence: top.mass };
  const culprit = members[0];
  const verification = verify(posterior, culprit.index);
  if (verification.failsAtCulprit === 0) return void 0;
  if (verification.passesAtParent === 0) return verification.parentIsGood ? "confirm-good" : void 0;
  return { kind: "found", culprit, confidence: top.mass, verification };
}
var maxUnconfirmedConfidence = 0.9999;
function goodFailuresToStop(flakeRate) {
  return flakeRate <= 0 ? 1 : Math.min(5, Math.ceil(Math.log(1e-3) / Math.log(flakeRate)));
}
function verify(posterior, index) {
  let parent = index - 1;
  while (parent > 0 && !posterior.canonical[parent]) parent--;
  return { failsAtCulprit: posterior.evidence[index].fail, passesAtParent: posterior.evidence[parent].pass, parentIsGood: parent === 0, allConfirmed: allConfirmed(posterior) };
}
function allConfirmed(posterior) {
  return posterior.evidence.every((e, i) => !posterior.canonical[i] || e.pass + e.fail === 0 || e.pass + e.fail >= 2 && (e.pass === 0 || e.fail === 0));
}
function rangeSuspects(state, posterior, range) {
  const members = [];
  for (let h = range.from; h <= Math.min(range.to, posterior.n); h++) {
    if (posterior.mass[h] > 0 || range.from === range.to) members.push({ sha: state.suspects[h - 1].sha, index: h, probability: posterior.mass[h] });
  }
  return members;
}
function topSuspects(state, posterior, count = 3) {
  return state.suspects.map((s, i) => ({ sha: s.sha, index: i + 1, probability: posterior.mass[i + 1] })).filter((s) => s.probability > 0).sort((a, b) => b.probability - a.probability || a.index - b.index).slice(0, count);
}

// src/workflows/bisect/run-bisect.ts
var suspectPathWeight = 8;
async function runBisect(request, ports) {
  const { git, runner, scratch } = ports;
  const { repoDir } = request;
  const refuse = (message) => ({ ok: false, kind: "bad-input", message, probes: [] });
  const good = await git.revParse(repoDir, request.good);
  if (!good) return refuse(`--good "${request.good}" is not a commit in ${repoDir}; pass a commit, branch or tag that passed the check`);
  const bad = await git.revParse(repoDir, request.bad);
  if (!bad) return refuse(`--bad "${request.bad}" is not a commit in ${repoDir}; pass a commit, branch or tag that fails the check`);
  if (!await git.isAncestor(repoDir, good, bad)) return refuse(`--good ${good.slice(0, 12)} is not an ancestor of --bad ${bad.slice(0, 12)}; pick a good commit on the history of bad (e.g. refs/shopfloor/canary/last-good)`);
  const commits = await git.log(repoDir, { from: good, to: bad, firstParent: true });
  if (commits.length === 0) return refuse(`the range ${good.slice(0, 12)}..${bad.slice(0, 12)} has no commits: good and bad are the same commit`);
  const globs = (request.suspectPaths ?? []).map((g) => prepareGlob(g));
  const touches = async (c) => globs.length > 0 && c.parents[0] !== void 0 && (await git.diff(repoDir, c.parents[0], c.sha)).some((d) => matchAnyGlob(globs, d.path) || d.fromPath !== void 0 && matchAnyGlob(globs, d.fromPath));
  const suspects = await Promise.all(commits.map(async (c) => ({ sha: c.sha, tree: await git.treeOf(repoDir, c.sha), ...await touches(c) ? { weight: suspectPathWeight } : {} })));
  const goodCommit = { sha: good, tree: await git.treeOf(repoDir, good) };
  const subjects = Object.fromEntries(commits.map((c) => [c.sha, c.subject]));
  const outcomes = [];
  const records = [];
  const shell = runner.platform === "windows" ? "cmd" : "sh";
  const check = async (sha) => {
    const copy = await openScratchWorkCopy(git, scratch, repoDir, sha, request.box ?? {});
    try {
      return await runner.run({ script: request.command, shell, cwd: copy.dir, box: copy.box, env: request.env, ...request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}, ...request.signal ? { signal: request.signal } : {} });
    } finally {
      await copy.close();
    }
  };
  let goodNotRun;
  const notRunOnGoodToo = (sha, reason) => {
    if (sha === good) return Promise.resolve(reason);
    goodNotRun ??= check(good).then((result) => couldNotRun(result));
    return goodNotRun;
  };
  for (let round = 1; ; round++) {
    const plan = planBisect({ good: goodCommit, suspects, outcomes, options: request.options });
    if (plan.kind !== "probe") return { ok: true, plan, rounds: round - 1, probes: records, good, bad, subjects, range: suspects.length };
    const worktrees = [];
    let results;
    try {
      for (const probe of plan.probes) worktrees.push(await openScratchWorkCopy(git, scratch, repoDir, probe.sha, request.box ?? {}));
      results = await Promise.all(
        plan.probes.map(async (probe, i) => {
          const result = await runner.run({ script: request.command, shell, cwd: worktrees[i].dir, box: worktrees[i].box, env: request.env, ...request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}, ...request.signal ? { signal: request.signal } : {} });
          return { probe, result, verdict: classifyExit({ exitCode: result.exitCode, timedOut: result.timedOut, ...result.startError ? { startError: result.startError } : {} }) };
        })
      );
    } finally {
      for (const worktree of worktrees) await worktree.close();
    }
    for (const { probe, result, verdict } of results) {
      if (result.aborted) return { ok: false, kind: "aborted", message: "interrupted; no worktree was left behind", probes: records };
      if (verdict.kind === "abort") return { ok: false, kind: verdict.cannotRun ? "cannot-run" : "aborted", message: `probe of ${probe.sha.slice(0, 12)}: ${verdict.reason}`, probes: records };
      const missing = verdict.result === "fail" && !result.timedOut ? couldNotRun(result) : void 0;
      const onGood = missing === void 0 ? void 0 : await notRunOnGoodToo(probe.sha, missing);
      if (missing !== void 0 && onGood !== void 0) {
        const where = probe.sha === good ? `on the --good commit ${good.slice(0, 12)}` : `on ${probe.sha.slice(0, 12)}${onGood === missing ? " and" : ` and ${onGood}`} on the --good commit ${good.slice(0, 12)}`;
        return { ok: false, kind: "cannot-run", message: `the check could not run: ${missing} ${where}; give it its environment (shopfloor bisect --flow <id> takes a canary flow's command and env from the policy), then bisect again`, probes: records };
      }
      if (verdict.result === "skip" && probe.index === suspects.length) return { ok: false, kind: "aborted", message: `--bad ${bad.slice(0, 12)} cannot be tested (the check exited 125 there); pick a bad commit the check can run on`, probes: records };
      const record = { round, probe, subject: subjects[probe.sha] ?? (probe.index === 0 ? "(the --good commit)" : ""), result: verdict.result, exitCode: result.exitCode, timedOut: result.timedOut, durationMs: result.durationMs };
      records.push(record);
      outcomes.push({ tree: probe.tree, result: verdict.result });
      request.onProbe?.(record);
    }
  }
}

export {
  runBisect
};
