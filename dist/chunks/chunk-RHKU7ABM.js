import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createVerifyAdapters,
  keyFiles,
  notOwn,
  refuseTrackedState,
  refusedKeyMessage,
  reportNotesRef,
  verifyChange,
  writeSigningKey
} from "./chunk-ECS34EJX.js";
import {
  createNodeScratchSpace
} from "./chunk-DJ27KTAJ.js";
import {
  commandEnvNames
} from "./chunk-EYP3A2UM.js";
import {
  appendCanaryNote,
  lastGoodRef,
  readCanaryNotes
} from "./chunk-TM25LLGT.js";
import {
  buildBugWorkOrder,
  parseMergeTrailers,
  planRevert,
  renderRevertCommitMessage,
  revertTrailer
} from "./chunk-5FYM5LCL.js";
import {
  createEd25519Signer,
  ed25519Verifier
} from "./chunk-RMU52COZ.js";
import {
  changedPaths
} from "./chunk-ITFQXOZY.js";
import {
  createNodeAgentWorkspace,
  createReplayProvider,
  createRunStoreRecorder,
  loadStreamReplay,
  loadTranscript,
  openRunWriter,
  runStoreDir,
  secretValues,
  selectProvider,
  sha256Hex
} from "./chunk-5DKAEYLC.js";
import {
  repoRoot,
  withRepoOption
} from "./chunk-BBQ6MHDA.js";
import {
  createJudgedRunner,
  gateBoxSettings,
  withScratchWorkCopy
} from "./chunk-K6CQJVOK.js";
import {
  createNodeRepoFiles
} from "./chunk-YCZYYL3Z.js";
import {
  createGitCli
} from "./chunk-TPTFAET5.js";
import {
  ExitCode,
  UsageError
} from "./chunk-VIYXCJ24.js";
import {
  parseAgentBranch
} from "./chunk-MAAELMKE.js";
import {
  labelsOf,
  readTrailers,
  revertedCommitOf,
  workOrdersOf
} from "./chunk-7CCSRXTP.js";
import {
  buildEnvironment,
  policyPath
} from "./chunk-6UYLTFXC.js";
import {
  parseDuration
} from "./chunk-GBB54T6E.js";

// src/core/canary/confirmation-runs.ts
function confirmationRuns(options) {
  const { flakeRate: f, falseRedRate: alpha, flowCount, repeat } = options;
  if (f <= 0) return Math.max(1, repeat);
  const x = Math.ceil(Math.log(alpha / Math.max(1, flowCount)) / Math.log(f));
  return Math.max(repeat, x, 1);
}

// src/core/canary/judge-flow.ts
var median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
function trailingErrors(runs) {
  let count = 0;
  for (let i = runs.length - 1; i >= 0 && runs[i].result === "error"; i--) count++;
  return count;
}
function judgeFlow({ flow, runs }, settings, baseline) {
  const passes = runs.filter((r) => r.result === "pass");
  const fails = runs.filter((r) => r.result === "fail").length;
  const errors = runs.filter((r) => r.result === "error").length;
  const flakeRate = settings.flakeRates?.[flow.id] ?? settings.flakeRate;
  const required = confirmationRuns({ ...settings, flakeRate, repeat: flow.repeat });
  const metrics = {};
  for (const m of flow.metrics ?? []) {
    const values = passes.map((r) => r.metrics?.[m.name]).filter((v) => v !== void 0);
    if (values.length > 0) metrics[m.name] = median(values);
  }
  const judged = (state, reason) => ({ id: flow.id, critical: flow.critical, state, passes: passes.length, fails, errors, metrics, reason });
  if (passes.length > 0 && fails > 0) return judged("flaky", `${fails} failure(s) did not reproduce: ${passes.length} of ${passes.length + fails} runs passed`);
  if (fails >= required) return judged("regressed", `failed ${fails} of ${fails} runs (${required} confirm a regression at flake rate ${Number(flakeRate.toFixed(3))})`);
  if (trailingErrors(runs) >= settings.errorLimit) return judged("error", `${trailingErrors(runs)} infrastructure errors in a row (errorLimit ${settings.errorLimit}); holding, not blaming`);
  if (fails > 0) return judged("pending", `failed ${fails} time(s); ${required - fails} more run(s) confirm or clear it`);
  if (passes.length < flow.repeat) return judged("pending", `${passes.length} of ${flow.repeat} run(s) done`);
  for (const m of flow.metrics ?? []) {
    const value = metrics[m.name];
    if (value === void 0) return judged("error", `metric "${m.name}" was not printed; print it as JSON on stdout, e.g. {"${m.name}": 123}`);
    if (m.max !== void 0 && value > m.max) return judged("regressed", `metric ${m.name} = ${value} is above its max ${m.max} (median of ${passes.length} run(s))`);
    if (m.min !== void 0 && value < m.min) return judged("regressed", `metric ${m.name} = ${value} is below its min ${m.min} (median of ${passes.length} run(s))`);
    const base = baseline?.[m.name];
    if (base === void 0) continue;
    if (m.maxIncrease !== void 0 && value > base + Math.abs(base) * m.maxIncrease) return judged("regressed", `metric ${m.name} = ${value} is more than ${100 * m.maxIncrease}% above last-known-good's ${base}`);
    if (m.maxDecrease !== void 0 && value < base - Math.abs(base) * m.maxDecrease) return judged("regressed", `metric ${m.name} = ${value} is more than ${100 * m.maxDecrease}% below last-known-good's ${base}`);
  }
  return judged("passed", `passed ${passes.length} run(s)`);
}
function moreRunsNeeded(flowRuns, settings) {
  const judgement = judgeFlow(flowRuns, settings);
  if (judgement.state !== "pending") return 0;
  const required = confirmationRuns({ ...settings, flakeRate: settings.flakeRates?.[flowRuns.flow.id] ?? settings.flakeRate, repeat: flowRuns.flow.repeat });
  return judgement.fails > 0 ? required - judgement.fails : flowRuns.flow.repeat - judgement.passes;
}

