import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  revertWithLocalGates
} from "./chunk-RHKU7ABM.js";
import {
  loadPolicy
} from "./chunk-TM25LLGT.js";
import {
  ActionExit,
  ActionInputError,
  runLink
} from "./chunk-DBDOEXGI.js";

// src/entrypoints/action/revert-action.ts
import { tmpdir } from "node:os";
var workflowTokenLimits = "A pull request opened with the workflow's `GITHUB_TOKEN` does not trigger `pull_request` workflows, so its checks never start: push an empty commit or re-open it as a person, or pass a GitHub App token as `github-token` (or install the Shopfloor App, which opens revert PRs itself).";
async function openRevert({ io, root, git, forge, push }, request) {
  const policy = await loadPolicy(root);
  const cli = { stdout: (text) => io.log(text.trimEnd()), stderr: (text) => io.log(text.trimEnd()), cwd: root, env: io.env, isTTY: false, signal: io.signal };
  const result = await revertWithLocalGates(root, cli, git, policy, {
    repoDir: root,
    culprit: request.culprit,
    onto: "HEAD",
    policy,
    nowMs: Date.now(),
    ...request.confidence !== void 0 ? { confidence: request.confidence } : {},
    ...request.run ? { failingCheck: { name: "failing-check", run: request.run } } : {}
  }, io.env.RUNNER_TEMP ?? tmpdir());
  if (!result.ok) throw new ActionInputError("culprit", result.message);
  const short = result.facts.culprit.sha.slice(0, 12);
  if (!result.created) return { created: false, summary: [`## Shopfloor revert: not reverting \`${short}\``, "", ...result.plan.reasons.map((r) => `- [${r.code}] ${r.message}`)] };
  const branch = result.plan.branch;
  const pushed = await push(["--quiet", "--force-with-lease"], [`${branch}:refs/heads/${branch}`]);
  if (pushed.exitCode !== 0) throw new Error(`could not push ${branch} to origin (${pushed.stderr.trim()}); give the job \`contents: write\``);
  const base = await forge().getDefaultBranch(io.context.repo);
  const body = [
    `Reverts ${result.facts.culprit.sha} ("${result.facts.culprit.subject}").`,
    "",
    `- gates: ${result.gates.passed ? "passed" : "FAILED"} (${result.gates.summary})`,
    ...result.canary ? [`- canary on ${base.name} + this revert: ${result.canary}`] : [],
    ...request.confidence !== void 0 ? [`- bisect confidence: ${request.confidence}`] : [],
    `- bug work order: \`${result.workOrder.path}\` (must add a regression test)`,
    `- policy: ${result.merge.autoMerge ? "may auto-merge" : "needs review before merging"}${result.merge.reasons.length ? `: ${result.merge.reasons.join("; ")}` : ""}`,
    "",
    `Opened by [this run](${runLink(io)}).`
  ].join("\n");
  const pull = await forge().ensurePullRequest(io.context.repo, { head: branch, base: base.name, title: `Revert "${result.facts.culprit.subject}"`, body, draft: false });
  return { created: true, prNumber: pull.value.number, summary: [`## Shopfloor revert: [#${pull.value.number}](${pull.value.url}) reverts \`${short}\``, "", body, "", `> ${workflowTokenLimits}`] };
}
async function revertAction(context) {
  const { inputs, io } = context;
  const outcome = await openRevert(context, inputs);
  io.setOutput("verdict", outcome.created ? "created" : "refused");
  if (outcome.created) io.setOutput("pr-number", String(outcome.prNumber));
  await io.appendSummary(outcome.summary.join("\n"));
  return outcome.created ? ActionExit.ok : ActionExit.failed;
}

export {
  workflowTokenLimits,
  openRevert,
  revertAction
};
