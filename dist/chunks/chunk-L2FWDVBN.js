import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  readCanaryNotes
} from "./chunk-TM25LLGT.js";
import {
  readWorkOrderStarts
} from "./chunk-PWPFLBTK.js";
import {
  readTrailers,
  revertedCommitOf,
  workOrdersOf
} from "./chunk-7CCSRXTP.js";
import {
  matchAnyGlob,
  prepareGlob
} from "./chunk-6UYLTFXC.js";
import {
  formatDuration
} from "./chunk-GBB54T6E.js";

// src/core/metrics/final-canary-verdicts.ts
var isJudged = (run) => run.verdict === "GREEN" || run.verdict === "RED" || run.verdict === "FLAKY";
function finalCanaryVerdicts(canaries) {
  const last = /* @__PURE__ */ new Map();
  for (const run of [...canaries].sort((a, b) => a.atMs - b.atMs)) if (isJudged(run)) last.set(run.sha, run);
  return [...last.values()].sort((a, b) => a.atMs - b.atMs);
}

// src/core/metrics/rate.ts
var rate = (count, of) => ({ count, of, ...of > 0 ? { rate: count / of } : {} });

// src/core/metrics/merge-success.ts
var results = ["merged", "held", "failed"];
function mergeSuccess(attempts, sinceMs, nowMs) {
  const inWindow = (attempt) => attempt.atMs >= sinceMs && attempt.atMs <= nowMs;
  const sorted = [...attempts].sort((a, b) => a.atMs - b.atMs);
  const first = /* @__PURE__ */ new Map();
  sorted.forEach((attempt, i) => {
    const key = attempt.workOrder ?? `\0${i}`;
    if (!first.has(key)) first.set(key, attempt);
  });
  const firsts = [...first.values()].filter(inWindow);
  const count = (list, result) => list.filter((attempt) => attempt.result === result).length;
  const decided = sorted.filter(inWindow);
  return {
    ...rate(count(firsts, "merged"), firsts.length),
    held: count(firsts, "held"),
    failed: count(firsts, "failed"),
    attempts: Object.fromEntries(results.map((result) => [result, count(decided, result)]))
  };
}

// src/core/metrics/spend-per-merge.ts
function spendPerMerge(merges, spends) {
  const merged = new Set(merges.filter((merge) => !merge.reverts).flatMap((merge) => merge.workOrders));
  const counted = spends.filter((spend) => merged.has(spend.workOrder));
  const workOrders = new Set(counted.map((spend) => spend.workOrder)).size;
  if (workOrders === 0) return void 0;
  const costUsd = counted.reduce((sum, spend) => sum + spend.costUsd, 0);
  return { workOrders, costUsd, tokens: counted.reduce((sum, spend) => sum + spend.tokens, 0), meanUsd: costUsd / workOrders };
}

