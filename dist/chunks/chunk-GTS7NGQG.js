import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  external_exports,
  parseDuration
} from "./chunk-GBB54T6E.js";

// src/entrypoints/action/runner-io.ts
import { readFileSync } from "node:fs";

// src/core/action/action-inputs.ts
var actionCommands = ["implement", "verify", "canary", "bisect", "revert", "metrics"];
var text = (description, fallback) => external_exports.string().default(fallback).meta({ description });
var optional = (description) => external_exports.string().optional().meta({ description });
var actionInputsSchema = external_exports.object({
  command: external_exports.enum(actionCommands).meta({ description: `What to run: ${actionCommands.join(" | ")}.` }),
  "working-directory": text("The repository checkout to work in, relative to the workspace.", "."),
  "github-token": optional("Token for the GitHub API. A GitHub App token makes the PRs it opens trigger workflows; `GITHUB_TOKEN` does not.").meta({ actionDefault: "${{ github.token }}" }),
  "signing-key": optional("verify: Ed25519 private key (PEM) that signs the report; pass a secret. Without it the report is unsigned and the App will not trust it."),
  "work-order": optional("implement: the work order to implement (required); verify: the work order whose scope, acceptance commands and test-first rule apply."),
  "run-id": optional("implement: the run id whose run document is streamed to the tracking comment (the App passes its own; default: `<work-order>-<GITHUB_RUN_ID>`)."),
  branch: optional("implement: the agent branch `agent/<work-order>/<8 hex>` to continue and push (the App passes the one it created; default: made from the run id); verify: the branch under test, whose work order applies when `work-order` is not given (default: the pull request head branch)."),
  issue: optional("implement: the issue number whose tracking comment shows the run document live."),
  "app-id": optional("implement: the Shopfloor GitHub App's id; only a tracking comment written by this App is continued (without it, one written by any App is)."),
  retry: text("implement: `true` when the App dispatched this job as a retry (`/shopfloor retry` or an automatic one): the run document must be continued from the tracking comment, whose pending directives the agent acts on (`true` | `false`).", "false"),
  phase: text("implement: `implement` (the implementer; changes, push, draft PR) or `plan` (only the architect role: the plan goes into the run document for the App's plan approval; nothing is committed).", "implement"),
  provider: optional("implement: the agent provider type, `replay`, `command` or `openai` (default: the work order's or the policy's). Provider keys come from the job `env:` (e.g. `OPENAI_API_KEY`)."),
  transcript: optional("implement: for `provider: replay`, the recorded transcript to play back (relative to working-directory)."),
  base: optional("verify: what the change is compared with (default: the merge base with the default branch)."),
  gates: optional("verify: only these gates (comma-separated) and what they need."),
  "upload-artifacts": text("verify: upload gate logs and the report with @actions/artifact (`true` | `false`).", "true"),
  "on-red": text("canary: what a RED verdict does beyond the failed check run and status: `report` (the Shopfloor App bisects and reverts) or `revert` (no App: bisect here, then open the revert PR with `github-token`).", "report"),
  good: text("bisect: a commit where the check passed.", "refs/shopfloor/canary/last-good"),
  bad: text("bisect: a commit where the check failed.", "HEAD"),
  run: optional("bisect: the failing check (exit 0 good, 125 skip, other bad; default: the policy's canary build and flows); revert: recorded as the bug work order reproducer."),
  runners: text("bisect (and canary with `on-red: revert`): probes run in parallel per round, each in its own worktree.", "4"),
  "flake-rate": optional("bisect: the chance that a good commit fails anyway (0 to 0.5); failures are confirmed by reruns."),
  culprit: optional("revert: the first-parent merge to revert (bisect's `culprit` output)."),
  confidence: optional("revert: the bisect's confidence in the culprit (0 to 1); below revert.minConfidence the PR needs review."),
  since: text("metrics: how far back to look, e.g. `30d` or `12w`.", "30d"),
  "issue-title": text("metrics: title of the issue that carries the report (found again by a hidden key and updated).", "Shopfloor metrics")
});
function parseActionInputs(raw) {
  const present = Object.fromEntries(Object.entries(raw).filter(([, value2]) => value2 !== void 0 && value2.trim() !== "").map(([key, value2]) => [key, value2.trim()]));
  const parsed = actionInputsSchema.safeParse(present);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => {
        const input = String(issue.path[0] ?? "command");
        if (input === "command") return { input, message: present.command ? `"${present.command}" is not a command; use one of ${actionCommands.join(", ")}` : `is required; set \`command:\` to one of ${actionCommands.join(", ")}` };
        return { input, message: issue.message };
      })
    };
  }
  const v = parsed.data;
  const errors = [];
  const number = (input, min, max, integer) => {
    const source = v[input];
    if (source === void 0) return void 0;
    const value2 = Number(source);
    if (Number.isFinite(value2) && value2 >= min && value2 <= max && (!integer || Number.isInteger(value2))) return value2;
    errors.push({ input, message: `"${source}" is not valid; give ${integer ? "a whole number" : "a number"} from ${min} to ${max}` });
    return void 0;
  };
  const required = (input, what) => {
    const value2 = v[input];
    if (value2 === void 0) errors.push({ input, message: `is required for \`command: ${v.command}\`; set it to ${what}` });
    return value2 ?? "";
  };
  const common = { workingDirectory: v["working-directory"], ...v["github-token"] ? { githubToken: v["github-token"] } : {} };
  const value = (() => {
    switch (v.command) {
      case "implement": {
        const workOrder = required("work-order", "the id of a work order in workorders/ (the App passes it)");
        const issue = number("issue", 1, Number.MAX_SAFE_INTEGER, true);
        const appId = number("app-id", 1, Number.MAX_SAFE_INTEGER, true);
        const provider = v.provider;
        if (provider !== void 0 && provider !== "replay" && provider !== "command" && provider !== "openai") errors.push({ input: "provider", message: `"${provider}" is not a provider type; use replay, command or openai` });
        if (v.retry !== "true" && v.retry !== "false") errors.push({ input: "retry", message: `"${v.retry}" is not a boolean; write true or false` });
        if (v.phase !== "plan" && v.phase !== "implement") errors.push({ input: "phase", message: `"${v.phase}" is not a phase; write plan or implement` });
        if (v.branch !== void 0 && !v.branch.startsWith(`agent/${workOrder}/`)) errors.push({ input: "branch", message: `"${v.branch}" is not an agent branch of ${workOrder || "the work order"}; write agent/${workOrder || "<work-order>"}/<8 hex digits> or leave it unset` });
        return {
          ...common,
          command: "implement",
          phase: v.phase === "plan" ? "plan" : "implement",
          retry: v.retry === "true",
          workOrder,
          ...v["run-id"] ? { runId: v["run-id"] } : {},
          ...v.branch ? { branch: v.branch } : {},
          ...issue !== void 0 ? { issue } : {},
          ...appId !== void 0 ? { appId } : {},
          ...provider === "replay" || provider === "command" || provider === "openai" ? { provider } : {},
          ...v.transcript ? { transcript: v.transcript } : {}
        };
      }
      case "verify": {
        const upload = v["upload-artifacts"];
        if (upload !== "true" && upload !== "false") errors.push({ input: "upload-artifacts", message: `"${upload}" is not a boolean; write true or false` });
        const gates = v.gates?.split(",").map((g) => g.trim()).filter(Boolean);
        return { ...common, command: "verify", uploadArtifacts: upload !== "false", ...v["signing-key"] ? { signingKey: v["signing-key"] } : {}, ...v["work-order"] ? { workOrder: v["work-order"] } : {}, ...v.branch ? { branch: v.branch } : {}, ...v.base ? { base: v.base } : {}, ...gates?.length ? { gates } : {} };
      }
      case "canary": {
        const onRed = v["on-red"];
        if (onRed !== "report" && onRed !== "revert") errors.push({ input: "on-red", message: `"${onRed}" is not an action; write report or revert` });
        return { ...common, command: "canary", onRed: onRed === "revert" ? "revert" : "report", runners: number("runners", 1, 64, true) ?? 1 };
      }
      case "bisect": {
        const runners = number("runners", 1, 64, true) ?? 1;
        const flakeRate = number("flake-rate", 0, 0.5, false);
        return { ...common, command: "bisect", good: v.good, bad: v.bad, ...v.run ? { run: v.run } : {}, runners, ...flakeRate !== void 0 ? { flakeRate } : {} };
      }
      case "revert": {
        const culprit = required("culprit", "the merge commit to revert (bisect's `culprit` output)");
        const confidence = number("confidence", 0, 1, false);
        return { ...common, command: "revert", culprit, ...confidence !== void 0 ? { confidence } : {}, ...v.run ? { run: v.run } : {} };
      }
      case "metrics": {
        const sinceMs = parseDuration(v.since);
        if (!sinceMs) errors.push({ input: "since", message: `"${v.since}" is not a duration; write it like 30d or 12w` });
        return { ...common, command: "metrics", since: v.since, sinceMs: sinceMs ?? 0, issueTitle: v["issue-title"] };
      }
    }
  })();
  return errors.length ? { ok: false, errors } : { ok: true, value };
}