// src/core/canary/canary-verdict.ts
function canaryVerdict(evidence, settings) {
  const lastGood = evidence.lastGood;
  const lastGoodFlows = new Map((lastGood?.flows ?? []).map((f) => [f.flow.id, judgeFlow(f, settings)]));
  const flows = evidence.flows.map((f) => judgeFlow(f, settings, lastGoodFlows.get(f.flow.id)?.metrics));
  const ids = (list) => list.map((f) => f.id);
  const reasons = [];
  const warnings = ids(flows.filter((f) => !f.critical && f.state !== "passed")).map((id) => `non-critical flow ${id}: ${flows.find((f) => f.id === id).reason}`);
  const result = (verdict, regressed2 = []) => ({
    verdict,
    regressed: regressed2,
    flaky: ids(flows.filter((f) => f.state === "flaky")),
    errors: ids(flows.filter((f) => f.state === "error" || f.state === "pending")),
    warnings,
    reasons,
    flows
  });
  if (evidence.build === "error") return reasons.push("the build could not run (infrastructure error); holding"), result("INCONCLUSIVE");
  if (evidence.build === "fail") {
    if (lastGood?.build === "fail") return reasons.push(`the build fails on last-known-good ${lastGood.sha.slice(0, 12)} too: the environment, not the code`), result("ENVIRONMENT");
    reasons.push(lastGood ? `the build fails here and passes on last-known-good ${lastGood.sha.slice(0, 12)}` : "the build fails (no last-known-good to compare)");
    return result("RED", ["build"]);
  }
  const regressed = flows.filter((f) => f.critical && f.state === "regressed");
  if (regressed.length > 0) {
    const environmental = regressed.filter((f) => lastGoodFlows.get(f.id)?.state === "regressed");
    const real = regressed.filter((f) => !environmental.includes(f));
    for (const f of environmental) reasons.push(`${f.id} also fails on last-known-good ${lastGood.sha.slice(0, 12)}: ${f.reason}`);
    for (const f of real) reasons.push(`${f.id}: ${f.reason}${lastGood ? lastGoodFlows.has(f.id) ? `; passes on last-known-good ${lastGood.sha.slice(0, 12)}` : "" : "; no last-known-good to compare"}`);
    return real.length > 0 ? result("RED", ids(real)) : result("ENVIRONMENT");
  }
  const critical = flows.filter((f) => f.critical);
  const unsure = critical.filter((f) => f.state === "error" || f.state === "pending");
  if (unsure.length > 0) return reasons.push(...unsure.map((f) => `${f.id}: ${f.reason}`)), result("INCONCLUSIVE");
  const flaky = critical.filter((f) => f.state === "flaky");
  if (flaky.length > 0) return reasons.push(...flaky.map((f) => `${f.id}: ${f.reason}; not a reason to revert`)), result("FLAKY");
  reasons.push(`${critical.length} critical flow(s) passed`);
  return result("GREEN");
}

// src/core/canary/learn-flake-rates.ts
var priorRuns = 20;
var floor = 0.02;
var cap = 0.5;
function learnFlakeRates(history, policyRate) {
  const counts = /* @__PURE__ */ new Map();
  for (const entry of history) {
    if (entry.verdict !== "GREEN" && entry.verdict !== "FLAKY") continue;
    for (const flow of entry.flows ?? []) {
      const c = counts.get(flow.id) ?? { passes: 0, fails: 0 };
      counts.set(flow.id, { passes: c.passes + flow.passes, fails: c.fails + flow.fails });
    }
  }
  const rates = {};
  for (const [id, { passes, fails }] of counts) {
    const rate = (fails + priorRuns * policyRate) / (passes + fails + priorRuns);
    rates[id] = Math.min(cap, Math.max(floor, rate));
  }
  return rates;
}

