import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  uploadActionsArtifact
} from "./chunk-M4ZOA27M.js";
import {
  createNodeAgentWorkspace,
  createRunStoreRecorder,
  implementWorkOrder,
  openRunWriter,
  readRepoInstructions,
  renderRolePrompt,
  resolveAgentSetup,
  roleDefinitions,
  secretValues,
  selectProvider,
  sha256Hex,
  wrapUntrusted
} from "./chunk-5DKAEYLC.js";
import {
  createRedactor
} from "./chunk-BBQ6MHDA.js";
import {
  createJudgedRunner
} from "./chunk-K6CQJVOK.js";
import "./chunk-PWPFLBTK.js";
import {
  validateRepo
} from "./chunk-Y3RDH5SM.js";
import {
  createNodeRepoFiles
} from "./chunk-YCZYYL3Z.js";
import {
  secretInputs
} from "./chunk-GTS7NGQG.js";
import {
  ActionExit,
  ActionInputError,
  runLink
} from "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import {
  directiveKey,
  encodeRunState,
  githubCommentLimit,
  missingDirectivePatches,
  pendingRetry,
  readEmbeddedRunState,
  readPendingDirectivesFromRunDocument,
  readRunDirectives,
  readRunState,
  renderDirectiveLine,
  renderRunComment,
  runCommentMarker,
  runStateRef
} from "./chunk-R5P5ICFY.js";
import "./chunk-YK3QSR6F.js";
import {
  finalRunStatuses,
  getSection,
  renderRepoGuidance,
  renderRunDocument,
  sanitizeUntrustedText
} from "./chunk-4LBIUF4J.js";
import {
  parseAgentBranch
} from "./chunk-MAAELMKE.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-6UYLTFXC.js";
import {
  external_exports
} from "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";

// src/entrypoints/action/implement-action.ts
import { createHash } from "node:crypto";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/adapters/run-document/coalesced-writer.ts
function createCoalescedWriter(options) {
  const { clock, intervalMs } = options;
  let lastBody;
  let lastWriteAt = -Infinity;
  let cancelTimer;
  let chain = Promise.resolve();
  let count = 0;
  const writeLatest = () => {
    chain = chain.then(async () => {
      let body = options.render();
      if (body === lastBody) return;
      lastWriteAt = clock.now();
      if (options.beforeWrite) {
        await options.beforeWrite();
        body = options.render();
      }
      await options.write(body);
      lastBody = body;
      count++;
    });
    return chain;
  };
  const cancel = () => {
    cancelTimer?.();
    cancelTimer = void 0;
  };
  const throttledWrite = () => {
    cancelTimer = void 0;
    writeLatest().catch((error) => {
      chain = Promise.resolve();
      options.onError?.(error);
    });
  };
  return {
    changed: () => {
      if (cancelTimer) return;
      const wait = lastWriteAt + intervalMs - clock.now();
      if (wait <= 0) throttledWrite();
      else cancelTimer = clock.setTimer(wait, throttledWrite);
    },
    flush: async () => {
      cancel();
      await chain.catch(() => void 0);
      chain = Promise.resolve();
      await writeLatest();
      cancel();
      if (options.render() !== lastBody) await writeLatest();
    },
    writes: () => count
  };
}

// src/adapters/run-document/comment-sink.ts
function createCommentSink(options) {
  let document;
  let commentId = options.commentId;
  const render = () => document ? renderRunComment(document, { maxChars: options.maxChars ?? githubCommentLimit, fullLogUrl: options.fullLogUrl }) : "";
  const write = async (body) => {
    if (commentId === void 0) {
      const marker = runCommentMarker(document.runId);
      const existing = (await options.forge.listIssueComments(options.target)).find((c) => c.body.startsWith(`${marker}
`) && (options.adopt?.(c) ?? true));
      commentId = existing ? existing.id : (await options.forge.createIssueComment(options.target, body)).id;
      if (!existing) return;
    }
    await options.forge.updateIssueComment(options.target.repo, commentId, body);
  };
  const beforeEdit = options.beforeEdit;
  const beforeWrite = beforeEdit ? async () => commentId === void 0 ? void 0 : beforeEdit(commentId) : void 0;
  const writer = createCoalescedWriter({ clock: options.clock, intervalMs: options.intervalMs ?? 2e3, render, write, onError: options.onError, ...beforeWrite ? { beforeWrite } : {} });
  return {
    name: "comment",
    publish: (_event, next) => {
      document = next;
      writer.changed();
    },
    flush: () => document ? writer.flush() : Promise.resolve(),
    writes: writer.writes,
    commentId: () => commentId
  };
}

