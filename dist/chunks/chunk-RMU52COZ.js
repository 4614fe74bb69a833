import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  matchAnyGlob,
  prepareGlob
} from "./chunk-6UYLTFXC.js";
import {
  external_exports
} from "./chunk-GBB54T6E.js";

// src/adapters/signing/ed25519-keys.ts
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from "node:crypto";
function generateSigningKey() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const spki = publicKey.export({ type: "spki", format: "der" });
  return { keyId: keyIdOfSpki(spki), privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(), publicKey: spki.toString("base64") };
}
function keyIdOfSpki(spki) {
  return `ed25519:${createHash("sha256").update(spki).digest("hex").slice(0, 16)}`;
}
var SigningKeyError = class extends Error {
  name = "SigningKeyError";
};
function createEd25519Signer(privateKeyPem) {
  let key;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch (error) {
    throw new SigningKeyError("the signing key is not a PEM private key; create one with `shopfloor report keygen`", { cause: error });
  }
  if (key.asymmetricKeyType !== "ed25519") throw new SigningKeyError(`the signing key is ${key.asymmetricKeyType ?? "not asymmetric"}, not Ed25519; create one with \`shopfloor report keygen\``);
  const keyId = keyIdOfSpki(createPublicKey(key).export({ type: "spki", format: "der" }));
  return { keyId, sign: async (payload) => sign(null, Buffer.from(payload, "utf8"), key).toString("base64") };
}
function parsePublicKey(publicKey) {
  try {
    const text = publicKey.trim();
    const key = text.startsWith("-----BEGIN") ? createPublicKey(text) : createPublicKey({ key: Buffer.from(text, "base64"), format: "der", type: "spki" });
    return key.asymmetricKeyType === "ed25519" ? key : void 0;
  } catch {
    return void 0;
  }
}
var ed25519Verifier = {
  keyIdOf: (publicKey) => {
    const key = parsePublicKey(publicKey);
    return key ? keyIdOfSpki(key.export({ type: "spki", format: "der" })) : void 0;
  },
  verify: (publicKey, payload, signature) => {
    const key = parsePublicKey(publicKey);
    if (!key || !/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
    try {
      return verify(null, Buffer.from(payload, "utf8"), key, Buffer.from(signature, "base64"));
    } catch {
      return false;
    }
  }
};

// src/core/report/report-schema.ts
var reportSchemaVersion = "shopfloor.verification-report/v1";
var sha = external_exports.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, { message: "must be a full 40- or 64-character hex object id" });
var digest = external_exports.string().regex(/^sha256:[0-9a-f]{64}$/);
var annotationSchema = external_exports.object({
  path: external_exports.string(),
  line: external_exports.int().min(0),
  column: external_exports.int().min(0).optional(),
  endLine: external_exports.int().min(0).optional(),
  level: external_exports.enum(["error", "warning", "notice"]),
  message: external_exports.string(),
  title: external_exports.string().optional()
}).strict();
var gateResultSchema = external_exports.object({
  id: external_exports.string().min(1),
  kind: external_exports.string(),
  required: external_exports.boolean(),
  status: external_exports.enum(["pass", "fail", "flaky", "error", "skipped", "cached"]),
  reason: external_exports.string().optional(),
  attempts: external_exports.int().min(0),
  durationMs: external_exports.number().min(0),
  exitCode: external_exports.int().optional(),
  logDigest: digest.optional().meta({ description: "Full log in the artifact store, content-addressed." }),
  annotations: external_exports.array(annotationSchema),
  cachedFrom: external_exports.object({ runId: external_exports.string(), reportDigest: digest.optional() }).strict().optional(),
  cacheKey: external_exports.string().optional()
}).strict();
var signatureSchema = external_exports.object({
  algorithm: external_exports.literal("ed25519"),
  keyId: external_exports.string().min(1),
  value: external_exports.string().min(1).meta({ description: "Base64 Ed25519 signature over the canonical JSON of the report without `signature`." })
}).strict();
var agentSpendSchema = external_exports.object({
  role: external_exports.string().min(1).meta({ description: "implementer, coordinator, ..." }),
  provider: external_exports.string().min(1).meta({ description: "The policy's provider name." }),
  preset: external_exports.string().optional().meta({ description: "The agent CLI preset, when the provider is one." }),
  turns: external_exports.int().min(0),
  tokens: external_exports.int().min(0),
  costUsd: external_exports.number().min(0).meta({ description: "As the CLI reported it, or the policy's pricing over its tokens; 0 when neither is known." }),
  wallMs: external_exports.int().min(0)
}).strict();
var verificationReportSchema = external_exports.object({
  schemaVersion: external_exports.literal(reportSchemaVersion),
  runId: external_exports.string().min(1),
  repo: external_exports.string(),
  workOrder: external_exports.object({ id: external_exports.string(), contentHash: digest, kind: external_exports.string() }).strict().nullable(),
  base: sha,
  head: sha,
  tree: sha,
  dirty: external_exports.boolean().meta({ description: "The gates ran on uncommitted changes; the report then proves nothing about `head`." }),
  policyDigest: digest,
  gates: external_exports.array(gateResultSchema),
  omitted: external_exports.array(external_exports.object({ id: external_exports.string(), reason: external_exports.string() }).strict()),
  environment: external_exports.object({ os: external_exports.string(), arch: external_exports.string(), node: external_exports.string(), runner: external_exports.string(), cpus: external_exports.int().min(1) }).strict(),
  isolation: external_exports.object({ mode: external_exports.enum(["bubblewrap", "windows-job", "none"]), network: external_exports.boolean(), detail: external_exports.string() }).strict().optional().meta({ description: "How the gates were confined: `bubblewrap` (Linux namespaces), `windows-job` (shopfloor-box.exe: a job object, a Low-integrity restricted token or a dedicated account; network always on). `none`: they ran as the verifier's own user and could have read its key. Absent in reports written before it was recorded." }),
  agents: external_exports.array(agentSpendSchema).optional().meta({ description: "What the agents that wrote the change spent (tokens, cost, turns, wall time), signed with the rest. Absent when no agent run is known (a hand-made change) and in reports written before it was recorded." }),
  verdict: external_exports.object({ passed: external_exports.boolean(), complete: external_exports.boolean().meta({ description: "False when only some gates ran (--gates)." }), reasons: external_exports.array(external_exports.string()) }).strict(),
  startedAt: external_exports.string(),
  finishedAt: external_exports.string(),
  signature: signatureSchema.optional()
}).strict().meta({ title: "Shopfloor VerificationReport", description: "Gate results bound to a commit and a work order, signed with Ed25519." });