// src/core/canary/parse-flow-metrics.ts
function parseFlowMetrics(stdout) {
  const lines = stdout.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith("{") && l.endsWith("}"));
  for (const line of lines.reverse()) {
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
    const record = value;
    const source = typeof record.metrics === "object" && record.metrics !== null ? record.metrics : record;
    const metrics = {};
    for (const [name, v] of Object.entries(source)) if (typeof v === "number" && Number.isFinite(v)) metrics[name] = v;
    return metrics;
  }
  return {};
}

// src/workflows/canary/run-canary.ts
var maxRunsPerFlow = 50;
async function runCanary(request, ports) {
  const { git } = ports;
  const sha = await git.revParse(request.repoDir, request.rev);
  if (!sha) throw new RangeError(`"${request.rev}" is not a commit`);
  const lastGood = await git.revParse(request.repoDir, lastGoodRef);
  const history = (await readCanaryNotes(git, request.repoDir)).map((n) => n.note);
  const settings = {
    flakeRate: request.policy.flakeRate,
    flakeRates: learnFlakeRates(history, request.policy.flakeRate),
    falseRedRate: request.policy.falseRedRate,
    errorLimit: request.policy.errorLimit,
    flowCount: request.policy.flows.length
  };
  const head = await evaluate(request, ports, sha, request.policy.flows, settings);
  let evidence = head;
  const first = canaryVerdict(head, settings);
  const relative = request.policy.flows.filter((f) => f.metrics?.some((m) => m.maxIncrease !== void 0 || m.maxDecrease !== void 0));
  const again = request.policy.flows.filter((f) => first.verdict === "RED" && first.regressed.includes(f.id) || relative.includes(f));
  if (lastGood && lastGood !== sha && (again.length > 0 || first.regressed.includes("build"))) {
    evidence = { ...head, lastGood: { sha: lastGood, ...await evaluate(request, ports, lastGood, again, settings, first.regressed.includes("build")) } };
  }
  const verdict = canaryVerdict(evidence, settings);
  const base = { sha, flakeRates: settings.flakeRates ?? {}, ...lastGood ? { lastGood } : {} };
  if (request.record === false) return { ...base, verdict };
  await appendCanaryNote(git, request.repoDir, sha, { verdict: verdict.verdict, at: request.now().toISOString(), regressed: verdict.regressed, flaky: verdict.flaky, flows: verdict.flows.map((f) => ({ id: f.id, passes: f.passes, fails: f.fails })) });
  if (verdict.verdict !== "GREEN") return { ...base, verdict };
  const advanced = lastGood === sha || await git.updateRef(request.repoDir, lastGoodRef, sha, lastGood ?? "");
  return { ...base, verdict, advanced };
}
async function evaluate(request, ports, sha, flows, settings, buildOnly = false) {
  return withScratchWorkCopy(ports.git, ports.scratch, request.repoDir, sha, request.box ?? {}, async ({ dir, box }) => {
    const run = async (id, script, timeout, allow = []) => {
      const { env } = buildEnvironment(request.env, { allow: commandEnvNames(request.policyEnv, allow), platform: ports.runner.platform });
      const timeoutMs = parseDuration(timeout ?? request.policy.timeout ?? "") ?? void 0;
      const shell = ports.runner.platform === "windows" ? "pwsh" : "bash";
      const result = await ports.runner.run({ script, shell, cwd: dir, env, box, ...timeoutMs ? { timeoutMs } : {}, ...request.signal ? { signal: request.signal } : {} });
      const outcome = result.startError || result.aborted || result.exitCode === 125 ? "error" : result.exitCode === 0 && !result.timedOut ? "pass" : "fail";
      const flowRun = { result: outcome, metrics: parseFlowMetrics(result.stdout), durationMs: result.durationMs };
      request.onRun?.({ sha, flow: id, run: flowRun });
      return flowRun;
    };
    let build = "pass";
    for (let attempt = 0; request.policy.build && attempt < 2 && (attempt === 0 || build !== "pass"); attempt++) build = (await run("build", request.policy.build, request.policy.timeout)).result;
    if (build !== "pass" || buildOnly) return { build, flows: [] };
    const results = [];
    for (const flow of flows) {
      let record = { flow, runs: [] };
      for (let need = moreRunsNeeded(record, settings); need > 0 && record.runs.length < maxRunsPerFlow; need = moreRunsNeeded(record, settings)) {
        const runs = [...record.runs];
        for (let i = 0; i < need; i++) runs.push(await run(flow.id, flow.run, flow.timeout, flow.env));
        record = { flow, runs };
      }
      results.push(record);
    }
    return { build, flows: results };
  });
}

// src/entrypoints/cli/revert-wiring.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdtemp, readFile as readFile3, rm as rm2 } from "node:fs/promises";
import { join as join4 } from "node:path";