// src/core/metrics/weekly-trends.ts
var dayMs = 864e5;
var weekMs = 7 * dayMs;
function weekStart(ms) {
  const days = Math.floor(ms / dayMs);
  return (days - (days + 3) % 7) * dayMs;
}
var median = (values) => {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
function weeklyTrends(sinceMs, nowMs, facts) {
  const { merges, canaries } = facts;
  const verdicts2 = finalCanaryVerdicts(canaries);
  const weeks = [];
  for (let start = weekStart(sinceMs); start <= nowMs; start += weekMs) {
    const inWeek = (ms) => ms >= start && ms < start + weekMs;
    const weekMerges = merges.filter((m) => inWeek(m.mergedAtMs));
    const weekVerdicts = verdicts2.filter((v) => inWeek(v.atMs));
    const p50 = median(facts.leadTimes.filter((l) => inWeek(l.mergedAtMs)).map((l) => l.ms));
    weeks.push({
      week: new Date(start).toISOString().slice(0, 10),
      merges: weekMerges.filter((m) => !m.reverts).length,
      reverts: weekMerges.filter((m) => m.reverts).length,
      canaryRuns: canaries.filter((c) => inWeek(c.atMs)).length,
      canaryCommits: weekVerdicts.length,
      canaryRed: weekVerdicts.filter((v) => v.verdict === "RED").length,
      ...p50 !== void 0 ? { leadTimeP50Ms: p50 } : {}
    });
  }
  return weeks;
}

// src/core/metrics/compute-metrics.ts
var percentile = (values, p) => {
  if (values.length === 0) return void 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
};
var mean = (values) => values.length ? values.reduce((a, b) => a + b, 0) / values.length : void 0;
var sameCommit = (a, b) => a.startsWith(b) || b.startsWith(a);
function leadTimes(merges) {
  return merges.flatMap((m) => m.workOrders.flatMap((workOrder) => {
    const started = m.startedAtMs?.[workOrder];
    return started === void 0 ? [] : [{ workOrder, sha: m.sha, mergedAtMs: m.mergedAtMs, ms: Math.max(0, m.mergedAtMs - started) }];
  }));
}
function incidents(canaries) {
  const sorted = [...canaries].sort((a, b) => a.atMs - b.atMs);
  const found = [];
  let open;
  for (const run of sorted) {
    if (run.verdict === "RED" && !open) open = run;
    else if (run.verdict === "GREEN" && open) {
      found.push({ redSha: open.sha, redAtMs: open.atMs, greenSha: run.sha, restoredMs: run.atMs - open.atMs });
      open = void 0;
    }
  }
  if (open) found.push({ redSha: open.sha, redAtMs: open.atMs });
  return found;
}
function computeMetrics(input) {
  const inWindow = (x) => (x.atMs ?? x.mergedAtMs) >= input.sinceMs && (x.atMs ?? x.mergedAtMs) <= input.nowMs;
  const merges = input.merges.filter(inWindow);
  const canaries = input.canaries.filter(inWindow).sort((a, b) => a.atMs - b.atMs);
  const reverts = merges.filter((m) => m.reverts);
  const changes = merges.filter((m) => !m.reverts);
  const failed = changes.filter((c) => input.merges.some((m) => m.reverts && sameCommit(m.reverts, c.sha) || m.fixes && sameCommit(m.fixes, c.sha)));
  const verdicts2 = finalCanaryVerdicts(canaries);
  const lead = leadTimes(merges);
  const restores = incidents(canaries);
  const restored = restores.flatMap((i) => i.restoredMs === void 0 ? [] : [i.restoredMs]);
  const revertVerdicts = reverts.map((r) => verdicts2.find((v) => sameCommit(v.sha, r.sha)) ?? verdicts2.find((v) => v.atMs >= r.mergedAtMs));
  const revertsARevert = reverts.map((r) => input.merges.some((m) => m.reverts && sameCommit(r.reverts, m.sha)));
  const badReverts = reverts.filter((_, i) => revertVerdicts[i]?.verdict === "RED" || revertsARevert[i]).length;
  const fixes = merges.filter((m) => m.fixes);
  const leadP50 = percentile(lead.map((l) => l.ms), 0.5);
  const mttrMean = mean(restored);
  const mttrP50 = percentile(restored, 0.5);
  const testsPerFix = mean(fixes.map((f) => f.testsAdded));
  return {
    sinceMs: input.sinceMs,
    nowMs: input.nowMs,
    leadTimes: lead,
    ...leadP50 !== void 0 ? { leadTimeP50Ms: leadP50 } : {},
    mergeSuccess: mergeSuccess(input.attempts, input.sinceMs, input.nowMs),
    canaryFailure: { ...rate(verdicts2.filter((v) => v.verdict === "RED").length, verdicts2.length), runs: canaries.length },
    incidents: restores,
    ...mttrMean !== void 0 ? { mttrMeanMs: mttrMean } : {},
    ...mttrP50 !== void 0 ? { mttrP50Ms: mttrP50 } : {},
    changeFailure: rate(failed.length, changes.length),
    badReverts: rate(badReverts, reverts.length),
    revertsOfReverts: revertsARevert.filter(Boolean).length,
    ...testsPerFix !== void 0 ? { regressionTestsPerFix: testsPerFix } : {},
    fixes: fixes.length,
    ...withSpend(spendPerMerge(merges, input.spends ?? [])),
    weeks: weeklyTrends(input.sinceMs, input.nowMs, { merges, canaries, leadTimes: lead })
  };
}
var withSpend = (spend) => spend ? { spendPerMerge: spend } : {};

// src/workflows/metrics/read-run-records.ts
var runRecordsDirectory = ".shopfloor/records";
var results2 = ["merged", "held", "failed"];
var verdicts = ["GREEN", "RED", "FLAKY", "INCONCLUSIVE", "ENVIRONMENT"];
async function readRunRecords(files) {
  const attempts = [];
  const canaries = [];
  const spends = [];
  let skipped = 0;
  for (const name of (await files.list(runRecordsDirectory)).filter((n) => n.endsWith(".jsonl"))) {
    for (const line of (await files.read(`${runRecordsDirectory}/${name}`) ?? "").split("\n")) {
      if (!line.trim()) continue;
      let record;
      try {
        record = JSON.parse(line);
      } catch {
        skipped++;
        continue;
      }
      const atMs = typeof record.at === "string" ? Date.parse(record.at) : NaN;
      if (record.type === "merge-attempt" && !Number.isNaN(atMs) && results2.includes(record.result)) {
        const reasons = Array.isArray(record.reasons) ? record.reasons.filter((r) => typeof r === "string") : [];
        attempts.push({ atMs, result: record.result, ...typeof record.workOrder === "string" ? { workOrder: record.workOrder } : {}, ...reasons.length ? { reasons } : {} });
      } else if (record.type === "canary" && !Number.isNaN(atMs) && typeof record.sha === "string" && verdicts.includes(record.verdict)) {
        canaries.push({ sha: record.sha, atMs, verdict: record.verdict });
      } else if (record.type === "agent-spend" && !Number.isNaN(atMs) && typeof record.workOrder === "string" && isAmount(record.costUsd) && isAmount(record.tokens)) {
        spends.push({ atMs, workOrder: record.workOrder, costUsd: record.costUsd, tokens: record.tokens });
      } else skipped++;
    }
  }
  return { attempts, canaries, spends, skipped };
}
var isAmount = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0;

// src/workflows/metrics/collect-metrics.ts
async function collectMetrics(request, ports) {
  const { git } = ports;
  const tests = request.testGlobs.map((g) => prepareGlob(g));
  const history = (await git.log(request.repoDir, { to: request.rev, firstParent: true })).filter((c) => Date.parse(c.committerDate) >= request.sinceMs);
  const merges = [];
  for (const commit of history) {
    if (commit.parents.length === 0) continue;
    const workOrders = workOrdersOf(commit);
    const fixTrailer = readTrailers(commit.body).get("fixes")?.[0];
    const fixOrder = workOrders.map((id) => /^fix-([0-9a-f]{7,40})$/.exec(id)?.[1]).find(Boolean);
    const fixes = fixTrailer ?? fixOrder;
    const [first, second] = commit.parents;
    const branch = first && second ? await git.log(request.repoDir, { from: first, to: second }) : [];
    const reverts = revertedCommitOf(commit) ?? branch.map((c) => revertedCommitOf(c)).find(Boolean);
    const started = readWorkOrderStarts([commit, ...branch], workOrders);
    const added = fixes && first ? (await git.diff(request.repoDir, first, commit.sha)).filter((c) => c.status === "A" && matchAnyGlob(tests, c.path)).length : 0;
    merges.push({
      sha: commit.sha,
      mergedAtMs: Date.parse(commit.committerDate),
      workOrders,
      ...Object.keys(started).length ? { startedAtMs: started } : {},
      ...reverts ? { reverts } : {},
      ...fixes ? { fixes } : {},
      testsAdded: added
    });
  }
  const records = await readRunRecords(ports.files);
  const noted = (await readCanaryNotes(git, request.repoDir)).map(({ sha, note }) => ({ sha, atMs: Date.parse(note.at), verdict: note.verdict }));
  const metrics = computeMetrics({ sinceMs: request.sinceMs, nowMs: request.nowMs, merges, canaries: [...noted, ...records.canaries], attempts: records.attempts, spends: records.spends });
  return { metrics, skippedRecords: records.skipped };
}

// src/core/metrics/render-metrics-lines.ts
var percent = (rate2) => rate2.rate === void 0 ? "n/a" : `${(100 * rate2.rate).toFixed(1)}% (${rate2.count}/${rate2.of})`;
var rateOnly = (rate2) => rate2.rate === void 0 ? "n/a" : `${(100 * rate2.rate).toFixed(1)}%`;
var time = (ms) => ms === void 0 ? "n/a" : formatDuration(ms);
var describeMergeSuccess = (m) => `${m.count} of ${m.of} work order(s) merged without a person at their first decision, ${m.held} held, ${m.failed} failed; all decisions: ${m.attempts.merged} merged, ${m.attempts.held} held, ${m.attempts.failed} failed`;
var describeCanaryFailure = (c) => `${c.count} of ${c.of} canaried commit(s) RED at their final judged verdict; ${c.runs} canary run(s)`;
var changesOnMain = "changes on main (first-parent commits, reverts aside)";
var describeIncidents = (metrics) => {
  const open = metrics.incidents.filter((incident) => incident.restoredMs === void 0).length;
  return `${metrics.incidents.length} incident(s), ${open} still open`;
};
function metricsRows(metrics) {
  return [
    ["work order lead time (p50)", `${time(metrics.leadTimeP50Ms)} over ${metrics.leadTimes.length} work order(s), from the start of the attempt that merged to main`],
    ["merge success (per work order)", `${rateOnly(metrics.mergeSuccess)} (${describeMergeSuccess(metrics.mergeSuccess)})`],
    ["canary failure (per commit)", `${rateOnly(metrics.canaryFailure)} (${describeCanaryFailure(metrics.canaryFailure)})`],
    ["mean time to restore", `${time(metrics.mttrMeanMs)} (p50 ${time(metrics.mttrP50Ms)}, ${describeIncidents(metrics)})`],
    ["change failure rate", `${percent(metrics.changeFailure)} of ${changesOnMain} later reverted or fixed`],
    ["bad-revert rate", `${percent(metrics.badReverts)}, ${metrics.revertsOfReverts} revert(s) of a revert`],
    ["regression tests per fix", metrics.regressionTestsPerFix === void 0 ? "n/a" : `${metrics.regressionTestsPerFix.toFixed(1)} over ${metrics.fixes} fix(es)`],
    ["agent spend per merged work order", metrics.spendPerMerge ? `$${metrics.spendPerMerge.meanUsd.toFixed(4)} ($${metrics.spendPerMerge.costUsd.toFixed(4)}, ${metrics.spendPerMerge.tokens.toLocaleString("en-US")} tokens over ${metrics.spendPerMerge.workOrders} work order(s))` : "n/a"]
  ];
}
function renderMetricsLines(metrics) {
  const rows = metricsRows(metrics);
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)} ${value}`);
}

// src/core/metrics/render-metrics-markdown.ts
var percent2 = (r) => r.rate === void 0 ? "n/a (no data)" : `${(100 * r.rate).toFixed(1)}% (${r.count} of ${r.of})`;
var duration = (ms) => ms === void 0 ? "n/a (no data)" : formatDuration(ms);
var hours = (ms) => ms === void 0 ? 0 : Number((ms / 36e5).toFixed(1));
function chart(title, weeks, axis, series) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${title}"`,
    `  x-axis [${weeks.map((w) => `"${w.week.slice(5)}"`).join(", ")}]`,
    `  y-axis "${axis}" 0 --> ${Math.ceil(max * 1.1)}`,
    ...series.map((s) => `  ${s.kind} [${s.values.join(", ")}]`),
    "```"
  ].join("\n");
}
function renderMetricsMarkdown(metrics) {
  const since = new Date(metrics.sinceMs).toISOString().slice(0, 10);
  const until = new Date(metrics.nowMs).toISOString().slice(0, 10);
  const weeks = metrics.weeks;
  const rows = [
    ["Work order lead time (p50)", duration(metrics.leadTimeP50Ms), `${metrics.leadTimes.length} work order(s), from the start of the attempt that merged to its merge on main`],
    ["Merge success (per work order)", percent2(metrics.mergeSuccess), describeMergeSuccess(metrics.mergeSuccess)],
    ["Canary failure (per commit)", percent2(metrics.canaryFailure), describeCanaryFailure(metrics.canaryFailure)],
    ["Mean time to restore", duration(metrics.mttrMeanMs), `p50 ${duration(metrics.mttrP50Ms)}; ${describeIncidents(metrics)}`],
    ["Change failure rate", percent2(metrics.changeFailure), `${changesOnMain} later reverted or fixed`],
    ["Bad-revert rate", percent2(metrics.badReverts), `${metrics.revertsOfReverts} revert(s) of a revert`],
    ["Regression tests per fix", metrics.regressionTestsPerFix === void 0 ? "n/a (no fixes)" : metrics.regressionTestsPerFix.toFixed(1), `${metrics.fixes} fix(es)`],
    ["Agent spend per merged work order", metrics.spendPerMerge ? `$${metrics.spendPerMerge.meanUsd.toFixed(4)}` : "n/a (no spend records)", metrics.spendPerMerge ? `$${metrics.spendPerMerge.costUsd.toFixed(4)} and ${metrics.spendPerMerge.tokens} tokens over ${metrics.spendPerMerge.workOrders} work order(s), every attempt counted` : "agent-spend run records"]
  ];
  return [
    `## Shopfloor metrics, ${since} to ${until}`,
    "",
    "| Metric | Value | Notes |",
    "|---|---|---|",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    "### Weekly trends",
    "",
    chart("Changes on main (bars) and reverts (line) per week", weeks, "count", [
      { kind: "bar", values: weeks.map((w) => w.merges) },
      { kind: "line", values: weeks.map((w) => w.reverts) }
    ]),
    "",
    chart("Canaried commits (bars) and RED commits (line) per week", weeks, "commits", [
      { kind: "bar", values: weeks.map((w) => w.canaryCommits) },
      { kind: "line", values: weeks.map((w) => w.canaryRed) }
    ]),
    "",
    chart("Work order lead time, p50 hours", weeks, "hours", [{ kind: "line", values: weeks.map((w) => hours(w.leadTimeP50Ms)) }]),
    ""
  ].join("\n");
}

export {
  metricsRows,
  renderMetricsLines,
  collectMetrics,
  renderMetricsMarkdown
};