// src/core/report/canonical-json.ts
var CanonicalJsonError = class extends Error {
  name = "CanonicalJsonError";
};
function canonicalJson(value) {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CanonicalJsonError(`canonical JSON cannot hold ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => item === void 0 ? "null" : canonicalJson(item)).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  throw new CanonicalJsonError(`canonical JSON cannot hold a ${typeof value}`);
}

// src/core/report/signing-payload.ts
function signingPayload(report) {
  const { signature: _signature, ...unsigned } = report;
  return canonicalJson(unsigned);
}
function renderReportFile(report) {
  return `${canonicalJson(report)}
`;
}

// src/core/report/render-agent-spend.ts
function renderAgentSpend(agents) {
  return agents.map((agent) => {
    const who = `${agent.role} ${agent.provider}${agent.preset ? ` (${agent.preset})` : ""}`;
    const cost = agent.costUsd > 0 ? `$${agent.costUsd.toFixed(4)}` : "cost unknown";
    return `${who}: ${agent.turns.toLocaleString("en-US")} turns, ${agent.tokens.toLocaleString("en-US")} tokens, ${cost}, ${(agent.wallMs / 1e3).toFixed(1)}s`;
  });
}

// src/core/report/render-report-table.ts
var statusMarks = { pass: "\u2713", cached: "\u21BA", flaky: "~", fail: "\u2717", error: "!", skipped: "-" };
function formatSeconds(ms) {
  return `${(ms / 1e3).toFixed(1)}s`;
}
function renderReportTable(report, options = {}) {
  const header = ["", "gate", "status", "tries", "time", "detail"];
  if (options.markdown) return renderMarkdown(report, header, options.logUrl, options.details ?? true);
  const rows = report.gates.map((gate) => {
    const detail = gate.reason ?? gate.annotations[0]?.message ?? "";
    const cached = gate.cachedFrom ? ` (proven by run ${gate.cachedFrom.runId})` : "";
    return [statusMarks[gate.status], gate.id, gate.status, String(gate.attempts), formatSeconds(gate.durationMs), `${oneLine(detail)}${cached}`];
  });
  const widths = header.map((_, column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => column === row.length - 1 ? cell : cell.padEnd(widths[column])).join("  ").trimEnd();
  const problems = report.gates.filter((gate) => gate.status !== "pass" && gate.status !== "cached").flatMap((gate) => [
    ...gate.annotations.slice(0, 10).map((a) => `  ${a.path}:${a.line}${a.column ? `:${a.column}` : ""} ${a.level} ${oneLine(a.message)} (${gate.id})`),
    ...gate.annotations.length > 10 ? [`  \u2026 ${gate.annotations.length - 10} more from ${gate.id}`] : []
  ]);
  const problemText = problems.length > 0 ? `
Problems:
${problems.join("\n")}
` : "";
  const spend = report.agents?.length ? `
Agent spend:
${renderAgentSpend(report.agents).map((line2) => `  ${line2}`).join("\n")}
` : "";
  const verdict = report.verdict.passed ? `PASSED${report.verdict.complete ? "" : " (only the selected gates)"}` : `FAILED
${report.verdict.reasons.map((r) => `  - ${r}`).join("\n")}`;
  return `${[line(header), ...rows.map(line)].join("\n")}
${problemText}${spend}
${verdict}
`;
}
function oneLine(text) {
  const first = text.split("\n")[0] ?? "";
  return first.length > 100 ? `${first.slice(0, 99)}\u2026` : first;
}
var plain = (text) => text.replace(/[\\`*_[\]<>#!|~]/g, "\\$&").replace(/@(?=[A-Za-z0-9])/g, "@\u2060").replace(/\r?\n/g, " ");
function renderMarkdown(report, header, logUrl, details) {
  const rows = report.gates.map((gate) => {
    const cached = gate.cachedFrom ? ` (proven by run ${plain(gate.cachedFrom.runId)})` : "";
    const log = gate.logDigest && logUrl ? ` [log](${logUrl(gate.logDigest)})` : "";
    return [statusMarks[gate.status], plain(gate.id), gate.status, String(gate.attempts), formatSeconds(gate.durationMs), `${plain(gate.reason ?? (details ? "" : gate.annotations[0]?.message ?? ""))}${cached}${log}`];
  });
  const table = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)];
  if (!details) return `${table.join("\n")}
`;
  const problems = report.gates.flatMap((gate) => gate.annotations.map((a) => `- \`${a.path.replace(/`/g, "'")}:${a.line}${a.column ? `:${a.column}` : ""}\` ${a.level} (${plain(gate.id)}): ${plain(a.message)}`));
  const verdict = report.verdict.passed ? `**Passed**${report.verdict.complete ? "" : " (only the selected gates)"}` : ["**Failed**", ...report.verdict.reasons.map((r) => `- ${plain(r)}`)].join("\n");
  return [
    ...table,
    ...problems.length > 0 ? ["", "Problems:", "", ...problems] : [],
    ...report.agents?.length ? ["", "Agent spend:", "", ...renderAgentSpend(report.agents).map((line) => `- ${plain(line)}`)] : [],
    "",
    verdict
  ].join("\n") + "\n";
}