// src/adapters/run-document/system-clock.ts
function createSystemClock() {
  return {
    now: () => Date.now(),
    setTimer: (ms, callback) => {
      const timer = setTimeout(callback, ms);
      timer.unref();
      return () => clearTimeout(timer);
    }
  };
}

// src/core/github/runner-run-document.ts
function planRunnerStart(comments, runId, trustedAppId) {
  const marker = `${runCommentMarker(runId)}
`;
  const comment = comments.find((c) => writtenByTrustedApp(c, trustedAppId) && c.body.startsWith(marker));
  if (!comment) return { kind: "create" };
  const parsed = readEmbeddedRunState(comment.body);
  if (!parsed.ok) return { kind: "detached", commentId: comment.id, reason: parsed.error };
  const { document } = parsed;
  if (finalRunStatuses.includes(document.status)) return { kind: "detached", commentId: comment.id, reason: `run "${runId}" has ended (${document.status})` };
  const pending = readPendingDirectivesFromRunDocument(comment.body);
  const retryKey = pendingRetry(document);
  return { kind: "continue", commentId: comment.id, document, directives: pending.ok ? pending.directives : [], ...retryKey ? { retryKey } : {} };
}
function planActOnDirectives(document, directives, key) {
  if (directives.length === 0) return [];
  const acting = new Set(directives.map(directiveKey));
  const canon = getSection(document, "user").canon;
  let ticked = 0;
  const next = canon.split("\n").map((line) => {
    const [directive] = readRunDirectives(line);
    if (!directive || directive.pickedUpBy || !acting.has(directiveKey(directive))) return line;
    ticked++;
    return renderDirectiveLine({ ...directive, pickedUpBy: key });
  });
  const keys = directives.map((d) => `${directiveKey(d)} by @${d.author}`).join(", ");
  const patches = [];
  if (ticked > 0) patches.push({ kind: "edit", section: "user", target: "canon", ops: [{ op: "replace", count: canon.length, text: next.join("\n") }] });
  patches.push({ kind: "append-log-line", section: "conductor", target: "canon", text: `${key}: the implementer acts on ${directives.length} directive${directives.length === 1 ? "" : "s"} from the User section (${keys}); directives added from now on wait for the next retry.` });
  return patches;
}
function planCommentTakeIn(document, fromComment) {
  if (fromComment.runId !== document.runId) return [];
  const base = { runId: document.runId, source: "system" };
  const patches = [...missingDirectivePatches(document, fromComment)];
  const have = countLines(getSection(document, "conductor").canon);
  lines(getSection(fromComment, "conductor").canon).forEach((line, index) => {
    const left = have.get(line) ?? 0;
    if (left > 0) return void have.set(line, left - 1);
    patches.push({ ...base, patchId: `take-in-r${fromComment.revision}-conductor-${index}`, kind: "append-log-line", section: "conductor", target: "canon", text: line });
  });
  const gap = fromComment.revision - (document.revision + patches.length);
  if (gap < 0) return patches;
  patches.push({ ...base, patchId: `take-in-r${fromComment.revision}-note`, kind: "append-log-line", section: "conductor", target: "canon", text: `The tracking comment had moved to revision ${fromComment.revision} meanwhile; this runner kept its own copy and took in the directives and Conductor lines it lacked.` });
  for (let step = 1; step <= gap; step++) patches.push({ ...base, patchId: `take-in-r${fromComment.revision}-status-${step}`, kind: "set-status", status: document.status, detail: document.statusDetail });
  return patches;
}
function lines(text) {
  return text.split("\n").filter((line) => line !== "");
}
function countLines(text) {
  const counts = /* @__PURE__ */ new Map();
  for (const line of lines(text)) counts.set(line, (counts.get(line) ?? 0) + 1);
  return counts;
}
function writtenByTrustedApp(comment, trustedAppId) {
  return comment.authorAppId !== void 0 && (trustedAppId === void 0 || comment.authorAppId === trustedAppId);
}

