import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  VerifyInputError,
  createVerifyAdapters,
  loadVerifyInputs,
  mergeBaseWithFirst,
  reportNotesRef,
  verifyChange
} from "./chunk-ECS34EJX.js";
import "./chunk-EYP3A2UM.js";
import {
  publishGatesCheck
} from "./chunk-Q7AZTRKS.js";
import "./chunk-XUB6JFXV.js";
import {
  SigningKeyError,
  createEd25519Signer
} from "./chunk-RMU52COZ.js";
import {
  uploadActionsArtifact
} from "./chunk-M4ZOA27M.js";
import {
  parseImplementCommit
} from "./chunk-BBQ6MHDA.js";
import "./chunk-K6CQJVOK.js";
import {
  createNodeRepoFiles
} from "./chunk-YCZYYL3Z.js";
import {
  ActionExit,
  ActionInputError,
  runLink
} from "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import {
  parseAgentBranch
} from "./chunk-MAAELMKE.js";
import {
  formatFinding
} from "./chunk-6UYLTFXC.js";
import {
  formatDuration
} from "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";

// src/entrypoints/action/verify-action.ts
import { randomBytes } from "node:crypto";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { arch, availableParallelism, tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";

// src/core/action/publishable-logs.ts
function publishableLogs(report) {
  const withLogs = report.gates.filter((gate) => gate.logDigest).map((gate) => ({ id: gate.id, logDigest: gate.logDigest }));
  const secrets = report.gates.find((gate) => gate.id === "secrets");
  if (withLogs.length > 0 && secrets && (secrets.status === "fail" || secrets.status === "error")) {
    return { gates: [], withheld: `Gate logs were not uploaded: the \`secrets\` gate ${secrets.status === "fail" ? "found possible secrets" : "could not run"}, so a log may hold one. Read them on the runner by digest, rotate what leaked, and run again.` };
  }
  return { gates: withLogs };
}

// src/core/action/render-verify-summary.ts
var mark = { pass: "\u2705 pass", fail: "\u274C fail", flaky: "\u26A0\uFE0F flaky", error: "\u{1F4A5} error", skipped: "\u23ED\uFE0F skipped", cached: "\u267B\uFE0F cached" };
var cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
var plain = (text) => cell(text.replace(/[\\`*_[\]<>#!~]/g, "\\$&").replace(/@(?=[A-Za-z0-9])/g, "@\u2060"));
function renderVerifySummary(input) {
  const { report } = input;
  const lines = [
    `## Shopfloor verify: ${input.passed ? "\u2705 passed" : "\u274C failed"}`,
    "",
    `Head \`${report.head.slice(0, 12)}\`${report.workOrder ? `, work order \`${report.workOrder.id}\`` : ""}; ${report.signature ? `signed by \`${report.signature.keyId}\`` : "unsigned (set the `signing-key` input)"}.`,
    "",
    "| gate | result | attempts | duration | log | why |",
    "|---|---|---|---|---|---|",
    ...report.gates.map((gate) => {
      const link = gate.logDigest ? input.logLinks[gate.id] : void 0;
      return `| ${cell(gate.id)} | ${mark[gate.status]}${gate.exitCode !== void 0 && gate.status !== "pass" ? ` (exit ${gate.exitCode})` : ""} | ${gate.attempts} | ${formatDuration(gate.durationMs)} | ${link ? `[log](${link})` : gate.logDigest ? `\`${gate.logDigest.slice(0, 19)}\`` : "\u2014"} | ${gate.status !== "pass" && gate.reason ? plain(gate.reason) : ""} |`;
    }),
    "",
    `Report \`${input.reportDigest.slice(0, 19)}\`${input.reportLink ? ` ([download](${input.reportLink}))` : ""}.`,
    ...input.notes.map((note) => `
> ${note}`)
  ];
  return `${lines.join("\n")}
`;
}

// src/workflows/verify/read-refusal-record.ts
async function readRefusalRecord(git, repoDir, range, workOrderId, outside) {
  for (const commit of [...await git.log(repoDir, { from: range.base, to: range.head })].reverse()) {
    const record = parseImplementCommit(`${commit.subject}

${commit.body}`);
    if (!record || record.workOrder !== workOrderId) continue;
    return record.refused.length > 0 ? { paths: record.refused, decision: outside, commit: commit.sha } : void 0;
  }
  return void 0;
}

// src/entrypoints/action/verify-action.ts
async function verifyAction({ inputs, io, root, git, forge }) {
  const workOrder = inputs.workOrder ?? agentWorkOrder(inputs.branch, io);
  if (workOrder !== void 0 && inputs.workOrder === void 0) io.log(`work order ${workOrder}, from the agent branch (no \`work-order\` input)`);
  const loaded = await loadVerifyInputs(createNodeRepoFiles(root), workOrder);
  if (!loaded.ok) {
    for (const finding of loaded.findings) io.error(formatFinding(finding), { file: relative(io.context.workspace, join(root, finding.file)).split(sep).join("/"), ...finding.line > 0 ? { line: finding.line, column: finding.column } : {} });
    throw new ActionInputError(workOrder && !loaded.findings.length ? "work-order" : void 0, loaded.message ?? `fix the ${loaded.findings.length} problem(s) above in ${root}, then run verify again`);
  }
  const signer = inputs.signingKey ? loadSigner(inputs.signingKey, io.mask) : void 0;
  const adapters = createVerifyAdapters(root, await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), "shopfloor-state-")));
  const head = await git.revParse(root, "HEAD") ?? "";
  if (!head) throw new ActionInputError("working-directory", `${root} is not a git checkout with a commit; run actions/checkout first`);
  const pullHead = io.context.event.pull_request?.head?.sha;
  if (typeof pullHead === "string" && pullHead !== head) throw new ActionInputError(void 0, `verify checked out ${head.slice(0, 12)}, but the pull request head is ${pullHead.slice(0, 12)}: a report proves only its own commit. Check out the head: actions/checkout with \`ref: \${{ github.event.pull_request.head.sha }}\` and \`fetch-depth: 0\``);
  const base = inputs.base ? await baseOfChange(git, root, inputs.base, io) : await mergeBaseWithFirst(git, root, [...io.env.GITHUB_BASE_REF ? [`origin/${io.env.GITHUB_BASE_REF}`, io.env.GITHUB_BASE_REF] : [], "origin/main", "origin/master", "main", "master"], "HEAD");
  const refused = loaded.workOrder ? await readRefusalRecord(git, root, { base, head }, loaded.workOrder.value.id, loaded.policy.scope.outside) : void 0;
  if (refused) io.log(`the implement job left out ${refused.paths.join(", ")} (outside the scope; recorded on ${refused.commit.slice(0, 12)}); policy scope.outside: ${refused.decision}`);
  const scratchDir = await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), "shopfloor-verify-"));
  const runId = `gh-${io.context.runId ?? "local"}-${randomBytes(3).toString("hex")}`;
  let result;
  try {
    result = await verifyChange({
      repoDir: root,
      base,
      head: "HEAD",
      ...loaded.workOrder ? { workOrder: loaded.workOrder } : {},
      ...refused ? { refused: { paths: refused.paths, decision: refused.decision, patch: `the implement job's artifacts (linked from the run document)` } } : {},
      policy: loaded.policy,
      policyFile: loaded.policyFile,
      policyText: loaded.policyText,
      ...inputs.gates ? { gates: inputs.gates } : {},
      ...adapters,
      ...signer ? { signer } : {},
      clock: { now: () => Date.now() },
      sourceEnv: io.env,
      scratchDir,
      runId,
      knownSecrets: [inputs.signingKey, inputs.githubToken].filter((value) => Boolean(value)),
      environment: { os: adapters.runner.platform, arch: arch(), node: process.version, runner: io.env.RUNNER_NAME ?? "github-actions", cpus: availableParallelism() },
      // A clean work copy of the checked-out commit: the checkout's .git holds the job's token (persisted credentials).
      signal: io.signal,
      noteRef: reportNotesRef,
      onProgress: (event) => event.type === "finished" ? io.log(`${event.result.status.padEnd(7)} ${event.result.id}`) : void 0
    });
  } catch (error) {
    if (error instanceof VerifyInputError) throw new ActionInputError(void 0, error.problems.join("; "));
    throw error;
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
  const reportFile = await readFile(result.reportPath, "utf8");
  io.setOutput("verdict", result.passed ? "pass" : "fail");
  io.setOutput("report-path", result.reportPath);
  io.setOutput("report-digest", result.reportDigest);
  if (result.attestationPath) io.log(`in-toto attestation (DSSE envelope) of the report: ${result.attestationPath}`);
  const notes = [];
  const logLinks = {};
  let reportLink;
  const logs = publishableLogs(result.report);
  if (logs.withheld) notes.push(logs.withheld);
  if (inputs.uploadArtifacts) {
    try {
      const uploaded = await uploadReportFiles(`shopfloor-report-${runId}`, result, io);
      reportLink = uploaded.url;
      for (const gate of logs.gates) {
        const path = adapters.store.pathOf(gate.logDigest);
        logLinks[gate.id] = (await uploadActionsArtifact(`shopfloor-log-${gate.id}-${runId}`, [path], dirname(path), runLink(io))).url;
      }
    } catch (error) {
      const message = `artifact upload failed (${error instanceof Error ? error.message : String(error)}); the report is in the check run and at ${result.reportPath}`;
      io.warning(message);
      notes.push(message);
    }
  }
  const attestationNote = result.attestationPath ? attestationLine(result.attestationPath, reportLink) : void 0;
  const published = await publishGatesCheck(forge(), io.context.repo, result.report, reportFile, io.context.runUrl, attestationNote);
  io.setOutput("check-run-id", String(published.checkRunId));
  if (!published.enveloped) notes.push("The signed report is larger than a check run can carry (65,535 characters), so the App cannot read it from the check run; it is in the artifacts and the `report-path` output.");
  if (result.report.dirty) notes.push("The checkout had uncommitted changes, so this report proves nothing about a commit.");
  await io.appendSummary(renderVerifySummary({ report: result.report, passed: result.passed, reportDigest: result.reportDigest, logLinks, ...reportLink ? { reportLink } : {}, notes }));
  io.log(`report ${result.reportDigest} (${result.passed ? "passed" : "failed"}); check run ${published.checkRunId}`);
  return result.passed ? ActionExit.ok : ActionExit.failed;
}
async function baseOfChange(git, root, base, io) {
  if ((await git.raw(root, ["merge-base", "--is-ancestor", base, "HEAD"])).exitCode === 0) return base;
  const mergeBase = await mergeBaseWithFirst(git, root, [base], "HEAD");
  if (mergeBase !== "HEAD") io.log(`HEAD does not contain ${base.slice(0, 12)}; comparing with their merge base ${mergeBase.slice(0, 12)} (the Shopfloor App brings ${base.slice(0, 12)} into the branch before landing it)`);
  return mergeBase === "HEAD" ? base : mergeBase;
}
function agentWorkOrder(input, io) {
  const pullHead = io.context.event.pull_request?.head?.ref;
  const branch = input || io.env.GITHUB_HEAD_REF || (typeof pullHead === "string" ? pullHead : void 0) || io.env.GITHUB_REF_NAME;
  return branch ? parseAgentBranch(branch)?.workOrderId : void 0;
}
async function uploadReportFiles(name, result, io) {
  const dir = await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), "shopfloor-report-"));
  try {
    await copyFile(result.reportPath, join(dir, "report.json"));
    if (result.attestationPath) await copyFile(result.attestationPath, join(dir, "report.intoto.jsonl"));
    return await uploadActionsArtifact(name, [join(dir, "report.json"), ...result.attestationPath ? [join(dir, "report.intoto.jsonl")] : []], dir, runLink(io));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
function attestationLine(path, artifactUrl) {
  const where = artifactUrl ? `\`report.intoto.jsonl\` in the [report artifact](${artifactUrl})` : `\`${path}\` in the job's workspace (artifact upload is off)`;
  return `In-toto attestation of this report (DSSE envelope, Ed25519): ${where}. Check it with \`shopfloor report verify <file>\` or any DSSE verifier and the signer's public key.`;
}
function loadSigner(pem, mask) {
  mask(pem);
  try {
    return createEd25519Signer(pem.includes("\\n") && !pem.includes("\n") ? pem.replace(/\\n/g, "\n") : pem);
  } catch (error) {
    if (error instanceof SigningKeyError) throw new ActionInputError("signing-key", `${error.message}; pass the PEM of an Ed25519 private key (shopfloor report keygen) from a secret`);
    throw error;
  }
}
export {
  verifyAction
};