// src/core/gates/check-scope.ts
var modeNames = { "120000": "symlink", "160000": "submodule", "100755": "executable file", "100644": "file" };
function checkScope(changes, scope, options = {}) {
  const allowed = scope.paths.map((glob) => prepareGlob(glob, options));
  const forbidden = (scope.forbidden ?? []).map((glob) => prepareGlob(glob, options));
  const problems = [];
  for (const change of changes) {
    const what = describeChange(change);
    for (const path of change.fromPath ? [change.fromPath, change.path] : [change.path]) {
      if (matchAnyGlob(forbidden, path)) problems.push({ path, line: 1, level: "error", title: "scope", message: `${what} touches "${path}", which the work order forbids (${(scope.forbidden ?? []).join(", ")})` });
      else if (!matchAnyGlob(allowed, path)) problems.push({ path, line: 1, level: "error", title: "scope", message: `${what} touches "${path}", outside the work order's scope (${scope.paths.join(", ")}); revert it or widen the scope` });
    }
  }
  return problems;
}
function describeChange(change) {
  const kind = modeNames[change.newMode] ?? modeNames[change.oldMode] ?? "file";
  switch (change.status) {
    case "A":
      return `adding a ${kind}`;
    case "D":
      return `deleting a ${modeNames[change.oldMode] ?? "file"}`;
    case "R":
      return `renaming "${change.fromPath}" to "${change.path}"`;
    case "C":
      return `copying "${change.fromPath}" to "${change.path}"`;
    case "T":
      return `changing a ${modeNames[change.oldMode] ?? "file"} into a ${kind}`;
    default:
      return change.oldMode !== change.newMode ? `changing the mode ${change.oldMode} -> ${change.newMode}` : `modifying a ${kind}`;
  }
}