// src/workflows/loop/verify-gate-verifier.ts
function createVerifyGateVerifier(input) {
  return (worktree) => ({
    verify: async ({ base, head }) => {
      const result = await verifyChange({
        ...input.verify,
        repoDir: worktree,
        base,
        head,
        policy: input.policy,
        policyFile: ".github/shopfloor.yml",
        policyText: input.policyText,
        runId: input.runId(),
        scratchDir: input.scratchDir,
        ...input.noteRef ? { noteRef: input.noteRef } : {},
        ...input.signal ? { signal: input.signal } : {}
      });
      input.onReport?.({ digest: result.reportDigest, path: result.reportPath, head: result.report.head });
      const summary = result.report.gates.map((gate) => `${gate.id} ${gate.status}`).join(", ");
      const why = result.passed ? "" : ` (${result.report.verdict.reasons.join("; ")})`;
      return { passed: result.passed, summary: `${summary}${why}; report ${result.reportDigest.slice(0, 19)}\u2026${result.report.signature ? " signed" : " unsigned"}` };
    }
  });
}

// src/core/revert/decide-revert-merge.ts
function decideRevertMerge(facts, policy) {
  const reasons = [];
  if (!facts.gates.passed) reasons.push(`the gates did not pass on the revert: ${facts.gates.summary}`);
  if (facts.ledger.autoMergedToday >= policy.maxAutoMergedPerDay) reasons.push(`the daily auto-merge quota is spent (${facts.ledger.autoMergedToday} of revert.maxAutoMergedPerDay ${policy.maxAutoMergedPerDay}); a human reviews this one`);
  if (facts.confidence !== void 0 && facts.confidence < policy.minConfidence) reasons.push(`the culprit's confidence ${facts.confidence.toFixed(4)} is below revert.minConfidence ${policy.minConfidence}; open it as a draft for review`);
  if (facts.canary !== void 0 && facts.canary !== "GREEN") reasons.push(`the canary on main + the revert is ${facts.canary}, not GREEN: a second culprit or a misattribution; a human decides`);
  if (!policy.enabled) reasons.push("auto-revert is disabled in the repo policy");
  return reasons.length === 0 ? { autoMerge: true, reasons: [`gates passed (${facts.gates.summary})${facts.canary ? ", the canary on main + revert is GREEN" : ""} and the quota has room`] } : { autoMerge: false, reasons };
}

// src/workflows/bisect/with-worktree.ts
async function openWorktree(git, scratch, repoDir, rev, options = {}) {
  const parent = await scratch.makeDir("shopfloor-wt-");
  const dir = `${parent}/${parent.split(/[\\/]/).pop()}`;
  const close = async () => {
    await git.worktreeRemove(repoDir, dir);
    await scratch.remove(parent);
  };
  try {
    await git.worktreeAdd(repoDir, dir, rev, options.branch ? { branch: options.branch } : { detach: true });
  } catch (error) {
    await close();
    throw error;
  }
  return { dir, close };
}
async function withWorktree(git, scratch, repoDir, rev, body, options = {}) {
  const worktree = await openWorktree(git, scratch, repoDir, rev, options);
  try {
    return await body(worktree.dir);
  } finally {
    await worktree.close();
  }
}

