import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  findCulprit
} from "./chunk-DOPIGAY7.js";
import {
  openRevert
} from "./chunk-C7UZPIDC.js";
import "./chunk-ZZTEFBYO.js";
import {
  runCanary
} from "./chunk-RHKU7ABM.js";
import "./chunk-ECS34EJX.js";
import {
  createNodeScratchSpace
} from "./chunk-DJ27KTAJ.js";
import {
  commandEnvNames
} from "./chunk-EYP3A2UM.js";
import {
  canaryNotesRef,
  lastGoodRef,
  loadPolicy
} from "./chunk-TM25LLGT.js";
import "./chunk-5FYM5LCL.js";
import "./chunk-RMU52COZ.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-5DKAEYLC.js";
import "./chunk-BBQ6MHDA.js";
import {
  createJudgedRunner,
  gateBoxSettings
} from "./chunk-K6CQJVOK.js";
import "./chunk-PWPFLBTK.js";
import "./chunk-Y3RDH5SM.js";
import "./chunk-YCZYYL3Z.js";
import {
  ActionExit,
  ActionInputError,
  runLink
} from "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-4LBIUF4J.js";
import "./chunk-MAAELMKE.js";
import "./chunk-7CCSRXTP.js";
import {
  policyPath
} from "./chunk-6UYLTFXC.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";

// src/entrypoints/action/canary-action.ts
var canaryCheckName = "shopfloor/canary";
var published = {
  GREEN: { conclusion: "success", state: "success" },
  FLAKY: { conclusion: "neutral", state: "success" },
  RED: { conclusion: "failure", state: "failure" },
  INCONCLUSIVE: { conclusion: "neutral", state: "error" }
};
async function canaryAction(context) {
  const { inputs, io, root, git, forge, push, fetch } = context;
  const policy = await loadPolicy(root);
  if (!policy.canary) throw new ActionInputError(void 0, `${policyPath} has no "canary:" section; add a build command and flows (see shopfloor init), then run the canary again`);
  const hasOrigin = (await git.raw(root, ["remote", "get-url", "origin"])).exitCode === 0;
  if (hasOrigin) for (const ref of [lastGoodRef, canaryNotesRef]) await fetch(["--quiet"], [`+${ref}:${ref}`]);
  const before = await git.revParse(root, lastGoodRef);
  const runner = createJudgedRunner();
  const box = gateBoxSettings(runner.isolation, policy.isolation);
  if (!box.ok) throw new ActionInputError(void 0, box.message);
  const result = await runCanary(
    { repoDir: root, box: box.settings, rev: "HEAD", policy: policy.canary, env: io.env, policyEnv: policy.env ?? [], now: () => /* @__PURE__ */ new Date(), signal: io.signal, onRun: (e) => io.log(`${e.sha.slice(0, 12)} ${e.flow} ${e.run.result}`) },
    { git, runner, scratch: createNodeScratchSpace() }
  );
  const { verdict } = result;
  if (hasOrigin) {
    const lease = `--force-with-lease=${lastGoodRef}:${before ?? ""}`;
    const pushes = [...result.advanced ? [[[lease], `${lastGoodRef}:${lastGoodRef}`]] : [], [[], `${canaryNotesRef}:${canaryNotesRef}`]];
    for (const [options, refspec] of pushes) {
      const pushed = await push(["--quiet", ...options], [refspec]);
      if (pushed.exitCode !== 0) io.warning(`could not push ${refspec} to origin (${pushed.stderr.trim()}); the next canary learns less. Give the job \`contents: write\`.`);
    }
  }
  const checkSummary = [...verdict.reasons, ...verdict.warnings].join("\n") || `canary ${verdict.verdict}`;
  const title = `${verdict.verdict}${verdict.regressed.length ? `: regressed ${verdict.regressed.join(", ")}` : ""}`;
  const mapping = published[verdict.verdict];
  const check = await forge().ensureCheckRun(io.context.repo, { name: canaryCheckName, headSha: result.sha, status: "completed", conclusion: mapping.conclusion, output: { title, summary: checkSummary }, externalId: `canary-${result.sha}`, ...io.context.runUrl ? { detailsUrl: io.context.runUrl } : {} });
  await forge().setCommitStatus(io.context.repo, result.sha, { context: canaryCheckName, state: mapping.state, description: title, targetUrl: runLink(io) }).catch((error) => io.warning(`could not set the ${canaryCheckName} commit status (${error instanceof Error ? error.message : String(error)}); give the job \`statuses: write\``));
  io.setOutput("verdict", verdict.verdict);
  io.setOutput("check-run-id", String(check.value.id));
  const summary = [
    `## Shopfloor canary: ${verdict.verdict} at \`${result.sha.slice(0, 12)}\``,
    "",
    ...[...verdict.reasons, ...verdict.warnings].map((line) => `- ${line}`),
    "",
    verdict.verdict === "GREEN" ? result.advanced ? `\`${lastGoodRef}\` advanced to \`${result.sha.slice(0, 12)}\`.` : `\`${lastGoodRef}\` moved meanwhile and was not advanced; run the canary again.` : "",
    verdict.verdict === "RED" ? `Next: find the culprit with \`command: bisect\` (good: \`${result.lastGood ?? lastGoodRef}\`, bad: \`${result.sha.slice(0, 12)}\`), then \`command: revert\`. With the Shopfloor App installed it does this when this canary workflow run fails.` : "",
    verdict.verdict === "INCONCLUSIVE" ? "Holding: nothing is blamed or reverted on missing data; fix the infrastructure and run the canary again." : ""
  ];
  if (verdict.verdict === "RED" && inputs.onRed === "revert") summary.push("", ...await revertOnRed(context, result, policy.canary, policy.env ?? []));
  await io.appendSummary(summary.join("\n"));
  return verdict.verdict === "GREEN" || verdict.verdict === "FLAKY" ? ActionExit.ok : ActionExit.failed;
}
async function revertOnRed(context, result, policy, policyEnv) {
  const { io } = context;
  const flow = policy.flows.find((f) => result.verdict.regressed.includes(f.id));
  const run = flow?.run ?? policy.build;
  if (!result.lastGood || !run) return [`Not reverting: ${!result.lastGood ? `there is no \`${lastGoodRef}\` yet, so there is no good commit to bisect from` : "no failing flow command to bisect with"}.`];
  const flakeRate = Math.min(0.5, result.flakeRates[flow?.id ?? ""] ?? policy.flakeRate);
  const found = await findCulprit(context, { good: result.lastGood, bad: result.sha, run, env: commandEnvNames(policyEnv, flow?.env), runners: context.inputs.runners, ...flakeRate > 0 ? { flakeRate } : {} });
  if (found.culprit) {
    io.setOutput("culprit", found.culprit);
    io.setOutput("confidence", (found.confidence ?? 0).toFixed(4));
  }
  if (!found.culprit) return [...found.summary, "", "Not reverting: no single culprit was found."];
  const outcome = await openRevert(context, { culprit: found.culprit, ...found.confidence !== void 0 ? { confidence: found.confidence } : {}, run });
  if (outcome.created) io.setOutput("pr-number", String(outcome.prNumber));
  return [...found.summary, "", ...outcome.summary];
}
export {
  canaryAction,
  canaryCheckName
};