// src/entrypoints/action/tracking-comment.ts
async function openTrackingComment(options) {
  const { forge, repo } = options;
  const target = { repo, issueNumber: options.issueNumber };
  const stored = forge.runStates ? await readRunState({ runs: forge.runStates }, repo, options.runId) : void 0;
  if (stored?.ok && stored.value) return openRunStateTracking({ ...options, runs: forge.runStates }, stored.value);
  const start = planRunnerStart(await forge.listIssueComments(target), options.runId, options.appId);
  let writer;
  const bind = (bound) => void (writer = bound);
  if (start.kind === "detached") return { start, bind };
  const beforeEdit = async (commentId) => {
    const comment = await forge.getIssueComment(repo, commentId);
    const state = comment ? readEmbeddedRunState(comment.body) : void 0;
    if (!writer || !state?.ok) return;
    await submitAll(writer, planCommentTakeIn(writer.document(), state.document));
  };
  const sink = createCommentSink({
    forge,
    target,
    clock: createSystemClock(),
    fullLogUrl: options.fullLogUrl,
    beforeEdit,
    adopt: (comment) => writtenByTrustedApp(comment, options.appId),
    onError: (error) => options.warn(`tracking comment not updated: ${String(error)}`),
    ...start.kind === "continue" ? { commentId: start.commentId } : {}
  });
  return { start, sink, bind };
}
function openRunStateTracking(options, loaded) {
  const { forge, repo, runId } = options;
  const deps = { runs: options.runs };
  const { document, view } = loaded.state;
  let writer;
  const bind = (bound) => void (writer = bound);
  if (finalRunStatuses.includes(document.status)) return { start: { kind: "detached", commentId: view?.commentId ?? 0, reason: `run "${runId}" has ended (${document.status})` }, bind };
  const pending = readPendingDirectivesFromRunDocument(renderRunDocument(document));
  const retryKey = pendingRetry(document);
  const start = { kind: "continue", commentId: view?.commentId ?? 0, document, directives: pending.ok ? pending.directives : [], ...retryKey ? { retryKey } : {} };
  let lastWritten = loaded.commit.sha;
  const render = () => writer ? renderRunComment(writer.document(), { fullLogUrl: options.fullLogUrl }) : "";
  const write = async () => {
    for (let attempt = 1; writer; attempt++) {
      const head = await readRunState(deps, repo, runId);
      if (!head.ok || !head.value) throw new Error(head.ok ? `run ${runId} lost its state ref` : head.reason);
      if (head.value.commit.sha !== lastWritten) await submitAll(writer, planCommentTakeIn(writer.document(), head.value.state.document));
      const next = { ...head.value.state, document: writer.document() };
      if (next.document.revision <= head.value.state.document.revision) return;
      const written = await options.runs.advanceRunRef(repo, runStateRef(runId), encodeRunState(next), head.value.commit);
      if (written.ok) {
        lastWritten = written.commit.sha;
        if (head.value.state.view?.commentId !== void 0) await forge.updateIssueComment(repo, head.value.state.view.commentId, render());
        return;
      }
      if (attempt >= 25) throw new Error(`run ${runId}: its state ref kept moving; 25 writes in a row lost the race`);
    }
  };
  const coalesced = createCoalescedWriter({ clock: createSystemClock(), intervalMs: 2e3, render, write, onError: (error) => options.warn(`run state not written: ${String(error)}`) });
  const sink = { name: "run-state", publish: () => coalesced.changed(), flush: () => coalesced.flush() };
  return { start, sink, bind };
}
async function actOnDirectives(writer, directives, key) {
  const bodies = planActOnDirectives(writer.document(), directives, key);
  await submitAll(writer, bodies.map((body, index) => ({ ...body, runId: writer.runId, patchId: `act-on-directives-${key}-${index + 1}`, source: "system" })));
  return directives.length ? directives.map((d) => `- @${d.author} (${d.source} ${d.id}): ${d.text}`).join("\n") : void 0;
}
async function submitAll(writer, patches) {
  for (const patch of patches) await writer.submit(patch);
}

