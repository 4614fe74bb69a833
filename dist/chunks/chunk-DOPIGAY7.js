import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  runBisect
} from "./chunk-ZZTEFBYO.js";
import {
  createNodeScratchSpace
} from "./chunk-DJ27KTAJ.js";
import {
  commandEnvNames
} from "./chunk-EYP3A2UM.js";
import {
  lastGoodRef,
  loadPolicy
} from "./chunk-TM25LLGT.js";
import {
  createJudgedRunner,
  gateBoxSettings
} from "./chunk-K6CQJVOK.js";
import {
  ActionExit,
  ActionInputError
} from "./chunk-DBDOEXGI.js";
import {
  buildEnvironment,
  policyPath
} from "./chunk-6UYLTFXC.js";

// src/entrypoints/action/bisect-action.ts
async function findCulprit({ io, root, git, fetch }, request) {
  if (request.good === lastGoodRef && (await git.raw(root, ["remote", "get-url", "origin"])).exitCode === 0) await fetch(["--quiet"], [`+${lastGoodRef}:${lastGoodRef}`]);
  const runner = createJudgedRunner();
  const { env } = buildEnvironment(io.env, { allow: request.env, platform: runner.platform });
  const box = gateBoxSettings(runner.isolation, (await loadPolicy(root)).isolation);
  if (!box.ok) throw new ActionInputError(void 0, box.message);
  const result = await runBisect(
    {
      repoDir: root,
      box: box.settings,
      good: request.good,
      bad: request.bad,
      command: request.run,
      env,
      signal: io.signal,
      options: { runners: request.runners, ...request.flakeRate !== void 0 ? { flakeRate: request.flakeRate } : {} },
      onProbe: (r) => io.log(`round ${r.round} ${r.probe.sha.slice(0, 12)} ${r.result} (exit ${r.exitCode}) ${r.subject}`)
    },
    { git, runner, scratch: createNodeScratchSpace() }
  );
  if (!result.ok) {
    if (result.kind === "bad-input") throw new ActionInputError(void 0, `${result.message} (inputs good, bad; fetch full history with actions/checkout \`fetch-depth: 0\`)`);
    return { verdict: "aborted", ok: false, summary: ["## Shopfloor bisect: aborted", "", result.message] };
  }
  const { plan, subjects } = result;
  const cost = `${plan.runs} run(s) in ${result.rounds} round(s) over ${result.range} first-parent commit(s), ${request.runners} at once`;
  const lines = [`## Shopfloor bisect: ${plan.kind}`, ""];
  if (plan.kind === "found") lines.push(`Culprit: \`${plan.culprit.sha.slice(0, 12)}\` ${subjects[plan.culprit.sha] ?? ""} (confidence ${plan.confidence.toFixed(4)}).`);
  else if (plan.kind === "no-regression") lines.push("The bad commit passed on the re-check: its red was a flake.");
  else if (plan.kind === "range") lines.push("The culprit is one of these commits, which could not be told apart (skipped):", "", ...plan.suspects.map((s) => `- \`${s.sha.slice(0, 12)}\` ${subjects[s.sha] ?? ""}`));
  else if (plan.kind === "budget") lines.push("Out of build budget before reaching confidence; top suspects:", "", ...plan.top.map((s) => `- ${(100 * s.probability).toFixed(1)}% \`${s.sha.slice(0, 12)}\` ${subjects[s.sha] ?? ""}`));
  lines.push("", cost);
  return {
    verdict: plan.kind,
    ok: plan.kind === "found" || plan.kind === "no-regression",
    summary: lines,
    ...plan.kind === "found" ? { culprit: plan.culprit.sha, confidence: plan.confidence } : {}
  };
}
async function bisectAction(context) {
  const { inputs, io } = context;
  const policy = await loadPolicy(context.root);
  let request = { good: inputs.good, bad: inputs.bad, run: inputs.run ?? "", runners: inputs.runners, env: commandEnvNames(policy.env, []), ...inputs.flakeRate !== void 0 ? { flakeRate: inputs.flakeRate } : {} };
  if (inputs.run === void 0) {
    const canary = policy.canary;
    const steps = canary ? [canary.build, ...canary.flows.map((flow) => flow.run)].filter((step) => Boolean(step)) : [];
    if (!canary || steps.length === 0) throw new ActionInputError("run", `is required when ${policyPath} has no canary to bisect with; set it to the command that fails at the bad commit, e.g. \`npm test\``);
    request = { ...request, run: steps.join(" && "), env: commandEnvNames(policy.env, canary.flows.flatMap((flow) => flow.env ?? [])), ...inputs.flakeRate === void 0 && canary.flakeRate > 0 ? { flakeRate: canary.flakeRate } : {} };
    io.log(`bisecting with the canary: ${request.run}`);
  }
  const found = await findCulprit(context, request);
  io.setOutput("verdict", found.verdict);
  if (found.culprit) io.setOutput("culprit", found.culprit);
  if (found.confidence !== void 0) io.setOutput("confidence", found.confidence.toFixed(4));
  await io.appendSummary([...found.summary, ...found.culprit ? ["", `Next: \`command: revert\` with \`culprit: ${found.culprit}\`.`] : []].join("\n"));
  if (found.verdict === "aborted") io.error(`bisect aborted: ${found.summary.at(-1) ?? ""}`);
  return found.ok ? ActionExit.ok : ActionExit.failed;
}

export {
  findCulprit,
  bisectAction
};