// src/workflows/verify/scope-gate.ts
async function runScopeGate(spec, context) {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1 };
  const workOrder = options.workOrder?.value;
  if (!workOrder) return { ...base, status: "skipped", reason: "no work order given (--work-order)", annotations: [] };
  const ownFile = options.workOrder?.file;
  const changes = (await options.git.diff(options.repoDir, context.base, context.dirty ? void 0 : context.head)).filter((change) => change.path !== ownFile || change.fromPath !== void 0);
  const annotations = checkScope(changes, workOrder.scope, { caseInsensitive: options.runner.platform === "windows" });
  if (annotations.length > 0) {
    return { ...base, status: "fail", reason: `${annotations.length} changed path${annotations.length === 1 ? " is" : "s are"} outside the scope of work order ${workOrder.id}`, annotations };
  }
  const refused = options.refused;
  if (refused && refused.paths.length > 0) return refusedResult(base, refused, workOrder.id);
  return { ...base, status: "pass", reason: `${changes.length} changed path${changes.length === 1 ? "" : "s"}, all inside the scope`, annotations };
}
var refusedAnnotationTitle = "scope-refused";
function refusedResult(base, refused, id) {
  const kept = refused.patch ? `kept as a patch: ${refused.patch}` : "not kept";
  const annotations = refused.paths.map((path) => ({ path, line: 1, level: "error", title: refusedAnnotationTitle, message: `the agent changed "${path}" outside the scope of work order ${id}; the change was left out of the commit (${kept})` }));
  const what = `the agent changed ${refused.paths.length} path${refused.paths.length === 1 ? "" : "s"} outside the scope (${refused.paths.join(", ")}), left out of the commit and ${kept}`;
  const decided = refused.decision === "hold" ? void 0 : refused.decision === "drop" ? "dropped by the policy (scope.outside: drop)" : `dropped by decision${refused.decidedBy ? ` of ${refused.decidedBy}` : ""}`;
  return { ...base, required: base.required && !decided, status: "fail", reason: decided ? `${what}; ${decided}` : `${what}; nobody decided to drop it`, annotations };
}

// src/core/report/base64-text.ts
function textToBase64(text) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
function base64ToText(encoded) {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
}

export {
  reportSchemaVersion,
  agentSpendSchema,
  verificationReportSchema,
  canonicalJson,
  signingPayload,
  renderReportFile,
  runScopeGate,
  refusedAnnotationTitle,
  textToBase64,
  base64ToText,
  generateSigningKey,
  SigningKeyError,
  createEd25519Signer,
  ed25519Verifier,
  renderAgentSpend,
  statusMarks,
  formatSeconds,
  renderReportTable
};