// src/workflows/implement/run-structured-role.ts
async function runStructuredRole(options) {
  const role = roleDefinitions[options.role];
  const append = (text) => options.recorder.appendLine(role.section, options.redact(text), { source: "agent", target: "proposal" });
  const schema = external_exports.toJSONSchema(role.output);
  const messages = [
    { role: "system", content: options.guidance ? `${renderRolePrompt(role, options.values)}

${options.guidance}` : renderRolePrompt(role, options.values) },
    { role: "user", content: options.untrusted.map((part) => wrapUntrusted(part.label, part.text)).join("\n\n") || "(no input)" }
  ];
  const turns = role.budget.turns ?? 3;
  let errors = [];
  await options.recorder.markSection(role.section, "active");
  for (let attempt = 1; attempt <= turns; attempt++) {
    const outcome = await options.provider.complete({ messages, tools: [], outputSchema: { name: `${options.role}_output`, schema } });
    if (!outcome.ok) {
      await append(`\u2717 model call failed: ${outcome.error}`);
      await options.recorder.markSection(role.section, "failed");
      return { ok: false, errors: [outcome.error], attempts: attempt };
    }
    messages.push(outcome.message);
    const verdict = validate(outcome.message.content ?? "", role.output, options.check);
    if (verdict.ok) {
      const value = verdict.value;
      await append(`${options.role} answered (attempt ${attempt}): ${outcome.message.content}`);
      await options.recorder.markSection(role.section, "done");
      return { ok: true, value, attempts: attempt };
    }
    errors = verdict.errors;
    await append(`\u2717 answer rejected (attempt ${attempt}): ${errors.join("; ")}`);
    messages.push({ role: "user", content: `Your answer was rejected: ${errors.join("; ")}. Answer again with JSON only.` });
  }
  await options.recorder.markSection(role.section, "failed");
  return { ok: false, errors, attempts: turns };
}
function validate(content, schema, check) {
  let json;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${error.message}`] };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join(".") || "answer"}: ${issue.message}`) };
  return check ? check(parsed.data) : { ok: true, value: parsed.data };
}

// src/entrypoints/action/plan-work-order.ts
async function planWorkOrder(options) {
  const { io, writer, provider, workOrder } = options;
  try {
    if (provider.kind !== "chat") throw new ActionInputError("provider", `the plan phase needs a chat provider (openai or replay); "${provider.name}" runs a whole external agent`);
    const recorder = createRunStoreRecorder(writer);
    await recorder.setStatus("running", `planning ${workOrder.id}`);
    const goal = sanitizeUntrustedText(workOrder.goal, sha256Hex);
    const result = await runStructuredRole({
      role: "architect",
      provider,
      recorder,
      redact: createRedactor([]),
      values: { workOrderId: workOrder.id, title: workOrder.title, scope: workOrder.scope.paths.join(", ") },
      untrusted: [{ label: `work order ${workOrder.id} goal`, text: goal.text }],
      ...options.guidance ? { guidance: options.guidance } : {},
      check: (value) => value.workOrderId === workOrder.id ? { ok: true, value } : { ok: false, errors: [`workOrderId must be ${workOrder.id}`] }
    });
    if (!result.ok) {
      await recorder.setStatus("failed", `no plan for ${workOrder.id}: ${result.errors.join("; ")}`);
      io.setOutput("verdict", "plan-failed");
      await io.appendSummary([`## Shopfloor plan: ${workOrder.id} failed`, "", ...result.errors.map((e) => `- ${e}`)].join("\n"));
      return ActionExit.failed;
    }
    await recorder.commitProposal("architect");
    await recorder.setStatus("waiting", `plan for ${workOrder.id} ready; approve it to implement`);
    const plan = result.value;
    io.setOutput("verdict", "planned");
    await io.appendSummary([
      `## Shopfloor plan: ${workOrder.id}`,
      "",
      "| file | purpose |",
      "|---|---|",
      ...plan.files.map((f) => `| \`${f.path}\` | ${f.purpose.replace(/\|/g, "\\|")} |`),
      "",
      ...plan.invariants.map((i) => `- ${i}`)
    ].join("\n"));
    return ActionExit.ok;
  } finally {
    await writer.close();
  }
}