// src/workflows/revert/gather-revert-facts.ts
var dayMs = 864e5;
async function filesOf(git, repoDir, commit) {
  const base = commit.parents[0];
  if (!base) return [];
  return changedPaths(await git.diff(repoDir, base, commit.sha));
}
async function gatherRevertFacts(git, repoDir, culprit, head, policy, nowMs) {
  const later = await git.log(repoDir, { from: culprit.sha, to: head, firstParent: true });
  const laterMerges = await Promise.all(later.map(async (c) => ({ sha: c.sha, subject: c.subject, files: await filesOf(git, repoDir, c) })));
  const everything = await git.log(repoDir, { from: culprit.sha, to: head });
  const revertedBy = everything.find((c) => revertedCommitOf(c) === culprit.sha)?.sha;
  const recoveredAt = await findRecovery(git, repoDir, culprit.sha, later);
  const [first, second] = culprit.parents;
  const merged = first && second ? await git.log(repoDir, { from: first, to: second }) : [];
  const revertsCommit = merged.map((c) => revertedCommitOf(c)).find(Boolean);
  return {
    culprit: { sha: culprit.sha, parents: culprit.parents, subject: culprit.subject, body: culprit.body, committedAtMs: Date.parse(culprit.committerDate), files: await filesOf(git, repoDir, culprit), ...revertsCommit ? { revertsCommit } : {} },
    nowMs,
    ...recoveredAt ? { recoveredAt } : {},
    ...revertedBy ? { revertedBy } : {},
    labels: labelsOf(culprit, policy.optOutLabel),
    laterMerges: laterMerges.filter((m) => !(revertedBy && m.sha === revertedBy)),
    ledger: await readLedger(git, repoDir, head, nowMs, culprit.sha)
  };
}
async function findRecovery(git, repoDir, culprit, later) {
  const lastGood = await git.revParse(repoDir, lastGoodRef);
  if (lastGood && lastGood !== culprit && await git.isAncestor(repoDir, culprit, lastGood)) return lastGood;
  const laterShas = new Set(later.map((c) => c.sha));
  const notes = (await readCanaryNotes(git, repoDir)).filter((n) => laterShas.has(n.sha)).sort((a, b) => a.note.at.localeCompare(b.note.at));
  return notes.at(-1)?.note.verdict === "GREEN" ? notes.at(-1).sha : void 0;
}
async function readLedger(git, repoDir, head, nowMs, culprit) {
  const listed = await git.raw(repoDir, ["for-each-ref", "--format=%(refname:short)%09%(objectname)%09%(committerdate:unix)", "refs/heads/shopfloor/revert/"]);
  const branches = listed.stdout.split("\n").filter(Boolean).map((l) => l.split("	")).map(([name, sha, at]) => ({ name, sha, atMs: Number(at) * 1e3 }));
  const inFlight = [];
  const same = (name) => culprit !== void 0 && name.startsWith("shopfloor/revert/") && culprit.startsWith(name.slice("shopfloor/revert/".length));
  for (const b of branches) if (!same(b.name) && !await git.isAncestor(repoDir, b.sha, head)) inFlight.push(b.name);
  const mainline = await git.log(repoDir, { to: head, firstParent: true, max: 500 });
  const ours = mainline.filter((c) => readTrailers(c.body).has(revertTrailer.toLowerCase()) || c.parents.length > 1 && /shopfloor\/revert\//.test(c.subject));
  const notes = await readCanaryNotes(git, repoDir);
  const verdictAfter = (index) => {
    for (let i = index; i < mainline.length; i++) {
      const found = notes.filter((n) => n.sha === mainline[i].sha && n.note.verdict !== "INCONCLUSIVE").at(-1);
      if (found) return found.note.verdict;
    }
    return void 0;
  };
  let failedInARow = 0;
  for (const revert of [...ours].reverse()) {
    const verdict = verdictAfter(mainline.findIndex((c) => c.sha === revert.sha));
    if (verdict === "RED") failedInARow++;
    else break;
  }
  const culpritKey = (text) => /shopfloor\/revert\/([0-9a-f]{7,40})/.exec(text)?.[1] ?? readTrailers(text).get(revertTrailer.toLowerCase())?.[0]?.slice(0, 12);
  const created = /* @__PURE__ */ new Set();
  for (const b of branches) if (nowMs - b.atMs < dayMs) created.add(culpritKey(b.name) ?? b.name);
  for (const c of ours) if (nowMs - Date.parse(c.committerDate) < dayMs) created.add(culpritKey(`${c.subject}

${c.body}`) ?? c.sha);
  return {
    createdToday: created.size,
    autoMergedToday: ours.filter((c) => nowMs - Date.parse(c.committerDate) < dayMs).length,
    inFlight,
    failedInARow
  };
}

// src/workflows/revert/run-revert.ts
async function runRevert(request, ports) {
  const { git, scratch } = ports;
  const { repoDir } = request;
  const sha = await git.revParse(repoDir, request.culprit);
  if (!sha) return { ok: false, message: `"${request.culprit}" is not a commit in ${repoDir}; pass the merge a bisect named` };
  const head = await git.revParse(repoDir, request.onto);
  if (!head) return { ok: false, message: `--onto "${request.onto}" is not a commit in ${repoDir}` };
  const mainline = await git.log(repoDir, { to: head, firstParent: true });
  const culprit = mainline.find((c) => c.sha === sha);
  if (!culprit) return { ok: false, message: `${sha.slice(0, 12)} is not a first-parent commit of ${request.onto}; revert the merge that brought it in instead` };
  const facts = await gatherRevertFacts(git, repoDir, culprit, head, request.policy.revert, request.nowMs);
  const plan = planRevert(facts, request.policy.revert);
  if (plan.action !== "revert") return { ok: true, created: false, plan, facts };
  const earlier = await git.revParse(repoDir, `refs/heads/${plan.branch}`);
  if (earlier) await git.deleteRef(repoDir, `refs/heads/${plan.branch}`);
  const failingCheck = request.failingCheck ?? await lastFailingFlow(git, repoDir, request.policy);
  let kept = false;
  try {
    const outcome = await withWorktree(git, scratch, repoDir, head, async (dir) => {
      const message = renderRevertCommitMessage(culprit.subject, sha);
      const applied = await git.revert(dir, sha, { ...plan.mainline ? { mainline: plan.mainline } : {}, message });
      if (!applied.ok) return { ok: false, conflicts: applied.conflicts };
      const bug = buildBugWorkOrder({
        culprit: { sha, subject: culprit.subject, files: facts.culprit.files },
        revertSha: applied.sha,
        revertBranch: plan.branch,
        ...failingCheck ? { failingCheck } : {},
        workOrders: workOrdersOf(culprit),
        testGlobs: request.policy.revert.testGlobs
      });
      const created = await ports.filesAt(dir).create(bug.path, bug.text) === "created";
      if (created) {
        await git.addAll(dir, [bug.path]);
        await git.commit(dir, `Add bug work order ${bug.workOrder.id} for the reverted ${sha.slice(0, 12)}

Every revert needs a fix with a regression test that fails on the culprit.
`);
      }
      const gates = await ports.gates(dir).verify({ repoDir: dir, base: head, head: applied.sha });
      return { ok: true, sha: applied.sha, gates, workOrder: { id: bug.workOrder.id, path: bug.path, created } };
    }, { branch: plan.branch });
    if (!outcome.ok) {
      const withConflicts = { ...facts, applies: { ok: false, conflicts: outcome.conflicts } };
      return { ok: true, created: false, plan: planRevert(withConflicts, request.policy.revert), facts: withConflicts };
    }
    kept = true;
    const canary = ports.trialCanary ? await ports.trialCanary(plan.branch) : void 0;
    const merge = decideRevertMerge({ gates: outcome.gates, ledger: facts.ledger, ...canary ? { canary } : {}, ...request.confidence !== void 0 ? { confidence: request.confidence } : {} }, request.policy.revert);
    return { ok: true, created: true, plan, facts: { ...facts, applies: { ok: true } }, revertSha: outcome.sha, workOrder: outcome.workOrder, gates: outcome.gates, ...canary ? { canary } : {}, merge };
  } finally {
    if (!kept) await git.deleteRef(repoDir, `refs/heads/${plan.branch}`);
  }
}
async function lastFailingFlow(git, repoDir, policy) {
  const red = (await readCanaryNotes(git, repoDir)).filter((n) => n.note.verdict === "RED").sort((a, b) => a.note.at.localeCompare(b.note.at)).at(-1);
  const flow = policy.canary?.flows.find((f) => red?.note.regressed?.includes(f.id));
  return flow ? { name: flow.id, run: flow.run, ...flow.env ? { env: flow.env } : {} } : void 0;
}

// src/entrypoints/cli/loop-wiring.ts
import { randomBytes } from "node:crypto";
import { existsSync as existsSync2 } from "node:fs";
import { appendFile as appendFile2, mkdir as mkdir2, readFile as readFile2, rm } from "node:fs/promises";
import { arch, availableParallelism, tmpdir } from "node:os";
import { join as join3 } from "node:path";
import { createPublicKey } from "node:crypto";

// src/entrypoints/cli/approve-command.ts
import { appendFile, lstat, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";

// src/workflows/loop/read-loop-facts.ts
async function readLoopFacts(git, repoDir, main = "main") {
  const mainSha = await git.revParse(repoDir, main);
  if (!mainSha) throw new Error(`branch "${main}" does not exist in ${repoDir}`);
  const history = await git.log(repoDir, { to: mainSha, firstParent: true });
  const merged = /* @__PURE__ */ new Map();
  const reverted = /* @__PURE__ */ new Set();
  for (const commit of history) {
    const trailers = parseMergeTrailers(`${commit.subject}

${commit.body}`);
    if (trailers.reverts) reverted.add(trailers.reverts);
    const revertOf = /This reverts commit ([0-9a-f]{40})/.exec(commit.body)?.[1];
    if (revertOf) reverted.add(revertOf);
    if (trailers.workOrder && commit.parents.length > 1) {
      merged.set(trailers.workOrder, { workOrderId: trailers.workOrder, mergeSha: commit.sha, reportDigest: trailers.reportDigest, mergedAt: commit.committerDate });
    }
  }
  const refs = await git.raw(repoDir, ["for-each-ref", "--format=%(refname:short) %(objectname)", "refs/heads/agent/"]);
  const branches = /* @__PURE__ */ new Map();
  for (const line of refs.stdout.split("\n").filter(Boolean)) {
    const [branch, sha] = line.split(" ");
    const parsed = parseAgentBranch(branch);
    if (!parsed) continue;
    const list = branches.get(parsed.workOrderId) ?? [];
    list.push({ workOrderId: parsed.workOrderId, branch, sha });
    branches.set(parsed.workOrderId, list);
  }
  return { mainSha, merged, reverted, branches };
}

// src/entrypoints/cli/approve-command.ts
var approvalsFile = join(".shopfloor", "approvals.jsonl");
var permissions = ["admin", "maintain", "write"];
var approveCommand = (program, io, done) => {
  withRepoOption(program.command("approve")).description("approve a work order's agent branch at one SHA for `shopfloor run` (a later push voids it)").argument("<work-order-id>", "the work order whose agent branch you reviewed").requiredOption("--sha <sha>", "the agent branch commit you reviewed").option("--user <name>", "who approves (default: git config user.name)").option("--permission <level>", "admin | maintain | write (dangerous changes need admin)", "write").action(async (id, flags) => {
    const root = repoRoot(flags, io);
    const git = createGitCli({ env: io.env });
    if (!permissions.includes(flags.permission)) throw new UsageError(`--permission must be admin, maintain or write, not "${flags.permission}"`);
    const sha = await git.revParse(root, flags.sha);
    if (!sha) throw new UsageError(`--sha "${flags.sha}" is not a commit in ${root}; pass the agent branch commit you reviewed`);
    const facts = await readLoopFacts(git, root, "refs/heads/main");
    const branch = (facts.branches.get(id) ?? []).find((b) => b.sha === sha);
    if (!branch) throw new UsageError(`${sha.slice(0, 12)} is not the tip of an agent branch of "${id}" (agent/${id}/*); run \`git branch --list 'agent/${id}/*' -v\` and approve the tip you reviewed`);
    const user = flags.user ?? (await git.raw(root, ["config", "user.name"])).stdout.trim();
    if (!user) throw new UsageError("say who approves: --user NAME (or set git config user.name)");
    await mkdir(join(root, ".shopfloor"), { recursive: true });
    const refused = await approvalsNotOwn(root);
    if (refused) throw new UsageError(`${join(root, approvalsFile)} is not yours to record approvals in: ${refused}. Remove it (git rm --cached if it is committed) and approve again`);
    await appendFile(join(root, approvalsFile), `${JSON.stringify({ workOrder: id, sha, user, permission: flags.permission, at: (/* @__PURE__ */ new Date()).toISOString() })}
`);
    io.stdout(`approved ${branch.branch} at ${sha.slice(0, 12)} as ${user} (${flags.permission}); the next \`shopfloor run\` counts it for merge candidates built from this commit
`);
    done(ExitCode.ok);
  });
};
async function approvalsNotOwn(root) {
  const path = join(root, approvalsFile);
  if (!await lstat(path).catch(() => void 0)) return void 0;
  const tracked = (await createGitCli().raw(root, ["ls-files", "--", approvalsFile]).catch(() => ({ stdout: "" }))).stdout.trim() !== "";
  return notOwn(path, tracked, typeof process.getuid === "function" ? process.getuid() : void 0, false);
}
async function readApprovals(root, workOrderId) {
  if (await approvalsNotOwn(root)) return [];
  const text = await readFile(join(root, approvalsFile), "utf8").catch(() => "");
  const approvals = [];
  for (const line of text.split("\n").filter(Boolean)) {
    try {
      const entry = JSON.parse(line);
      if (entry.workOrder !== workOrderId || typeof entry.sha !== "string" || typeof entry.user !== "string" || !permissions.includes(entry.permission)) continue;
      approvals.push({ sha: entry.sha, user: entry.user, permission: entry.permission });
    } catch {
      continue;
    }
  }
  return approvals;
}

// src/entrypoints/cli/find-transcript.ts
import { existsSync } from "node:fs";
import { join as join2 } from "node:path";
async function findTranscript(git, root, dir, workOrder) {
  const names = [`${workOrder.id}.json`];
  const revertOf = workOrder.provenance?.revertOf;
  if (revertOf && await git.revParse(root, `${revertOf}^{commit}`)) {
    const [culprit] = await git.log(root, { to: revertOf, max: 1 });
    for (const id of culprit ? workOrdersOf(culprit) : []) names.push(`${id}.fix.json`);
  }
  const lookedFor = names.map((name) => join2(dir, name));
  const file = lookedFor.find((candidate) => existsSync(candidate));
  return { ...file ? { file } : {}, lookedFor };
}

// src/entrypoints/cli/loop-wiring.ts
async function ensureLocalKey(root) {
  const files = await keyFiles(root, createGitCli());
  const refused = files.find((file) => !file.own);
  if (refused && !refused.own) throw new UsageError(refusedKeyMessage(refused));
  let path = files[0]?.path;
  let created = false;
  if (!path) {
    path = (await writeSigningKey(root)).path;
    created = true;
  }
  const pem = await readFile2(path, "utf8");
  const signer = createEd25519Signer(pem);
  const publicKey = createPublicKey(pem).export({ type: "spki", format: "der" }).toString("base64");
  return { signer, keyId: signer.keyId, publicKey, path, created };
}
async function loopVerifyBase(root, io, parallel, signer) {
  const adapters = createVerifyAdapters(root);
  await refuseTrackedState(adapters.git, root);
  const cpus = availableParallelism();
  return {
    ...adapters,
    signer: signer ?? (await ensureLocalKey(root)).signer,
    clock: { now: () => Date.now() },
    sourceEnv: io.env,
    environment: { os: adapters.runner.platform, arch: arch(), node: process.version, runner: "local", cpus },
    concurrency: Math.max(1, Math.floor(cpus / parallel))
  };
}
function loopWorktreesDir(root, ignored) {
  return ignored ? join3(root, ".shopfloor", "worktrees") : join3(tmpdir(), "shopfloor-worktrees", sha256Hex(root).slice(0, 12));
}
async function createLoopPorts(root, io, input) {
  const key = await ensureLocalKey(root);
  const verify = await loopVerifyBase(root, io, input.parallel, key.signer);
  const adapters = verify;
  const scratchRoot = input.worktreesDir;
  const scratch = createNodeScratchSpace(scratchRoot);
  const ports = {
    git: adapters.git,
    runner: adapters.runner,
    scratch: { makeDir: async (prefix) => (await mkdir2(scratchRoot, { recursive: true }), scratch.makeDir(prefix)), remove: scratch.remove },
    verify,
    trusted: [...input.policy.signers ?? [], { keyId: key.keyId, publicKey: key.publicKey }],
    verifier: ed25519Verifier,
    providerFor: (workOrder) => chooseProvider(workOrder, input, io, root, adapters.git),
    createWorkspace: (dir, scope) => createNodeAgentWorkspace(dir, scope),
    hash: sha256Hex,
    openRun: async (runId, objective) => {
      const writer = await openRunWriter({ storeDir: runStoreDir(root), runId, objective });
      return { runId, recorder: createRunStoreRecorder(writer), close: () => writer.close() };
    },
    approvalsFor: (workOrderId) => readApprovals(root, workOrderId),
    record: async (line) => {
      await mkdir2(join3(root, ".shopfloor", "records"), { recursive: true });
      await appendFile2(join3(root, ".shopfloor", "records", "loop.jsonl"), `${JSON.stringify(line)}
`);
    },
    readText: (path) => readFile2(path, "utf8"),
    clock: Date.now,
    randomHex: (bytes) => randomBytes(bytes).toString("hex")
  };
  const keyNote = `${key.created ? "created" : "using"} the local signing key ${key.keyId} (${key.path}); it is trusted for this repository's local runs only`;
  return { ports, keyNote };
}
function loopOptions(root, io, input) {
  const keyNames = Object.values(input.policy.agents?.providers ?? {}).flatMap((p) => p.type !== "replay" && p.apiKeyEnv ? [p.apiKeyEnv] : []);
  return {
    repoDir: root,
    main: input.main ?? "main",
    parallel: input.parallel,
    once: input.once,
    worktreesDir: input.worktreesDir,
    patchesDir: join3(root, ".shopfloor", "patches"),
    env: io.env,
    secrets: secretValues(io.env, keyNames),
    signal: io.signal
  };
}
async function chooseProvider(workOrder, input, io, root, git) {
  if (input.provider === "replay" || !input.provider && input.transcripts) {
    const { file, lookedFor } = await findTranscript(git, root, input.transcripts ?? join3(root, ".shopfloor", "transcripts"), workOrder);
    const stream = `${lookedFor[0]}l`;
    if (!file && existsSync2(stream)) {
      try {
        return { ok: true, provider: await loadStreamReplay(stream) };
      } catch (error) {
        if (error instanceof UsageError) return { ok: false, reason: error.message, releaseBy: `fix ${stream}` };
        throw error;
      }
    }
    if (!file) return { ok: false, reason: `no recorded transcript for ${workOrder.id} (${lookedFor.join(" or ")})`, releaseBy: `record one (shopfloor implement ${workOrder.id} --provider openai --record ${lookedFor[0]}) or run with --provider openai|command` };
    const loaded = await loadTranscript(file);
    if (!loaded.ok) return { ok: false, reason: loaded.error, releaseBy: `fix ${file}` };
    return { ok: true, provider: createReplayProvider(loaded.transcript) };
  }
  try {
    const chosen = await selectProvider(workOrder, input.policy.agents ?? {}, { ...input.provider ? { provider: input.provider } : {} }, io, []);
    return { ok: true, ...chosen };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, reason: error.message, releaseBy: "configure agents.providers in .github/shopfloor.yml or pass --provider" };
    throw error;
  }
}

// src/entrypoints/cli/revert-wiring.ts
async function revertWithLocalGates(root, io, git, policy, request, tempRoot) {
  const runner = createJudgedRunner();
  const scratch = createNodeScratchSpace();
  const scratchDir = await mkdtemp(join4(tempRoot, "shopfloor-revert-"));
  const policyText = await readFile3(join4(root, policyPath), "utf8").catch(() => "");
  const canary = policy.canary;
  const box = gateBoxSettings(runner.isolation, policy.isolation);
  if (!box.ok) throw new UsageError(box.message);
  const settings = box.settings;
  return runRevert(request, {
    git,
    scratch,
    filesAt: createNodeRepoFiles,
    gates: createVerifyGateVerifier({ verify: await loopVerifyBase(root, io, 1), policy, policyText, scratchDir, runId: () => `revert-${Date.now()}-${randomBytes2(3).toString("hex")}`, noteRef: reportNotesRef, signal: io.signal }),
    ...canary ? { trialCanary: async (rev) => (await runCanary({ repoDir: root, box: settings, rev, policy: canary, env: io.env, policyEnv: policy.env ?? [], now: () => /* @__PURE__ */ new Date(), signal: io.signal, record: false }, { git, runner, scratch })).verdict.verdict } : {}
  }).finally(() => rm2(scratchDir, { recursive: true, force: true }));
}

export {
  readLoopFacts,
  approvalsFile,
  approveCommand,
  readApprovals,
  learnFlakeRates,
  runCanary,
  runRevert,
  createVerifyGateVerifier,
  loopWorktreesDir,
  createLoopPorts,
  loopOptions,
  revertWithLocalGates
};