// src/entrypoints/action/runner-io.ts
function readInputs(core) {
  return Object.fromEntries(Object.keys(actionInputsSchema.shape).map((name) => [name, core.getInput(name) || void 0]));
}
var secretInputs = ["github-token", "signing-key"];
function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function createRunnerIo(core, env, cwd, signal) {
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  const repo = env.GITHUB_REPOSITORY ?? "";
  const secretNames = new Set(secretInputs.map(inputVariable));
  const properties = (place) => place ? { file: place.file, ...place.line ? { startLine: place.line } : {}, ...place.line && place.column ? { startColumn: place.column } : {} } : {};
  return {
    // Credentials stay in `inputs`; the environment every child process is built from never holds them.
    env: Object.fromEntries(Object.entries(env).filter(([name]) => !secretNames.has(name.toUpperCase()))),
    inputs: readInputs(core),
    context: {
      repo,
      sha: env.GITHUB_SHA ?? "",
      workspace: env.GITHUB_WORKSPACE ?? cwd,
      apiUrl: env.GITHUB_API_URL ?? "https://api.github.com",
      serverUrl,
      event: readEvent(env.GITHUB_EVENT_PATH),
      ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID, runUrl: `${serverUrl}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` } : {},
      ...env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}
    },
    log: (line) => core.info(line),
    error: (message, place) => core.error(message, properties(place)),
    warning: (message, place) => core.warning(message, properties(place)),
    mask: (secret) => {
      for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) core.setSecret(line.trim());
    },
    setOutput: (name, value) => {
      if (!env.GITHUB_OUTPUT) return core.info(`output ${name}=${value.split("\n")[0]} (not on a runner: $GITHUB_OUTPUT is unset)`);
      core.setOutput(name, value);
    },
    appendSummary: async (markdown) => {
      if (!env.GITHUB_STEP_SUMMARY) return core.info("job summary skipped (not on a runner: $GITHUB_STEP_SUMMARY is unset)");
      await core.summary.addRaw(markdown, !markdown.endsWith("\n")).write();
    },
    signal
  };
}
function readEvent(path) {
  if (!path) return {};
  try {
    const parsed = JSON.parse(readFileSync(path, "utf8"));
    return parsed && typeof parsed === "object" ? parsed : {};
  } catch {
    return {};
  }
}

export {
  parseActionInputs,
  secretInputs,
  inputVariable,
  createRunnerIo
};