// src/entrypoints/action/implement-action.ts
async function implementAction(context) {
  const { inputs, io, root, git, forge, fetch } = context;
  const runId = inputs.runId ?? `${inputs.workOrder}-${io.context.runId ?? "local"}`;
  const branch = inputs.branch ?? `agent/${inputs.workOrder}/${createHash("sha256").update(runId).digest("hex").slice(0, 8)}`;
  const parsedBranch = parseAgentBranch(branch);
  if (!parsedBranch || parsedBranch.workOrderId !== inputs.workOrder) throw new ActionInputError("branch", `"${branch}" is not agent/${inputs.workOrder}/<8 hex digits>`);
  const fetched = await fetch(["--quiet"], [`+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  if (fetched.exitCode === 0) {
    const checkout = await git.raw(root, ["checkout", "--quiet", "--detach", `refs/remotes/origin/${branch}`]);
    if (checkout.exitCode !== 0) throw new ActionInputError("working-directory", `cannot check out ${branch} in ${root} (${checkout.stderr.trim()}); start from a clean actions/checkout`);
  }
  const validation = await validateRepo(createNodeRepoFiles(root));
  const workOrder = validation.workOrders.find((order) => order.id === inputs.workOrder);
  if (!workOrder) throw new ActionInputError("work-order", `no valid work order "${inputs.workOrder}" in ${join(root, "workorders")} on ${fetched.exitCode === 0 ? branch : "the checkout"}; run \`shopfloor validate\` to see why`);
  const agents = validation.policy?.agents ?? {};
  const setup = resolveAgentSetup(workOrder, agents);
  if (!setup.ok) throw new ActionInputError(void 0, setup.error);
  const cli = { stdout: (text) => io.log(text.trimEnd()), stderr: (text) => io.log(text.trimEnd()), cwd: root, env: io.env, isTTY: false, signal: io.signal };
  const { provider, ownKeyEnv } = await selectProvider(workOrder, agents, { ...inputs.provider ? { provider: inputs.provider } : {}, ...inputs.transcript ? { transcript: resolve(root, inputs.transcript) } : {} }, cli, []);
  const temp = await mkdtemp(join(io.env.RUNNER_TEMP ?? tmpdir(), "shopfloor-implement-"));
  const tracking = inputs.issue === void 0 ? void 0 : await openTrackingComment({ forge: forge(), repo: io.context.repo, issueNumber: inputs.issue, runId, ...inputs.appId !== void 0 ? { appId: inputs.appId } : {}, fullLogUrl: runLink(io), warn: io.warning });
  const start = tracking?.start;
  if (start?.kind === "detached") {
    if (inputs.retry) throw new ActionInputError("issue", `the retry's directives cannot be read from run ${runId}'s tracking comment on #${inputs.issue}: ${start.reason}; restore the comment or start a new run (add the \`shopfloor\` label again)`);
    io.warning(`run ${runId}'s tracking comment on #${inputs.issue} is left as it is (${start.reason}); this job's run document stays in the job's run store`);
  }
  const writer = await openRunWriter({ storeDir: join(temp, "runs"), runId, objective: workOrder.title, sinks: tracking?.sink ? [tracking.sink] : [], ...start?.kind === "continue" ? { continueFrom: start.document } : {} });
  tracking?.bind(writer);
  if (inputs.phase === "plan") {
    const guidance = renderRepoGuidance(await readRepoInstructions(git, root, io.context.sha || "HEAD", workOrder.scope.paths));
    return planWorkOrder({ io, writer, provider, workOrder, ...guidance ? { guidance } : {} });
  }
  const keyNames = Object.values(setup.value.agents.providers ?? {}).flatMap((p) => p.type !== "replay" && p.apiKeyEnv ? [p.apiKeyEnv] : []);
  const recorder = createRunStoreRecorder(writer);
  let result;
  try {
    const directives = start?.kind === "continue" ? await actOnDirectives(writer, start.directives, start.retryKey ?? `run-${io.context.runId ?? "local"}`) : void 0;
    result = await implementWorkOrder({
      repoDir: root,
      workOrder: { ...workOrder, ...setup.value.budget ? { budget: setup.value.budget } : {} },
      policy: { agents: setup.value.agents, ...validation.policy?.isolation ? { isolation: validation.policy.isolation } : {}, ...validation.policy?.setup ? { setup: validation.policy.setup } : {} },
      provider,
      recorder,
      git,
      runner: createJudgedRunner(),
      clock: Date.now,
      worktreeDir: join(temp, "worktree"),
      shortId: parsedBranch.shortId,
      createWorkspace: (dir, scope) => createNodeAgentWorkspace(dir, scope),
      hash: sha256Hex,
      environment: io.env,
      secrets: [...secretValues(io.env, [...keyNames, "GITHUB_TOKEN", "ACTIONS_RUNTIME_TOKEN"]), ...secretInputs.flatMap((name) => io.inputs[name] ?? [])],
      signal: io.signal,
      ...ownKeyEnv ? { ownKeyEnv } : {},
      // The run goes on after this job (verification, review, follow-up directives, retries), so it never ends here.
      endStatus: { finished: "waiting", stopped: "blocked" },
      ...directives ? { directives } : {},
      // The workflow runs on the default branch; the checkout is the agent branch, which an agent wrote to.
      ...io.context.sha ? { instructionsRev: io.context.sha } : {}
    });
    const keptPatch = await keepRefusedPatch({ io, temp, runId, result, recorder });
    return await publishResult({ context, workOrder, runId, result, recorder, keptPatch });
  } finally {
    await writer.close();
  }
}
async function keepRefusedPatch(run) {
  const { io, result, recorder } = run;
  if (!result.refusedPatch) return void 0;
  const paths = result.outOfScope.map((entry) => entry.path).join(", ");
  const file = join(run.temp, "refused.patch");
  await writeFile(file, result.refusedPatch);
  try {
    const uploaded = await uploadActionsArtifact(`shopfloor-refused-${run.runId}`, [file], run.temp, runLink(io));
    await recorder.appendLine("conductor", `kept the refused change to ${paths} as a patch: ${uploaded.url} (git apply it to take it back)`, { source: "system" });
    return uploaded.url;
  } catch (error) {
    const message = `the refused change to ${paths} could not be kept as an artifact (${error instanceof Error ? error.message : String(error)}); it is lost with this job`;
    io.warning(message);
    await recorder.appendLine("conductor", message, { source: "system" });
    return void 0;
  }
}
async function publishResult(run) {
  const { context: { inputs, io, forge, push }, workOrder, runId, result, recorder, keptPatch } = run;
  io.setOutput("branch", result.branch);
  io.setOutput("verdict", result.terminal.kind);
  io.setOutput("spend-usd", result.usage.costUsd.toFixed(4));
  io.setOutput("spend-tokens", String(result.usage.tokens));
  io.setOutput("spend-turns", String(result.usage.turns));
  const evidence = [
    `- agent: ${result.terminal.kind}${"message" in result.terminal ? ` (${result.terminal.message})` : ""}; turns ${result.usage.turns}, tokens ${result.usage.tokens}, cost $${result.usage.costUsd.toFixed(4)}`,
    `- changed: ${result.changed.length ? result.changed.map((p) => `\`${p}\``).join(", ") : "nothing"}`,
    ...result.outOfScope.map((entry) => `- left out (out of scope): \`${entry.path}\` (${entry.reason})`),
    ...result.outOfScope.length > 0 ? [`- the left-out part is ${keptPatch ? `kept as a patch: [download](${keptPatch})` : "not kept (see the job log)"}; verify holds while it stands (widen the scope and \`/shopfloor retry\`, or set \`scope.outside: drop\` in the policy)`] : [],
    ...result.refusals.length ? [`- refused tool calls: ${result.refusals.length}`] : []
  ];
  if (!result.commit) {
    await io.appendSummary([`## Shopfloor implement: ${workOrder.id} made no change`, "", ...evidence].join("\n"));
    return result.terminal.kind === "finished" ? ActionExit.ok : ActionExit.failed;
  }
  io.setOutput("commit", result.commit);
  const pushed = await push(["--quiet"], [`${result.commit}:refs/heads/${result.branch}`]);
  if (pushed.exitCode !== 0) {
    const reason = `could not push ${result.branch} to origin (${pushed.stderr.trim()}); give the job \`contents: write\``;
    await recorder.setStatus("blocked", reason);
    throw new Error(reason);
  }
  const base = await forge().getDefaultBranch(io.context.repo);
  const body = [
    `Work order \`${workOrder.id}\`: ${workOrder.title}`,
    "",
    workOrder.goal.trim(),
    "",
    `Run document: ${inputs.issue !== void 0 ? `the tracking comment on #${inputs.issue}` : `run \`${runId}\``} ([job log](${runLink(io)})).`,
    "",
    "### Evidence",
    ...evidence
  ].join("\n");
  const pull = await forge().ensurePullRequest(io.context.repo, { head: result.branch, base: base.name, title: `${workOrder.id}: ${workOrder.title}`, body, draft: true });
  io.setOutput("pr-number", String(pull.value.number));
  await recorder.appendLine("conductor", `pushed ${result.commit.slice(0, 12)} to ${result.branch}; draft pull request #${pull.value.number} ${pull.created ? "opened" : "updated"}`, { source: "system" });
  await io.appendSummary([`## Shopfloor implement: ${workOrder.id} \u2192 [#${pull.value.number}](${pull.value.url})`, "", ...evidence].join("\n"));
  return result.terminal.kind === "finished" ? ActionExit.ok : ActionExit.failed;
}
export {
  implementAction
};
