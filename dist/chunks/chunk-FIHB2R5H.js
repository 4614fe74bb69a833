import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  commandEnvNames,
  couldNotRun
} from "./chunk-EYP3A2UM.js";
import {
  SigningKeyError,
  base64ToText,
  canonicalJson,
  createEd25519Signer,
  formatSeconds,
  generateSigningKey,
  renderReportFile,
  renderReportTable,
  reportSchemaVersion,
  runScopeGate,
  signingPayload,
  statusMarks,
  textToBase64
} from "./chunk-II523GDZ.js";
import {
  applySpans,
  createSecretDetector,
  defaultShellFor,
  minSecretLength,
  repoRoot,
  withRepoOption
} from "./chunk-BBQ6MHDA.js";
import {
  createJudgedRunner,
  inPlaceBox,
  isolationRefusal,
  openWorkCopy,
  reportIsolation,
  withWorkCopy
} from "./chunk-EPPLMVP4.js";
import {
  createFileAtomic,
  createNodeRepoFiles,
  writeFileAtomic
} from "./chunk-YCZYYL3Z.js";
import {
  createGitCli
} from "./chunk-TPTFAET5.js";
import {
  ExitCode,
  UsageError
} from "./chunk-VIYXCJ24.js";
import {
  buildEnvironment,
  checkGlobInsideRepo,
  checkPolicyFile,
  checkWorkOrderFile,
  didYouMean,
  formatFieldPath,
  formatFinding,
  isCredentialName,
  isolationPolicy,
  matchAnyGlob,
  matchGlob,
  policyPath,
  policySchema,
  prepareGlob,
  validateYaml,
  workOrderSchema
} from "./chunk-KPYPGW5G.js";
import {
  parseDuration
} from "./chunk-FN5Z5FBI.js";

// src/workflows/verify/verify-types.ts
var VerifyInputError = class extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
  }
  problems;
  name = "VerifyInputError";
};

// src/workflows/verify/verify-change.ts
import { createHash as createHash3 } from "node:crypto";

// src/core/gates/plan-gates.ts
var defaultGateTimeoutMs = 10 * 6e4;
function planGates(input) {
  const { policy, workOrder } = input;
  const omitted = [];
  const specs = [];
  policy.gates.forEach((gate, index) => {
    if (gate.platforms && !gate.platforms.includes(input.platform)) {
      omitted.push({ id: gate.id, reason: `runs on ${gate.platforms.join(", ")} only, this is ${input.platform}` });
      return;
    }
    specs.push(policyGateSpec(gate, index, input));
  });
  (workOrder?.acceptance.commands ?? []).forEach((command2, index) => {
    specs.push({
      id: `acceptance:${command2.name}`,
      kind: "acceptance",
      required: true,
      needs: [],
      after: [],
      run: command2.run,
      timeoutMs: (command2.timeout ? input.parseDuration(command2.timeout) : void 0) ?? defaultGateTimeoutMs,
      retries: 0,
      env: commandEnvNames(policy.env, command2.env),
      cache: [],
      origin: { file: input.workOrderFile ?? "workorders", path: ["acceptance", "commands", index, "run"] }
    });
  });
  const escapes = specs.flatMap((spec) => ["workingDirectory", "golden"].flatMap((field) => {
    const value = spec[field];
    const problem = value === void 0 ? void 0 : checkGlobInsideRepo(value);
    return problem ? [`gate "${spec.id}" ${field}: ${problem}`] : [];
  }));
  if (escapes.length > 0) return { ok: false, errors: escapes };
  const declared = new Set(specs.map((spec) => spec.id));
  const builtin = (id, after = []) => ({
    id,
    kind: "security",
    required: true,
    needs: [],
    after,
    builtin: id,
    timeoutMs: defaultGateTimeoutMs,
    retries: 0,
    env: [],
    cache: []
  });
  const builtins = [];
  if (workOrder && !declared.has("scope")) builtins.push(builtin("scope"));
  if (!declared.has("dependencies")) builtins.push(builtin("dependencies"));
  if (workOrder && (workOrder.kind === "bugfix" || workOrder.kind === "revert") && !declared.has("test-first")) builtins.push({ ...builtin("test-first"), kind: "unit" });
  if (!declared.has("secrets")) builtins.push(builtin("secrets", specs.map((spec) => spec.id)));
  const all = [...specs, ...builtins];
  if (!input.only) return { ok: true, value: { specs: all, omitted } };
  return selectGates(all, input.only, omitted);
}
function policyGateSpec(gate, index, input) {
  return {
    id: gate.id,
    kind: gate.kind,
    required: gate.required,
    needs: gate.needs ?? [],
    after: [],
    run: gate.run,
    ...gate.shell ? { shell: gate.shell } : {},
    timeoutMs: (gate.timeout ? input.parseDuration(gate.timeout) : void 0) ?? defaultGateTimeoutMs,
    retries: gate.retries ?? 0,
    env: commandEnvNames(input.policy.env, gate.env),
    cache: gate.cache ?? [],
    ...gate.workingDirectory ? { workingDirectory: gate.workingDirectory } : {},
    ...gate.golden ? { golden: gate.golden } : {},
    origin: { file: input.policyFile, path: ["gates", index, "run"] }
  };
}
function selectGates(all, only, omitted) {
  const byId = new Map(all.map((spec) => [spec.id, spec]));
  const errors = only.filter((id) => !byId.has(id)).map((id) => {
    const suggestion = didYouMean(id, [...byId.keys()]);
    return `--gates names "${id}", which is not a gate here${suggestion ? `; did you mean "${suggestion}"?` : `; known gates: ${[...byId.keys()].join(", ")}`}`;
  });
  if (errors.length > 0) return { ok: false, errors };
  const keep = /* @__PURE__ */ new Set();
  const visit = (id) => {
    if (keep.has(id)) return;
    keep.add(id);
    for (const need of byId.get(id)?.needs ?? []) visit(need);
  };
  only.forEach(visit);
  for (const spec of all) if (!keep.has(spec.id)) omitted.push({ id: spec.id, reason: "not selected by --gates" });
  const specs = all.filter((spec) => keep.has(spec.id)).map((spec) => ({ ...spec, after: spec.after.filter((id) => keep.has(id)) }));
  return { ok: true, value: { specs, omitted } };
}

// src/core/report/decide-verdict.ts
function decideVerdict(gates, policy, selected) {
  const reasons = [];
  const byId = new Map(gates.map((gate) => [gate.id, gate]));
  const named = policy.requiredGates ? [...policy.requiredGates] : gates.filter((gate) => gate.required).map((gate) => gate.id);
  const required = [];
  for (const id of named) {
    const members = byId.has(id) ? void 0 : policy.groups?.[id];
    if (members === void 0) required.push(id);
    else if (members.length > 0) required.push(...members);
    else if (!selected) reasons.push(`required gate "${id}" has nothing to check: no gate declares it (e.g. a gate with a golden file)`);
  }
  for (const id of [...new Set(required)]) {
    const gate = byId.get(id);
    if (!gate) {
      if (!selected) reasons.push(`required gate "${id}" did not run`);
      continue;
    }
    if (gate.status === "pass" || gate.status === "cached") continue;
    if (gate.status === "flaky") {
      if (!policy.allowFlaky) reasons.push(`required gate "${id}" is flaky (${gate.reason ?? "failed, then passed"}) and the policy does not allow flaky gates (merge.allowFlaky)`);
      continue;
    }
    reasons.push(`required gate "${id}" ${gate.status === "skipped" ? "was skipped" : `ended ${gate.status}`}${gate.reason ? `: ${gate.reason}` : ""}`);
  }
  return { passed: reasons.length === 0, reasons, complete: !selected };
}

// src/core/gates/command-head.ts
function commandHead(script) {
  const first = script.trim().split(/\s+/)[0] ?? "";
  if (first === "" || /[=$`'"(){}[\]<>|&;*?!~]/.test(first) || shellBuiltins.has(first)) return void 0;
  return first;
}
var shellBuiltins = /* @__PURE__ */ new Set(["cd", "echo", "exit", "export", "set", "test", "true", "false", "if", "for", "while", "case", "exec", "eval", "source", ".", "sleep", "printf", "read", "call", "Write-Output", "Write-Host", "Set-Location", "type", "command", "trap", "ulimit", "umask", "unset", "time", "env"]);
var testFilePatterns = [/(^|\/)(test|tests|__tests__|spec)\//, /\.(test|spec)\.[cm]?[jt]sx?$/, /(^|\/)test_[^/]*\.py$/, /_test\.(py|go|rs)$/];
function isTestFile(path) {
  return testFilePatterns.some((pattern) => pattern.test(path));
}

// src/workflows/verify/check-gate-commands.ts
async function findMissingCommands(specs, workDir, locator, sourceEnv, platform) {
  const missing = [];
  for (const spec of specs) {
    const program = spec.run ? commandHead(spec.run) : void 0;
    if (!program) continue;
    const { env } = buildEnvironment(sourceEnv, { allow: spec.env, platform });
    const cwd = spec.workingDirectory ? `${workDir}/${spec.workingDirectory}` : workDir;
    if (!await locator.exists(program, cwd, env)) missing.push({ gate: spec, program });
  }
  return missing;
}

// src/workflows/verify/report-missing-commands.ts
async function checkGateCommandsOrThrow(specs, workDir, options) {
  const missing = await findMissingCommands(specs, workDir, options.locator, options.sourceEnv, options.runner.platform);
  if (missing.length === 0) return;
  const locators = new Map([
    [options.policyFile, validateYaml(options.policyText, options.policyFile, policySchema).locator],
    ...options.workOrder ? [[options.workOrder.file, validateYaml(options.workOrder.text, options.workOrder.file, workOrderSchema).locator]] : []
  ]);
  throw new VerifyInputError(missing.map(({ gate, program }) => {
    const origin = gate.origin;
    const at = origin ? locators.get(origin.file)?.valueAt(origin.path) : void 0;
    const where = origin ? `${origin.file}${at ? `:${at.line}:${at.column}` : ""} ${formatFieldPath(origin.path)}: ` : "";
    return `${where}gate "${gate.id}" runs "${program}", which is not installed or not on PATH; install it, fix the command, or list the variable it needs in the gate's env`;
  }));
}

// src/core/gates/dependencies/check-npm-lockfile.ts
function parseNpmLockfile(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  return Object.entries(data.packages ?? {}).filter(([path]) => path !== "").map(([path, entry]) => ({
    path,
    name: typeof entry.name === "string" ? entry.name : path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length),
    ...typeof entry.version === "string" ? { version: entry.version } : {},
    ...typeof entry.resolved === "string" ? { resolved: entry.resolved } : {},
    ...typeof entry.integrity === "string" ? { integrity: entry.integrity } : {},
    ...entry.hasInstallScript === true ? { hasInstallScript: true } : {}
  }));
}
function checkNpmLockfile(file, base, head, allowedHosts) {
  const problems = [];
  const before = new Map(base.map((p) => [p.path, p]));
  const at = (message, level = "error") => ({ path: file, line: 1, level, title: "lockfile", message });
  for (const pkg of head) {
    const old = before.get(pkg.path);
    const label = `${pkg.name}@${pkg.version ?? "?"}`;
    if (old && old.version === pkg.version) {
      if (old.resolved !== pkg.resolved) problems.push(at(`${label}: "resolved" changed from ${old.resolved ?? "(none)"} to ${pkg.resolved ?? "(none)"} without a version change; restore it (lockfile injection)`));
      if (old.integrity !== pkg.integrity) problems.push(at(`${label}: "integrity" changed without a version change; restore it and reinstall from the registry`));
    }
    if (pkg.resolved && !pkg.resolved.startsWith("file:") && (!old || old.resolved !== pkg.resolved)) {
      let url;
      try {
        url = new URL(pkg.resolved);
      } catch {
        url = void 0;
      }
      if (!url || url.protocol !== "https:") problems.push(at(`${label}: "resolved" ${pkg.resolved} is not an https URL`));
      else if (!allowedHosts.includes(url.hostname)) problems.push(at(`${label}: resolved from ${url.hostname}, not an allowed registry (${allowedHosts.join(", ")}); add the host to dependencies.registries if it is trusted`));
    }
    if (pkg.hasInstallScript && (!old || old.version !== pkg.version)) problems.push(at(`${label} runs an install script; install with --ignore-scripts or review it`, "warning"));
  }
  return problems;
}

// src/core/gates/dependencies/judge-dependency.ts
function judgeDependency(dependency, allow, cooldownMs, publish, now) {
  const label = `${dependency.ecosystem} ${dependency.name}@${dependency.version}`;
  if (!allow.some((glob) => matchGlob(glob, dependency.name))) {
    return { level: "error", gateError: false, message: `${label} is not on the dependency allowlist; add "${dependency.name}" to dependencies.allow in the policy if it is wanted` };
  }
  switch (publish.kind) {
    case "unreachable":
      return { level: "error", gateError: true, message: `${label}: the registry could not be reached (${publish.reason}); the cooldown is unproven, rerun when it is reachable` };
    case "not-found":
      return { level: "error", gateError: false, message: `${label}: the registry has no such version; check the name for a typo (typosquatting) and the version` };
    case "unresolved":
      return { level: "error", gateError: true, message: `${label}: the installed version is unknown, so the cooldown is unproven: ${publish.reason}` };
    case "published": {
      const age = now - publish.at;
      if (age < cooldownMs) return { level: "error", gateError: false, message: `${label} was published ${Math.floor(age / 864e5)} day(s) ago, inside the ${Math.round(cooldownMs / 864e5)}-day cooldown; wait or pin an older version` };
      return { level: "ok", gateError: false, message: `${label} is allowlisted and ${Math.floor(age / 864e5)} days old` };
    }
  }
}

// src/core/gates/dependencies/parse-manifests.ts
var npmSections = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"];
function parsePackageJson(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return [];
  }
  return npmSections.flatMap((section) => Object.entries(data?.[section] ?? {}).map(([name, version]) => ({ ecosystem: "npm", name, version: String(version), file })));
}
function parseCargoToml(text, file) {
  const found = [];
  let inDependencies = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, "").trim();
    const table = /^\[(.+)\]$/.exec(line);
    if (table) {
      inDependencies = /(^|\.)(dev-|build-)?dependencies$/.test(table[1].trim());
      continue;
    }
    if (!inDependencies) continue;
    const entry = /^([A-Za-z0-9_-]+)\s*=\s*(?:"([^"]*)"|\{(.*)\})/.exec(line);
    if (!entry) continue;
    const inline = entry[3] ?? "";
    const version = entry[2] ?? /version\s*=\s*"([^"]*)"/.exec(inline)?.[1] ?? /(git|path)\s*=\s*"([^"]*)"|workspace\s*=\s*true/.exec(inline)?.[0] ?? "*";
    found.push({ ecosystem: "cargo", name: entry[1], version, file });
  }
  return found;
}
function parseRequirements(text, file) {
  return text.split(/\r?\n/).flatMap((raw) => {
    const line = raw.replace(/\s+#.*$/, "").trim();
    if (line === "" || line.startsWith("#") || line.startsWith("-")) return [];
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(.*)$/.exec(line);
    return match ? [{ ecosystem: "pypi", name: match[1].toLowerCase().replace(/[._]+/g, "-"), version: match[2].replace(/;.*$/, "").trim() || "*", file }] : [];
  });
}
function manifestParser(path) {
  const name = path.split("/").pop() ?? "";
  if (name === "package.json") return parsePackageJson;
  if (name === "Cargo.toml") return parseCargoToml;
  if (/^requirements.*\.txt$/.test(name)) return parseRequirements;
  return void 0;
}
function changedDependencies(before, after) {
  const old = new Map(before.map((d) => [`${d.ecosystem}:${d.name}`, d.version]));
  return after.filter((d) => old.get(`${d.ecosystem}:${d.name}`) !== d.version).map((dependency) => {
    const previous = old.get(`${dependency.ecosystem}:${dependency.name}`);
    return previous === void 0 ? { dependency } : { dependency, previous };
  });
}

// src/core/gates/dependencies/pinned-version.ts
var semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
var pep440 = /^(?:\d+!)?\d+(?:\.\d+)*(?:[._-]?(?:a|b|rc|alpha|beta|c|pre|preview)[._-]?\d*)?(?:[._-]?(?:post|rev|r)[._-]?\d*)?(?:[._-]?dev[._-]?\d*)?(?:\+[a-z0-9.]+)?$/i;
function pinnedVersion(dependency, locked) {
  const written = dependency.version.trim();
  if (dependency.ecosystem === "cargo" && /^(path\s*=|workspace\s*=\s*true)/.test(written)) return { kind: "local" };
  if (dependency.ecosystem === "npm" && /^(file|link|workspace|portal):/.test(written)) return { kind: "local" };
  if (dependency.ecosystem === "cargo" && /^git\s*=/.test(written)) return { kind: "unpinned", reason: `it comes from git (${written}), not crates.io, so its age cannot be proven; depend on a published version` };
  if (locked) return { kind: "exact", version: locked };
  switch (dependency.ecosystem) {
    case "npm": {
      const version = /^=?\s*v?(.+)$/.exec(written)?.[1] ?? "";
      return semver.test(version) ? { kind: "exact", version } : { kind: "unpinned", reason: `"${written}" is a range and no package-lock.json entry resolves it; pin an exact version or commit the lockfile` };
    }
    case "cargo": {
      const version = /^=\s*(.+)$/.exec(written)?.[1]?.trim() ?? "";
      return semver.test(version) ? { kind: "exact", version } : { kind: "unpinned", reason: `"${written}" is a range (Cargo reads "1.2.3" as "^1.2.3") and no Cargo.lock resolves it; commit Cargo.lock or pin with "=x.y.z"` };
    }
    case "pypi": {
      const version = /^===?\s*([^,\s]+)$/.exec(written)?.[1] ?? "";
      return pep440.test(version) ? { kind: "exact", version } : { kind: "unpinned", reason: `"${written}" is not one exact version; pin it with "==x.y.z" (pip-compile or pip freeze write pinned files)` };
    }
  }
}

// src/core/gates/dependencies/parse-cargo-lock.ts
function parseCargoLock(text) {
  const crates = [];
  for (const block of text.split(/^\[\[package\]\]\s*$/m).slice(1)) {
    const field = (key) => new RegExp(`^${key}\\s*=\\s*"([^"]*)"`, "m").exec(block)?.[1];
    const name = field("name");
    const version = field("version");
    if (name && version && field("source")?.startsWith("registry+")) crates.push({ name, version });
  }
  return crates;
}
function lockedCrateVersion(crates, name) {
  const versions = [...new Set(crates.filter((c) => c.name === name).map((c) => c.version))];
  return versions.length === 1 ? versions[0] : void 0;
}

// src/workflows/verify/locked-versions.ts
async function lockedVersionsFor(manifestPath, ecosystem, read) {
  const dirs = manifestPath.split("/").slice(0, -1);
  const nearest = async (lockName) => {
    for (let depth = dirs.length; depth >= 0; depth--) {
      const text = await read([...dirs.slice(0, depth), lockName].join("/"));
      if (text !== void 0) return { text, below: dirs.slice(depth).join("/") };
    }
    return void 0;
  };
  if (ecosystem === "npm") {
    const found = await nearest("package-lock.json");
    const lock = found ? parseNpmLockfile(found.text) : void 0;
    return (name) => (found?.below ? lock?.find((p) => p.path === `${found.below}/node_modules/${name}`)?.version : void 0) ?? lock?.find((p) => p.path === `node_modules/${name}`)?.version;
  }
  if (ecosystem === "cargo") {
    const found = await nearest("Cargo.lock");
    const crates = found ? parseCargoLock(found.text) : [];
    return (name) => lockedCrateVersion(crates, name);
  }
  return () => void 0;
}

// src/workflows/verify/dependencies-gate.ts
var lockfileNames = ["package-lock.json", "npm-shrinkwrap.json"];
async function runDependenciesGate(spec, context) {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1 };
  const changes = await options.git.diff(options.repoDir, context.base, context.dirty ? void 0 : context.head);
  const readHead = (path) => context.dirty ? options.filesAt(options.repoDir).read(path) : options.git.show(options.repoDir, context.head, path);
  const annotations = [];
  const unproven = [];
  let checked = 0;
  const policy = options.policy.dependencies;
  const cooldownMs = parseDuration(policy.cooldown) ?? 7 * 864e5;
  for (const change of changes) {
    if (change.status === "D") continue;
    const name = change.path.split("/").pop();
    const before = await options.git.show(options.repoDir, context.base, change.fromPath ?? change.path);
    const after = await readHead(change.path) ?? "";
    if (lockfileNames.includes(name)) {
      const head = parseNpmLockfile(after);
      if (!head) annotations.push({ path: change.path, line: 1, level: "error", title: "lockfile", message: "the lockfile is not valid JSON; regenerate it with npm install" });
      else annotations.push(...checkNpmLockfile(change.path, parseNpmLockfile(before ?? "{}") ?? [], head, policy.registries ?? ["registry.npmjs.org"]));
      continue;
    }
    const parse = manifestParser(change.path);
    if (!parse) continue;
    const declared = parse(after, change.path);
    const lockedVersion = await lockedVersionsFor(change.path, declared[0]?.ecosystem ?? "npm", readHead);
    for (const { dependency } of changedDependencies(before ? parse(before, change.path) : [], declared)) {
      const pinned = pinnedVersion(dependency, lockedVersion(dependency.name));
      if (pinned.kind === "local") continue;
      checked++;
      const version = pinned.kind === "exact" ? pinned.version : dependency.version;
      const publish = pinned.kind === "exact" ? await options.registry[dependency.ecosystem].publishTime(dependency.name, version) : { kind: "unresolved", reason: pinned.reason };
      const judgement = judgeDependency({ ...dependency, version }, policy.allow, cooldownMs, publish, options.clock.now());
      if (judgement.gateError) unproven.push(publish.kind === "unreachable" ? "a package registry could not be reached" : "a version is not pinned or locked");
      if (judgement.level !== "ok") annotations.push({ path: change.path, line: lineOf(after, dependency), level: judgement.level, title: "dependency", message: judgement.message });
    }
  }
  const errors = annotations.filter((a) => a.level === "error").length;
  if (unproven.length > 0) return { ...base, status: "error", reason: `dependency age is unproven: ${[...new Set(unproven)].join("; ")}`, annotations };
  if (errors > 0) return { ...base, status: "fail", reason: `${errors} dependency problem${errors === 1 ? "" : "s"}`, annotations };
  return { ...base, status: "pass", reason: checked === 0 ? "no dependency changed" : `${checked} changed dependenc${checked === 1 ? "y" : "ies"} allowed`, annotations };
}
function lineOf(text, dependency) {
  const index = text.split("\n").findIndex((line) => line.includes(`"${dependency.name}"`) || line.trimStart().startsWith(dependency.name));
  return index < 0 ? 1 : index + 1;
}

// src/core/gates/secret-scanner.ts
var allowMarker = "shopfloor:allow-secret";
var windowChars = 64 * 1024;
var overlapChars = 4096;
var maxFindings = 50;
var redactedMarker = /\[REDACTED:([a-z0-9-]{1,40})\]/g;
function redactSecret(value) {
  return value.length <= 8 ? "****" : `${value.slice(0, 4)}\u2026(${value.length} chars)`;
}
function messageFor(span, value) {
  if (span.kind.startsWith("marker:")) return `a ${span.kind.slice(7)} was printed here and redacted before the log was stored; treat it as leaked: rotate it, and find what printed it`;
  if (span.kind === "secret") return `a value Shopfloor holds as a secret appears here (${span.label}, ${value.length} chars, plain or encoded); treat it as leaked and rotate it`;
  return `${span.label} ${redactSecret(value)}; remove it, rotate it, and read it from the environment instead`;
}
function createSecretScanner(options) {
  const found = [];
  let extra = 0;
  let buffer = "";
  let bufferStart = 0;
  let bufferLine = 1;
  let scannedUntil = 0;
  let reportedUntil = 0;
  const report = (span, text, line, column) => {
    const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
    const lineEnd = text.indexOf("\n", span.start);
    const allowed = text.slice(lineStart, lineEnd < 0 ? void 0 : lineEnd).includes(allowMarker) && span.kind !== "secret" && !span.kind.startsWith("marker:");
    const level = allowed || span.kind === "url-password-local" ? "warning" : "error";
    if (found.length >= maxFindings) return void extra++;
    found.push({ path: options.path, line: options.lineNumber ? options.lineNumber(line) : line, column, level, title: allowed ? "secret (marked allowed)" : "secret", message: messageFor(span, text.slice(span.start, span.end)) });
  };
  const scan = (final) => {
    let cut = buffer.length;
    if (!final) {
      const lineEnd = buffer.lastIndexOf("\n");
      if (lineEnd > overlapChars) cut = lineEnd + 1;
    }
    const text = buffer.slice(0, cut);
    const spans = options.detect(text);
    if (options.markers) {
      for (const match of text.matchAll(redactedMarker)) if (match[1] !== "credential") spans.push({ start: match.index, end: match.index + match[0].length, kind: `marker:${match[1]}`, label: "redacted secret" });
    }
    spans.sort((a, b) => a.start - b.start);
    let line = bufferLine;
    let counted = 0;
    for (const span of spans) {
      if (span.kind === "credential" || bufferStart + span.end <= scannedUntil || bufferStart + span.start < reportedUntil) continue;
      for (let at = text.indexOf("\n", counted); at >= 0 && at < span.start; at = text.indexOf("\n", at + 1)) {
        line++;
        counted = at + 1;
      }
      report(span, text, line, span.start - (text.lastIndexOf("\n", span.start - 1) + 1) + 1);
      reportedUntil = bufferStart + span.end;
    }
    scannedUntil = bufferStart + cut;
    let keep = Math.max(0, cut - overlapChars);
    const lineStart = text.indexOf("\n", keep);
    if (lineStart >= 0 && lineStart < cut - 1) keep = lineStart + 1;
    for (let at = text.indexOf("\n"); at >= 0 && at < keep; at = text.indexOf("\n", at + 1)) bufferLine++;
    bufferStart += keep;
    buffer = buffer.slice(keep);
  };
  return {
    push: (chunk) => {
      buffer += chunk;
      if (buffer.length >= windowChars + overlapChars) scan(false);
    },
    end: () => {
      scan(true);
      if (extra > 0) found.push({ path: options.path, line: 1, column: 1, level: "error", title: "secret", message: `${extra} more possible secret${extra === 1 ? "" : "s"} not listed` });
      return found;
    }
  };
}

// src/core/gates/scan-secrets.ts
function scanSecrets(texts, detect = createSecretDetector()) {
  const found = [];
  let index = 0;
  while (index < texts.length) {
    const path = texts[index].path;
    const lineNumbers = [];
    const scanner = createSecretScanner({ path, detect, lineNumber: (line) => lineNumbers[line - 1] ?? line });
    for (; index < texts.length && texts[index].path === path; index++) {
      const { text, lineOffset = 1 } = texts[index];
      text.split("\n").forEach((line, offset) => {
        lineNumbers.push(lineOffset + offset);
        scanner.push(`${line}
`);
      });
    }
    found.push(...scanner.end());
  }
  return found;
}
function addedLines(unifiedDiff) {
  const texts = [];
  let file;
  let line = 0;
  for (const row of unifiedDiff.split("\n")) {
    if (row.startsWith("+++ ")) {
      file = row.slice(4).replace(/^b\//, "");
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (hunk) {
      line = Number(hunk[1]);
      continue;
    }
    if (file && file !== "/dev/null" && row.startsWith("+")) texts.push({ path: file, text: row.slice(1), lineOffset: line++ });
  }
  return texts;
}

// src/core/redaction/known-secret-values.ts
var notSecret = /^(?:[/~.]|[A-Za-z]:[\\/]|https?:\/\/[^@]*$|\d+$|true$|false$)/i;
function knownSecretValues(env) {
  const values = /* @__PURE__ */ new Set();
  for (const [name, value] of Object.entries(env)) {
    if (typeof value !== "string" || value.trim().length < minSecretLength) continue;
    const privateKey = value.includes("PRIVATE KEY-----");
    if (!privateKey && (notSecret.test(value.trim()) || !(isCredentialName(name) || /KEY/i.test(name)))) continue;
    values.add(value.trim());
  }
  return [...values];
}

// src/workflows/verify/secrets-gate.ts
async function runSecretsGate(spec, context) {
  const { options } = context;
  const diff = await options.git.raw(options.repoDir, ["diff", "-U0", "--no-color", "--no-ext-diff", "--no-renames", context.base, ...context.dirty ? [] : [context.head], "--"]);
  if (diff.exitCode !== 0) throw new Error(`git diff failed: ${diff.stderr.trim()}`);
  const detect = createSecretDetector({ secrets: [...knownSecretValues(options.sourceEnv), ...options.knownSecrets ?? []] });
  const annotations = scanSecrets(addedLines(diff.stdout), detect);
  for (const result of context.finished.values()) {
    if (result.logDigest) annotations.push(...await scanLog(options.store, result.logDigest, `log of gate ${result.id} (${result.logDigest.slice(0, 19)})`, detect));
  }
  const errors = annotations.filter((a) => a.level === "error").length;
  const base = { id: spec.id, kind: spec.kind, required: spec.required, attempts: 1, annotations };
  return errors > 0 ? { ...base, status: "fail", reason: `${errors} possible secret${errors === 1 ? "" : "s"} in the diff or gate logs; remove and rotate them (mark known fakes with shopfloor:allow-secret)` } : { ...base, status: "pass", ...annotations.length > 0 ? { reason: `${annotations.length} warning${annotations.length === 1 ? "" : "s"} (marked fakes, loopback URL passwords)` } : {} };
}
async function scanLog(store, digest, path, detect) {
  const chunks = await store.openRead(digest);
  if (!chunks) return [];
  const scanner = createSecretScanner({ path, detect, markers: true });
  const decoder = new TextDecoder();
  for await (const chunk of chunks) scanner.push(decoder.decode(chunk, { stream: true }));
  scanner.push(decoder.decode());
  return scanner.end();
}

// src/core/redaction/stream-redactor.ts
var holdBackChars = 4096;
var batchChars = 16384;
var maxPendingChars = 1024 * 1024;
function createStreamRedactor(detect) {
  let pending = "";
  const release = (final) => {
    const spans = detect(pending);
    let cut = pending.length;
    if (!final) {
      cut -= holdBackChars;
      const lineEnd = pending.lastIndexOf("\n", cut - 1);
      if (lineEnd >= cut - batchChars / 2) cut = lineEnd + 1;
      const open2 = spans.find((span) => span.start < cut && span.end > cut);
      if (open2) cut = pending.length > maxPendingChars ? open2.end : open2.start;
    }
    const out = applySpans(pending.slice(0, cut), spans.filter((span) => span.end <= cut));
    pending = pending.slice(cut);
    return out;
  };
  return {
    push: (chunk) => {
      pending += chunk;
      return pending.length >= holdBackChars + batchChars ? release(false) : "";
    },
    flush: () => release(true)
  };
}

// src/workflows/verify/open-redacted-log.ts
function openRedactedLog(options, env) {
  const credentials = Object.entries(env).filter(([name]) => isCredentialName(name)).map(([, value]) => value);
  const detect = createSecretDetector({ secrets: [...knownSecretValues(options.sourceEnv), ...options.knownSecrets ?? []].filter((value) => !credentials.includes(value)), credentials });
  const redactor = createStreamRedactor(detect);
  const sink = options.store.openLog();
  return {
    write: (chunk) => sink.write(redactor.push(chunk)),
    finish: () => (sink.write(redactor.flush()), sink.finish()),
    redact: (text) => applySpans(text, detect(text))
  };
}

// src/workflows/verify/test-first-gate.ts
async function runTestFirstGate(spec, context) {
  const { options } = context;
  const base = { id: spec.id, kind: spec.kind, required: spec.required };
  const workOrder = options.workOrder?.value;
  const changes = await options.git.diff(options.repoDir, context.base, context.head);
  const tests = changes.filter((c) => c.status !== "D" && isTestFile(c.path)).map((c) => c.path);
  if (tests.length === 0) return { ...base, attempts: 0, status: "fail", reason: `a ${workOrder?.kind ?? "bugfix"} work order must add or change a test that reproduces the bug; none of the ${changes.length} changed files is a test`, annotations: [] };
  const revertOf = workOrder?.provenance?.revertOf;
  const unitIndex = options.policy.gates.findIndex((gate) => gate.kind === "unit");
  const unitGate = unitIndex < 0 ? void 0 : policyGateSpec(options.policy.gates[unitIndex], unitIndex, { policy: options.policy, policyFile: options.policyFile, parseDuration });
  const repro = workOrder?.repro?.run;
  const reproSpec = repro === void 0 ? void 0 : { run: repro, env: commandEnvNames(options.policy.env, []), timeoutMs: spec.timeoutMs };
  const chosen = revertOf ? unitGate ?? reproSpec : reproSpec ?? unitGate;
  const command2 = chosen?.run;
  if (!chosen || !command2) return { ...base, attempts: 0, status: "error", reason: 'no test command: give the work order a repro.run, or declare a gate of kind "unit"', annotations: [] };
  const culprit = revertOf ? await options.git.revParse(options.repoDir, revertOf) : void 0;
  if (revertOf && !culprit) return { ...base, attempts: 0, status: "error", reason: `the culprit ${revertOf} (provenance.revertOf) is not in this repository; fetch it (git fetch origin ${revertOf}) and rerun`, annotations: [] };
  const shell = chosen.shell ?? defaultShellFor(options.runner.platform);
  const { env } = buildEnvironment(options.sourceEnv, { allow: chosen.env, platform: options.runner.platform, set: { CI: "true", SHOPFLOOR: "1", SHOPFLOOR_GATE: spec.id, SHOPFLOOR_CHANGED_TESTS: tests.join(" ") } });
  const log = openRedactedLog(options, env);
  let attempts = 0;
  const run = async (rev, side, overlay) => {
    attempts++;
    return withWorkCopy(options.git, options.repoDir, `${options.scratchDir}/${options.runId}-test-first-${side}`, rev, context.boxSettings, async (copy) => {
      if (overlay) {
        const files = options.filesAt(copy.dir);
        for (const test of tests) await files.replace(test, await options.git.show(options.repoDir, context.head, test) ?? "");
      }
      log.write(`=== shopfloor: ${command2} on the ${side} (${rev.slice(0, 12)}) ${overlay ? `with the head's tests: ${tests.join(", ")}` : "as committed"} ===
`);
      return options.runner.run({ script: command2, shell, cwd: chosen.workingDirectory ? `${copy.dir}/${chosen.workingDirectory}` : copy.dir, env, box: copy.box, timeoutMs: chosen.timeoutMs, onOutput: (chunk) => log.write(chunk), ...options.signal ? { signal: options.signal } : {} });
    });
  };
  const verdict = await judgeRuns(run, { red: culprit ? { rev: culprit, side: "culprit" } : { rev: context.base, side: "base" }, head: context.head, tests });
  const { digest } = await log.finish();
  return { ...base, attempts, logDigest: digest, annotations: [], ...verdict };
}
async function judgeRuns(run, plan) {
  const { side } = plan.red;
  const where = side === "culprit" ? `the culprit ${plan.red.rev.slice(0, 12)}` : "the base";
  const broken = (result, on) => result.timedOut || result.aborted || result.startError !== void 0 ? { status: "error", reason: `the test command did not complete on ${on} (${result.startError ?? "timed out or cancelled"})` } : void 0;
  const red = await run(plan.red.rev, side, true);
  const redBroken = broken(red, where);
  if (redBroken) return redBroken;
  if (red.exitCode === 0) {
    const why = side === "culprit" ? "they do not catch the regression it brought; make a test fail on the culprit" : "they do not reproduce the bug; make a test fail without the fix";
    return { status: "fail", reason: `the changed tests (${plan.tests.join(", ")}) pass on ${where} too, so ${why}` };
  }
  if (side === "culprit") {
    const control = await run(plan.red.rev, "culprit-control", false);
    const controlBroken = broken(control, `${where} as merged`);
    if (controlBroken) return controlBroken;
    const neither2 = notRunOnBoth(red, control, `${where} with the changed tests`, `${where} as merged`);
    if (neither2) return neither2;
    if (control.exitCode !== 0) return { status: "fail", reason: `the test command fails on ${where} as merged too (exit ${control.exitCode}), so the failure with the changed tests does not show that they catch the regression; declare a gate of kind "unit" that runs the tests` };
  }
  const head = await run(plan.head, "head", false);
  const headBroken = broken(head, "the head");
  if (headBroken) return headBroken;
  const neither = notRunOnBoth(red, head, where, "the head");
  if (neither) return neither;
  if (head.exitCode !== 0) return { status: "fail", reason: `the changed tests fail on the head (exit ${head.exitCode}); the fix does not make them pass` };
  return { status: "pass", reason: `${plan.tests.join(", ")} fail on ${where} (exit ${red.exitCode})${side === "culprit" ? ", whose own tests pass," : ""} and pass on the head` };
}
function notRunOnBoth(first, second, firstWhere, secondWhere) {
  const [a, b] = [couldNotRun(first), couldNotRun(second)];
  if (!a || !b) return void 0;
  return { status: "error", reason: `the check could not run: ${a} on ${firstWhere}${a === b ? " and on" : `, ${b} on`} ${secondWhere}; this says nothing about the change. Give the test command what it needs (its gate's \`env\`, or the policy's top-level \`env\`) and run again` };
}

// src/workflows/verify/run-builtin-gate.ts
var builtinGates = {
  scope: runScopeGate,
  dependencies: runDependenciesGate,
  secrets: runSecretsGate,
  "test-first": runTestFirstGate
};
function runBuiltinGate(spec, context) {
  return builtinGates[spec.builtin](spec, context);
}

// src/workflows/verify/run-command-gate.ts
import { createHash as createHash2 } from "node:crypto";

// src/core/gates/annotations/parse-cargo-json.ts
function parseCargoJson(output) {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    if (!line.startsWith("{")) continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    const diagnostic = record.reason === "compiler-message" ? record.message : record;
    if (!diagnostic || typeof diagnostic.message !== "string" || !Array.isArray(diagnostic.spans)) continue;
    const span = diagnostic.spans.find((s) => s.is_primary) ?? diagnostic.spans[0];
    if (!span) continue;
    const level = diagnostic.level === "error" || diagnostic.level === "error: internal compiler error" ? "error" : diagnostic.level === "warning" ? "warning" : "notice";
    found.push({
      path: span.file_name,
      line: span.line_start,
      ...span.column_start ? { column: span.column_start } : {},
      ...span.line_end ? { endLine: span.line_end } : {},
      level,
      message: diagnostic.message,
      ...diagnostic.code?.code ? { title: diagnostic.code.code } : {}
    });
  }
  return found;
}

// src/core/gates/annotations/parse-eslint.ts
function parseEslintJson(output) {
  const start = output.indexOf("[{");
  if (start < 0) return [];
  let data;
  try {
    data = JSON.parse(output.slice(start, output.lastIndexOf("]") + 1));
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  return data.flatMap(
    (file) => (Array.isArray(file?.messages) ? file.messages : []).map((m) => ({
      path: String(file.filePath),
      line: m.line ?? 1,
      column: m.column ?? 1,
      level: m.severity === 2 ? "error" : "warning",
      message: String(m.message ?? ""),
      ...m.ruleId ? { title: m.ruleId } : {}
    }))
  );
}
var stylishRow = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.+?)(?:\s{2,}(\S+))?\s*$/;
function parseEslintStylish(output) {
  const found = [];
  let file;
  for (const line of output.split(/\r?\n/)) {
    if (/^\S/.test(line) && !/^[✖✓]/.test(line) && !line.includes("problem")) {
      file = line.trim();
      continue;
    }
    const match = stylishRow.exec(line);
    if (!match || !file) continue;
    const [, row, col, level, message, rule] = match;
    found.push({ path: file, line: Number(row), column: Number(col), level, message, ...rule ? { title: rule } : {} });
  }
  return found;
}

// src/core/gates/annotations/parse-junit.ts
var entities = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
var decode = (text) => text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name) => name.startsWith("#x") || name.startsWith("#X") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : entities[name.toLowerCase()]);
var attribute = (attributes, name) => {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return match ? decode(match[1] ?? match[2] ?? "") : void 0;
};
function parseJunit(xml) {
  const found = [];
  const suites = [...xml.matchAll(/<testsuite\b([^>]*)>([\s\S]*?)<\/testsuite>/g)];
  const blocks = suites.length > 0 ? suites.map((m) => ({ suiteFile: attribute(m[1], "file") ?? attribute(m[1], "filepath"), body: m[2] })) : [{ suiteFile: void 0, body: xml }];
  for (const { suiteFile, body } of blocks) {
    for (const testcase of body.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
      const inner = testcase[2] ?? "";
      const problem = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(inner);
      if (!problem) continue;
      const attrs = testcase[1];
      const name = attribute(attrs, "name") ?? "test";
      const classname = attribute(attrs, "classname");
      const text = decode((problem[3] ?? "").replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1"));
      const path = attribute(attrs, "file") ?? suiteFile ?? (classname?.includes("/") ? classname : classname?.replace(/\./g, "/")) ?? "unknown";
      const lineFromText = new RegExp(`${escapeRegExp(path)}:(\\d+)(?::(\\d+))?`).exec(text);
      const line = Number(attribute(attrs, "line") ?? lineFromText?.[1] ?? 1);
      const message = attribute(problem[2], "message") ?? text.trim().split("\n")[0] ?? "failed";
      found.push({ path, line, ...lineFromText?.[2] ? { column: Number(lineFromText[2]) } : {}, level: "error", message: message || "failed", title: classname ? `${classname} \u203A ${name}` : name });
    }
  }
  return found;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/core/gates/annotations/parse-tsc.ts
var plain = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
var pretty = /^(.+?):(\d+):(\d+) - (error|warning|message) (TS\d+): (.*)$/;
function parseTsc(output) {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    const match = plain.exec(line) ?? pretty.exec(line);
    if (!match) continue;
    const [, path, row, col, level, code, message] = match;
    found.push({ path: path.trim(), line: Number(row), column: Number(col), level: level === "error" ? "error" : level === "warning" ? "warning" : "notice", message, title: code });
  }
  return found;
}

// src/core/gates/annotations/parse-workflow-commands.ts
var command = /^::(error|warning|notice)(?:\s+(.*?))?::(.*)$/;
var unescapeData = (text) => text.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%25/g, "%");
var unescapeProperty = (text) => unescapeData(text).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
function parseWorkflowCommands(output) {
  const found = [];
  for (const line of output.split(/\r?\n/)) {
    const match = command.exec(line.trim());
    if (!match) continue;
    const properties = /* @__PURE__ */ new Map();
    for (const pair of (match[2] ?? "").split(",")) {
      const equals = pair.indexOf("=");
      if (equals > 0) properties.set(pair.slice(0, equals).trim(), unescapeProperty(pair.slice(equals + 1)));
    }
    const file = properties.get("file");
    if (!file) continue;
    const column = properties.get("col");
    const endLine = properties.get("endLine");
    const title = properties.get("title");
    found.push({
      path: file,
      line: Number(properties.get("line") ?? 1),
      ...column ? { column: Number(column) } : {},
      ...endLine ? { endLine: Number(endLine) } : {},
      level: match[1],
      message: unescapeData(match[3]),
      ...title ? { title } : {}
    });
  }
  return found;
}

// src/core/gates/annotations/parse-annotations.ts
var annotationParsers = [parseWorkflowCommands, parseTsc, parseEslintJson, parseEslintStylish, parseJunit, parseCargoJson];
var ansi = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
function stripAnsi(text) {
  return text.replace(ansi, "");
}
function parseAnnotations(output, root) {
  const text = stripAnsi(output);
  const seen = /* @__PURE__ */ new Set();
  const result = [];
  for (const parser of annotationParsers) {
    for (const annotation of parser(text)) {
      const path = relativePath(annotation.path, root);
      const key = `${path}:${annotation.line}:${annotation.column ?? 0}:${annotation.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({ ...annotation, path });
    }
  }
  return result;
}
function relativePath(path, root) {
  const slashed = path.replace(/\\/g, "/");
  const base = root.replace(/\\/g, "/").replace(/\/+$/, "");
  const relative = slashed.toLowerCase().startsWith(`${base.toLowerCase()}/`) ? slashed.slice(base.length + 1) : slashed;
  return relative.replace(/^\.\//, "");
}

// src/core/gates/cache-key.ts
function cacheKeyMaterial(spec, shell, env, inputsTreeHash, platform) {
  if (spec.cache.length === 0 || !spec.run) return void 0;
  const sortedEnv = Object.fromEntries(Object.entries(env).filter(([name]) => spec.env.includes(name)).sort(([a], [b]) => a < b ? -1 : 1));
  return canonicalJson({ v: 1, run: spec.run, shell, cwd: spec.workingDirectory ?? ".", env: sortedEnv, inputs: inputsTreeHash, platform, golden: spec.golden ?? null });
}

// src/core/gates/classify-attempts.ts
function classifyAttempts(attempts) {
  const last = attempts[attempts.length - 1];
  if (!last) return { status: "error", reason: "the gate never ran" };
  if (last.startError) return { status: "error", reason: `could not start: ${last.startError}` };
  if (last.aborted) return { status: "error", reason: "cancelled before it finished" };
  if (last.timedOut) return { status: "error", reason: `timed out after ${Math.round(last.timeoutMs / 1e3)} s; the process tree was killed` };
  if (last.exitCode === 0) {
    return attempts.length === 1 ? { status: "pass" } : { status: "flaky", reason: `failed ${attempts.length - 1} time${attempts.length === 2 ? "" : "s"}, then passed` };
  }
  return { status: "fail", reason: `exit code ${last.exitCode ?? "none"}${attempts.length > 1 ? ` on all ${attempts.length} attempts` : ""}` };
}
function shouldRetry(attempt, attemptsSoFar, retries) {
  return attemptsSoFar <= retries && !attempt.timedOut && !attempt.aborted && !attempt.startError && attempt.exitCode !== 0;
}

// src/core/gates/normalize-golden.ts
function normalizeGolden(output, root) {
  let text = stripAnsi(output).replace(/\r\n?/g, "\n");
  if (root) text = text.split(root).join("<root>");
  text = text.replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?\b/g, "<time>").replace(/\b\d+(?:\.\d+)?\s?(?:ms|s)\b/g, "<duration>").replace(/\b[0-9a-f]{12,64}\b/g, "<hex>");
  return `${text.split("\n").map((line) => line.trimEnd()).join("\n").trimEnd()}
`;
}
function firstDifference(expected, actual) {
  const a = expected.split("\n");
  const b = actual.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { line: i + 1, expected: a[i] ?? "<end of file>", actual: b[i] ?? "<end of output>" };
  }
  return void 0;
}

// src/workflows/verify/compare-golden.ts
async function compareGolden(spec, output, context) {
  const actual = normalizeGolden(output, context.workDir);
  const files = context.options.filesAt(context.options.repoDir);
  const path = spec.golden;
  if (context.options.updateGolden) {
    await files.replace(path, actual);
    return void 0;
  }
  const expected = await files.read(path);
  if (expected === void 0) return { status: "fail", reason: `golden file ${path} does not exist; record it with \`shopfloor verify --gates ${spec.id} --update-golden\`` };
  const difference = firstDifference(expected.replace(/\r\n?/g, "\n"), actual);
  if (!difference) return void 0;
  const message = `output differs from ${path} at line ${difference.line}: expected ${JSON.stringify(difference.expected)}, got ${JSON.stringify(difference.actual)}; if the change is intended, re-record with \`shopfloor verify --gates ${spec.id} --update-golden\``;
  return { status: "fail", reason: message, annotation: { path, line: difference.line, level: "error", title: "golden", message } };
}

// src/workflows/verify/cache-inputs-hash.ts
import { createHash } from "node:crypto";
async function cacheInputsHash(git, repoDir, commit, globs) {
  if (globs.length === 0) return "";
  const listing = await git.raw(repoDir, ["ls-tree", "-r", "-z", "--full-tree", commit]);
  if (listing.exitCode !== 0) throw new Error(`git ls-tree ${commit} failed: ${listing.stderr.trim()}`);
  const compiled = globs.map((glob) => prepareGlob(glob));
  const hash = createHash("sha256");
  for (const entry of listing.stdout.split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0) continue;
    const path = entry.slice(tab + 1);
    if (matchAnyGlob(compiled, path)) hash.update(`${entry}
`);
  }
  return hash.digest("hex");
}

// src/workflows/verify/run-command-gate.ts
var memoryCapBytes = 4 * 1024 * 1024;
async function runCommandGate(spec, context, pending) {
  const { options, workDir } = context;
  const shell = spec.shell ?? defaultShellFor(options.runner.platform);
  const set = { CI: "true", SHOPFLOOR: "1", SHOPFLOOR_GATE: spec.id, SHOPFLOOR_BASE: context.base, SHOPFLOOR_HEAD: context.head };
  const { env } = buildEnvironment(options.sourceEnv, { allow: spec.env, platform: options.runner.platform, set });
  const base = { id: spec.id, kind: spec.kind, required: spec.required };
  const started = options.clock.now();
  const material = !context.dirty && !options.updateGolden ? cacheKeyMaterial(spec, shell, env, await cacheInputsHash(options.git, options.repoDir, context.head, spec.cache), options.runner.platform) : void 0;
  const cacheKey = material === void 0 ? void 0 : `sha256:${createHash2("sha256").update(material).digest("hex")}`;
  if (cacheKey) {
    const hit = await options.store.lookupCache(cacheKey);
    if (hit) {
      return { ...base, status: "cached", reason: "command, environment and cache inputs unchanged since a passing run", attempts: 0, durationMs: 0, annotations: [], cacheKey, ...hit.logDigest ? { logDigest: hit.logDigest } : {}, cachedFrom: { runId: hit.runId, ...hit.reportDigest ? { reportDigest: hit.reportDigest } : {} } };
    }
  }
  const log = openRedactedLog(options, env);
  const { redact } = log;
  const attempts = [];
  let output = "";
  let stdout = "";
  let exitCode;
  const cwd = spec.workingDirectory ? `${workDir}/${spec.workingDirectory}` : workDir;
  for (; ; ) {
    if (attempts.length > 0) {
      options.onProgress?.({ type: "retrying", id: spec.id, attempt: attempts.length + 1 });
      log.write(`
=== shopfloor: attempt ${attempts.length + 1} of ${spec.retries + 1} ===
`);
    }
    const result = await options.runner.run({
      script: spec.run,
      shell,
      cwd,
      env,
      timeoutMs: spec.timeoutMs,
      maxCaptureBytes: memoryCapBytes,
      box: context.box,
      ...options.signal ? { signal: options.signal } : {},
      onOutput: (chunk) => log.write(chunk)
    });
    if (result.startError) log.write(`
shopfloor: could not start: ${result.startError}
`);
    if (result.timedOut) log.write(`
shopfloor: timed out after ${spec.timeoutMs} ms; killed the process tree
`);
    const attempt = { exitCode: result.exitCode, timedOut: result.timedOut, aborted: result.aborted, startError: result.startError, timeoutMs: spec.timeoutMs };
    attempts.push(attempt);
    output = redact(`${result.stdout}
${result.stderr}
`);
    stdout = result.stdout;
    exitCode = result.exitCode;
    if (!shouldRetry(attempt, attempts.length, spec.retries)) break;
  }
  const { digest } = await log.finish();
  let { status, reason } = classifyAttempts(attempts);
  const annotations = parseAnnotations(output, workDir).map((a) => ({ ...a, message: redact(a.message) }));
  if (spec.golden && (status === "pass" || status === "flaky")) {
    const golden = await compareGolden(spec, stdout, context);
    if (golden) ({ status, reason } = { status: golden.status, reason: golden.reason });
    if (golden?.annotation) annotations.push(golden.annotation);
  }
  if (cacheKey && status === "pass") pending.push({ key: cacheKey, gateId: spec.id, logDigest: digest });
  return {
    ...base,
    status,
    ...reason ? { reason } : {},
    attempts: attempts.length,
    durationMs: options.clock.now() - started,
    ...exitCode !== void 0 ? { exitCode } : {},
    logDigest: digest,
    annotations,
    ...cacheKey ? { cacheKey } : {}
  };
}

// src/core/gates/next-runnable.ts
var passing = ["pass", "cached", "flaky"];
function nextSteps(specs, states, freeSlots) {
  const steps = [];
  let slots = freeSlots;
  for (const spec of specs) {
    if (states.get(spec.id)?.phase !== "queued") continue;
    const blocked = spec.needs.map((need) => ({ need, state: states.get(need) })).find(({ state }) => state?.phase === "done" && !passing.includes(state.status));
    if (blocked) {
      const status = blocked.state.status;
      steps.push({ action: "skip", id: spec.id, reason: `needs "${blocked.need}", which ${status === "skipped" ? "was skipped" : `ended ${status}`}` });
      continue;
    }
    const waiting = [...spec.needs, ...spec.after].some((id) => states.has(id) && states.get(id).phase !== "done");
    if (waiting || slots <= 0) continue;
    steps.push({ action: "start", id: spec.id });
    slots--;
  }
  return steps;
}

// src/workflows/verify/run-gate-schedule.ts
function runGateSchedule(specs, concurrency, runGate, onFinished) {
  const states = new Map(specs.map((spec) => [spec.id, { phase: "queued" }]));
  const results = /* @__PURE__ */ new Map();
  let running = 0;
  return new Promise((resolve3) => {
    const finish = (result) => {
      states.set(result.id, { phase: "done", status: result.status });
      results.set(result.id, result);
      onFinished(result);
    };
    const pump = () => {
      for (let steps = nextSteps(specs, states, concurrency - running); steps.length > 0; steps = nextSteps(specs, states, concurrency - running)) {
        for (const step of steps) {
          const spec = specs.find((s) => s.id === step.id);
          if (step.action === "skip") {
            finish({ id: spec.id, kind: spec.kind, required: spec.required, status: "skipped", reason: step.reason, attempts: 0, durationMs: 0, annotations: [] });
            continue;
          }
          states.set(spec.id, { phase: "running" });
          running++;
          void runGate(spec, results).catch((error) => ({ id: spec.id, kind: spec.kind, required: spec.required, status: "error", reason: `the gate could not run: ${error.message}`, attempts: 0, durationMs: 0, annotations: [] })).then((result) => {
            running--;
            finish(result);
            pump();
          });
        }
      }
      if (results.size === specs.length) resolve3(specs.map((spec) => results.get(spec.id)));
    };
    pump();
  });
}

// src/core/report/dsse-envelope.ts
var utf8Length = (text) => new TextEncoder().encode(text).length;
function preAuthEncoding(payloadType, body) {
  return `DSSEv1 ${utf8Length(payloadType)} ${payloadType} ${utf8Length(body)} ${body}`;
}
function renderDsseEnvelope(payloadType, body, keyid, sig) {
  const envelope = { payload: textToBase64(body), payloadType, signatures: [{ keyid, sig }] };
  return `${JSON.stringify(envelope)}
`;
}
function looksLikeDsseEnvelope(data) {
  return data !== null && typeof data === "object" && !Array.isArray(data) && "payloadType" in data && "payload" in data;
}
function readDsseEnvelope(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `it is not valid JSON (${error.message})` };
  }
  if (!looksLikeDsseEnvelope(data)) return { ok: false, error: "it is not a DSSE envelope (no payload and payloadType)" };
  const { payload, payloadType, signatures } = data;
  if (typeof payload !== "string" || typeof payloadType !== "string") return { ok: false, error: "payload and payloadType must be strings" };
  if (!Array.isArray(signatures) || signatures.length === 0) return { ok: false, error: "it has no signatures" };
  const read = [];
  for (const entry of signatures) {
    const { keyid, sig } = entry ?? {};
    if (typeof sig !== "string" || keyid !== void 0 && typeof keyid !== "string") return { ok: false, error: "each signature needs a string `sig` (and `keyid`, when present, is a string)" };
    read.push({ keyid: keyid ?? "", sig });
  }
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(payload)) return { ok: false, error: "the payload is not base64" };
  try {
    return { ok: true, payloadType, body: base64ToText(payload), signatures: read };
  } catch {
    return { ok: false, error: "the payload is not base64 of UTF-8 text" };
  }
}

// src/core/report/report-statement.ts
var inTotoPayloadType = "application/vnd.in-toto+json";
var inTotoStatementType = "https://in-toto.io/Statement/v1";
var reportPredicateType = "https://shopfloor.invalid/attestation/verification-report/v1";
function reportStatement(report) {
  const { signature: _signature, ...predicate } = report;
  return {
    _type: inTotoStatementType,
    subject: [
      { name: `${report.repo}@commit`, digest: { gitCommit: report.head } },
      { name: `${report.repo}@tree`, digest: { gitTree: report.tree } }
    ],
    predicateType: reportPredicateType,
    predicate
  };
}
function renderStatement(statement) {
  return canonicalJson(statement);
}

// src/workflows/verify/sign-attestation.ts
async function signReportAttestation(report, signer) {
  const body = renderStatement(reportStatement(report));
  const sig = await signer.sign(preAuthEncoding(inTotoPayloadType, body));
  return renderDsseEnvelope(inTotoPayloadType, body, signer.keyId, sig);
}

// src/workflows/verify/verify-change.ts
var sha256 = (text) => `sha256:${createHash3("sha256").update(text).digest("hex")}`;
async function verifyChange(options) {
  const { git, repoDir } = options;
  const startedAt = options.clock.now();
  if ((await git.raw(repoDir, ["rev-parse", "--git-dir"])).exitCode !== 0) throw new VerifyInputError([`${repoDir} is not a git repository; a report proves a commit, so run verify inside a repository with at least one commit`]);
  const [base, head] = await Promise.all([git.revParse(repoDir, options.base), git.revParse(repoDir, options.head)]);
  const unknown = [...new Set([[options.base, base], [options.head, head]].filter(([, sha]) => !sha).map(([rev]) => rev))];
  if (unknown.length > 0) throw new VerifyInputError(unknown.map((rev) => `"${rev}" is not a commit in ${repoDir}; ${rev === "HEAD" ? "commit something first" : "pass a branch, tag or SHA that exists"}`));
  const planned = planGates({
    policy: options.policy,
    policyFile: options.policyFile,
    platform: options.runner.platform,
    parseDuration,
    ...options.workOrder ? { workOrder: options.workOrder.value, workOrderFile: options.workOrder.file } : {},
    ...options.gates ? { only: options.gates } : {}
  });
  if (!planned.ok) throw new VerifyInputError(planned.errors);
  const specs = planned.value.specs;
  let dirty = false;
  if (options.inPlace) {
    const current = await git.revParse(repoDir, "HEAD");
    if (current !== head) throw new VerifyInputError([`verifying in place runs the checkout as it is, but its HEAD is ${current?.slice(0, 12)} and ${head.slice(0, 12)} was asked for; check that commit out, or verify it in a clean worktree (--head)`]);
    dirty = (await git.status(repoDir)).some((line) => !line.slice(3).startsWith(".shopfloor/"));
  }
  await checkGateCommandsOrThrow(specs, repoDir, options);
  const isolation = isolationPolicy(options.policy.isolation);
  const refusal = options.signer ? isolationRefusal(options.runner.isolation, isolation) : void 0;
  if (refusal) throw new VerifyInputError([`${refusal}; nothing was run or signed`]);
  const boxSettings = { readOnly: isolation.readOnly, network: isolation.network.gates };
  const copy = options.inPlace ? void 0 : await openWorkCopy(git, repoDir, `${options.scratchDir}/${options.runId}-head`, head, boxSettings);
  const workDir = copy?.dir ?? repoDir;
  const box = copy?.box ?? inPlaceBox(repoDir, boxSettings);
  const pending = [];
  let results;
  try {
    options.onProgress?.({ type: "planned", gates: specs });
    const runGate = async (spec, finished) => {
      options.onProgress?.({ type: "started", id: spec.id, at: options.clock.now() });
      const context = { options, workDir, box, boxSettings, base, head, dirty, finished };
      if (spec.builtin) {
        const started = options.clock.now();
        return { ...await runBuiltinGate(spec, context), durationMs: options.clock.now() - started };
      }
      return runCommandGate(spec, context, pending);
    };
    results = await runGateSchedule(specs, Math.max(1, options.concurrency ?? options.environment.cpus), runGate, (result) => options.onProgress?.({ type: "finished", result }));
  } finally {
    await copy?.close();
  }
  const groups = { golden: specs.filter((spec) => spec.golden).map((spec) => spec.id) };
  const requiredGates = options.policy.merge.requiredGates?.filter((id) => options.workOrder !== void 0 || id !== "scope" && !id.startsWith("acceptance:"));
  const verdict = decideVerdict(results, { allowFlaky: options.policy.merge.allowFlaky, groups, ...requiredGates ? { requiredGates } : {} }, options.gates !== void 0);
  const unsigned = {
    schemaVersion: reportSchemaVersion,
    runId: options.runId,
    repo: repoDir.split(/[\\/]/).filter(Boolean).pop() ?? repoDir,
    workOrder: options.workOrder ? { id: options.workOrder.value.id, contentHash: sha256(options.workOrder.text), kind: options.workOrder.value.kind } : null,
    base,
    head,
    tree: await git.treeOf(repoDir, head),
    dirty,
    policyDigest: sha256(options.policyText),
    // A runaway tool can print millions of problems; the report keeps the first 500 per gate, the log has all.
    gates: results.map((r) => ({ ...r, annotations: r.annotations.slice(0, 500), durationMs: Math.round(r.durationMs) })),
    omitted: [...planned.value.omitted],
    environment: { ...options.environment },
    isolation: reportIsolation(options.runner.isolation, boxSettings.network),
    ...options.agents?.length ? { agents: options.agents.map((agent) => ({ ...agent })) } : {},
    verdict,
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(options.clock.now()).toISOString()
  };
  const report = options.signer ? { ...unsigned, signature: { algorithm: "ed25519", keyId: options.signer.keyId, value: await options.signer.sign(signingPayload(unsigned)) } } : unsigned;
  const reportDigest = await options.store.put(renderReportFile(report));
  const attestationDigest = options.signer && !dirty ? await options.store.put(await signReportAttestation(report, options.signer)) : void 0;
  await options.store.writeRunIndex({
    runId: options.runId,
    createdAt: startedAt,
    head,
    base,
    reportDigest,
    ...options.workOrder ? { workOrder: options.workOrder.value.id } : {},
    artifacts: [
      ...results.filter((r) => r.logDigest).map((r) => ({ name: `${r.id}.log`, digest: r.logDigest })),
      ...attestationDigest ? [{ name: "report.intoto.jsonl", digest: attestationDigest }] : []
    ]
  });
  if (options.noteRef && !dirty) await git.notesAdd(repoDir, options.noteRef, head, renderReportFile(report));
  for (const record of pending) await options.store.recordCache(record.key, { runId: options.runId, gateId: record.gateId, logDigest: record.logDigest, reportDigest, at: startedAt });
  return {
    report,
    passed: verdict.passed,
    reportPath: options.store.pathOf(reportDigest),
    reportDigest,
    ...attestationDigest ? { attestationPath: options.store.pathOf(attestationDigest), attestationDigest } : {}
  };
}

// src/workflows/verify/load-verify-inputs.ts
async function loadVerifyInputs(files, workOrderId) {
  const policyText = await files.read(policyPath);
  if (policyText === void 0) return { ok: false, findings: [], message: `${policyPath} not found in ${files.root}; run \`shopfloor init\` to create a policy with gates` };
  const checked = checkPolicyFile(policyText, policyPath);
  const findings = [...checked.findings.filter((f) => f.severity === "error")];
  let workOrder;
  if (workOrderId !== void 0) {
    const candidates = [`workorders/${workOrderId}.yml`, `workorders/${workOrderId}.yaml`];
    let found = false;
    for (const file of candidates) {
      const text = await files.read(file);
      if (text === void 0) continue;
      found = true;
      const result = checkWorkOrderFile(text, file);
      findings.push(...result.findings.filter((f) => f.severity === "error"));
      if (result.workOrder) workOrder = { value: result.workOrder, file, text };
      break;
    }
    if (!found) return { ok: false, findings, message: `work order "${workOrderId}" not found (looked for ${candidates.join(" and ")}); run \`shopfloor validate\` to list work orders` };
  }
  if (findings.length > 0 || !checked.policy) return { ok: false, findings };
  return { ok: true, policy: checked.policy, policyText, policyFile: policyPath, ...workOrder ? { workOrder } : {} };
}

// src/workflows/verify/merge-base-with.ts
async function mergeBaseWithFirst(git, root, candidates, head) {
  for (const candidate of candidates) {
    if (!await git.revParse(root, candidate)) continue;
    const mergeBase = await git.raw(root, ["merge-base", candidate, head]);
    if (mergeBase.exitCode === 0) return mergeBase.stdout.trim();
  }
  return head;
}

// src/entrypoints/cli/verify-command.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdtemp, readFile as readFile3, rm as rm2 } from "node:fs/promises";
import { arch, availableParallelism, tmpdir } from "node:os";
import { dirname as dirname2, join as join6, resolve as resolve2 } from "node:path";

// src/adapters/artifacts/content-addressed-store.ts
import { createHash as createHash4, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var defaultArtifactDir = ".shopfloor/artifacts";
var digestPattern = /^sha256:([0-9a-f]{64})$/;
function createContentAddressedStore(root) {
  const pathOf = (digest) => {
    const hex = digestPattern.exec(digest)?.[1];
    if (!hex) throw new Error(`"${digest}" is not a sha256 digest`);
    return join(root, "sha256", hex.slice(0, 2), hex.slice(2));
  };
  const tmp = async () => {
    await mkdir(join(root, "tmp"), { recursive: true });
    return join(root, "tmp", `${process.pid}-${randomBytes(6).toString("hex")}`);
  };
  const place = async (temp, digest) => {
    const target = pathOf(digest);
    await mkdir(dirname(target), { recursive: true });
    await rename(temp, target).catch(async (error) => {
      await rm(temp, { force: true });
      if (error.code !== "EEXIST" && error.code !== "EPERM") throw error;
    });
  };
  const put = async (content) => {
    const digest = `sha256:${createHash4("sha256").update(content).digest("hex")}`;
    const target = pathOf(digest);
    if (await exists(target)) return digest;
    const temp = await tmp();
    await writeFile(temp, content);
    await place(temp, digest);
    return digest;
  };
  const openLog = () => {
    const hash = createHash4("sha256");
    let bytes = 0;
    const pathPromise = tmp();
    const streamPromise = pathPromise.then((path) => createWriteStream(path));
    const pending = [];
    let stream;
    void streamPromise.then((s) => {
      stream = s;
      for (const chunk of pending.splice(0)) s.write(chunk);
    });
    return {
      write: (chunk) => {
        hash.update(chunk);
        bytes += Buffer.byteLength(chunk);
        if (stream) stream.write(chunk);
        else pending.push(chunk);
      },
      finish: async () => {
        const s = await streamPromise;
        for (const chunk of pending.splice(0)) s.write(chunk);
        await new Promise((resolve3, reject) => s.end((error) => error ? reject(error) : resolve3()));
        const digest = `sha256:${hash.digest("hex")}`;
        await place(await pathPromise, digest);
        return { digest, bytes };
      }
    };
  };
  const runsDir = join(root, "runs");
  const listRuns = async () => {
    const names = await readdir(runsDir).catch(() => []);
    const runs = await Promise.all(names.filter((n) => n.endsWith(".json")).map(async (n) => JSON.parse(await readFile(join(runsDir, n), "utf8"))));
    return runs.sort((a, b) => b.createdAt - a.createdAt || (a.runId < b.runId ? 1 : -1));
  };
  return {
    root,
    openLog,
    put,
    pathOf,
    read: async (digest) => readFile(pathOf(digest)).catch(() => void 0),
    openRead: async (digest) => await exists(pathOf(digest)) ? createReadStream(pathOf(digest), { highWaterMark: 1024 * 1024 }) : void 0,
    writeRunIndex: async (index) => {
      const path = join(runsDir, `${safeName(index.runId)}.json`);
      await mkdir(runsDir, { recursive: true });
      await writeFileAtomic(path, `${JSON.stringify(index, null, 2)}
`);
      return path;
    },
    listRuns,
    lookupCache: async (key) => {
      const text = await readFile(join(root, "cache", `${safeName(key)}.json`), "utf8").catch(() => void 0);
      if (!text) return void 0;
      const entry = JSON.parse(text);
      return entry.logDigest && !await exists(pathOf(entry.logDigest)) ? void 0 : entry;
    },
    recordCache: async (key, entry) => {
      await mkdir(join(root, "cache"), { recursive: true });
      await writeFileAtomic(join(root, "cache", `${safeName(key)}.json`), `${JSON.stringify(entry)}
`);
    },
    prune: async ({ maxRuns, maxAgeMs, now, graceMs }) => {
      const runs = await listRuns();
      const keep = runs.filter((run, index) => (maxRuns === void 0 || index < maxRuns) && (maxAgeMs === void 0 || now - run.createdAt <= maxAgeMs));
      const drop = runs.filter((run) => !keep.includes(run));
      for (const run of drop) await rm(join(runsDir, `${safeName(run.runId)}.json`), { force: true });
      const referenced = new Set(keep.flatMap((run) => [...run.artifacts.map((a) => a.digest), ...run.reportDigest ? [run.reportDigest] : []]).map((d) => pathOf(d)));
      let removedBlobs = 0;
      const shards = await readdir(join(root, "sha256")).catch(() => []);
      for (const shard of shards) {
        for (const blob of await readdir(join(root, "sha256", shard))) {
          const path = join(root, "sha256", shard, blob);
          if (referenced.has(path) || graceMs !== void 0 && await modifiedAfter(path, now - graceMs)) continue;
          await rm(path, { force: true });
          removedBlobs++;
        }
      }
      for (const name of await readdir(join(root, "tmp")).catch(() => [])) {
        const path = join(root, "tmp", name);
        if (graceMs !== void 0 && !await modifiedAfter(path, now - graceMs)) await rm(path, { force: true });
      }
      return { removedRuns: drop.length, removedBlobs };
    }
  };
}
function safeName(name) {
  return name.replace(/[^A-Za-z0-9._-]/g, "_");
}
async function modifiedAfter(path, time) {
  return stat(path).then((s) => s.mtimeMs > time, () => false);
}
async function exists(path) {
  return stat(path).then(() => true, () => false);
}

// src/adapters/process/node-command-locator.ts
import { access, constants } from "node:fs/promises";
import { delimiter, isAbsolute, join as join2, resolve } from "node:path";
function createNodeCommandLocator(platform = process.platform) {
  return {
    exists: async (command2, cwd, env) => {
      const windows = platform === "win32";
      const extensions = windows ? ["", ...(env.PATHEXT ?? env.Pathext ?? ".COM;.EXE;.BAT;.CMD").split(";").filter(Boolean)] : [""];
      const candidates = command2.includes("/") || windows && command2.includes("\\") || isAbsolute(command2) ? [resolve(cwd, command2)] : (Object.entries(env).find(([name]) => (windows ? name.toUpperCase() : name) === "PATH")?.[1] ?? "").split(windows ? ";" : delimiter).filter(Boolean).map((dir) => join2(dir, command2));
      for (const candidate of candidates) {
        for (const extension of extensions) {
          if (await access(candidate + extension, windows ? constants.F_OK : constants.X_OK).then(() => true, () => false)) return true;
        }
      }
      return false;
    }
  };
}

// src/adapters/registry/fetch-registry-json.ts
async function fetchRegistryJson(doFetch, url, headers, timeoutMs) {
  try {
    const response = await doFetch(url, { headers: { accept: "application/json", ...headers }, signal: AbortSignal.timeout(timeoutMs) });
    if (response.status === 404) return { ok: false, publish: { kind: "not-found" } };
    if (!response.ok) return { ok: false, publish: { kind: "unreachable", reason: `${url} answered HTTP ${response.status}` } };
    return { ok: true, json: await response.json() };
  } catch (error) {
    const cause = error.cause?.code;
    return { ok: false, publish: { kind: "unreachable", reason: `${url}: ${cause ?? error.message}` } };
  }
}
function parsePublishTime(text, what) {
  const at = text === void 0 ? Number.NaN : Date.parse(text);
  return Number.isNaN(at) ? { kind: "unreachable", reason: `the registry gave no readable publish time for ${what} (${JSON.stringify(text ?? null)})` } : { kind: "published", at };
}

// src/adapters/registry/publish-time-cache.ts
import { mkdir as mkdir2, readFile as readFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";
function withPublishTimeCache(registry, cacheDir) {
  const inFlight = /* @__PURE__ */ new Map();
  const fileOf = (name, version) => join3(cacheDir, `${`${name}@${version}`.replace(/[^A-Za-z0-9._@-]/g, "_")}.json`);
  const lookUp = async (name, version) => {
    if (cacheDir) {
      const cached = await readFile2(fileOf(name, version), "utf8").then((text) => JSON.parse(text).at, () => void 0);
      if (typeof cached === "number") return { kind: "published", at: cached };
    }
    const answer = await registry.publishTime(name, version);
    if (cacheDir && answer.kind === "published") {
      await mkdir2(cacheDir, { recursive: true });
      await writeFileAtomic(fileOf(name, version), JSON.stringify({ name, version, at: answer.at }));
    }
    return answer;
  };
  return {
    publishTime: (name, version) => {
      const key = `${name}@${version}`;
      let pending = inFlight.get(key);
      if (!pending) inFlight.set(key, pending = lookUp(name, version));
      return pending;
    }
  };
}

// src/adapters/registry/crates-registry.ts
var defaultCratesUserAgent = "shopfloor-dependencies-gate (https://github.com/shopfloor)";
function createCratesRegistry(options = {}) {
  const baseUrl = (options.baseUrl ?? "https://crates.io").replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const registry = {
    publishTime: async (name, version) => {
      const url = `${baseUrl}/api/v1/crates/${encodeURIComponent(name)}/${encodeURIComponent(version)}`;
      const answer = await fetchRegistryJson(doFetch, url, { "user-agent": options.userAgent ?? defaultCratesUserAgent }, options.timeoutMs ?? 15e3);
      if (!answer.ok) return answer.publish;
      return parsePublishTime(answer.json?.version?.created_at, `${name} ${version}`);
    }
  };
  return withPublishTimeCache(registry, options.cacheDir);
}

// src/adapters/registry/npm-registry.ts
function createNpmRegistry(options = {}) {
  const baseUrl = (options.baseUrl ?? "https://registry.npmjs.org").replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const packuments = /* @__PURE__ */ new Map();
  const load = async (name) => {
    const url = `${baseUrl}/${name.startsWith("@") ? `@${encodeURIComponent(name.slice(1))}` : encodeURIComponent(name)}`;
    const answer = await fetchRegistryJson(doFetch, url, {}, options.timeoutMs ?? 15e3);
    return answer.ok ? { ok: true, time: answer.json?.time ?? {} } : answer;
  };
  const registry = {
    publishTime: async (name, version) => {
      let pending = packuments.get(name);
      if (!pending) packuments.set(name, pending = load(name));
      const packument = await pending;
      if (!packument.ok) return packument.publish;
      const at = packument.time[version];
      return at === void 0 ? { kind: "not-found" } : parsePublishTime(at, `${name}@${version}`);
    }
  };
  return withPublishTimeCache(registry, options.cacheDir);
}

// src/adapters/registry/pypi-registry.ts
function createPypiRegistry(options = {}) {
  const baseUrl = (options.baseUrl ?? "https://pypi.org").replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const registry = {
    publishTime: async (name, version) => {
      const url = `${baseUrl}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(version)}/json`;
      const answer = await fetchRegistryJson(doFetch, url, {}, options.timeoutMs ?? 15e3);
      if (!answer.ok) return answer.publish;
      const times = (answer.json?.urls ?? []).map((file) => file.upload_time_iso_8601);
      if (times.length === 0) return { kind: "not-found" };
      const parsed = times.map((time) => parsePublishTime(time, `${name} ${version}`));
      const unreadable = parsed.find((p) => p.kind !== "published");
      if (unreadable) return unreadable;
      return { kind: "published", at: Math.min(...parsed.map((p) => p.kind === "published" ? p.at : Infinity)) };
    }
  };
  return withPublishTimeCache(registry, options.cacheDir);
}

// src/adapters/signing/own-key-files.ts
import { lstat as lstat2, readdir as readdir2 } from "node:fs/promises";

// src/adapters/files/own-local-file.ts
import { lstat } from "node:fs/promises";
async function notOwn(path, tracked, uid, secret = true) {
  if (tracked) return "it is tracked by git, so it came with the repository and others know it";
  const stat2 = await lstat(path).catch(() => void 0);
  if (!stat2) return "it cannot be read";
  if (!stat2.isFile()) return "it is not a regular file";
  if (uid === void 0) return void 0;
  if (stat2.uid !== uid) return "it belongs to another user";
  if (secret && (stat2.mode & 63) !== 0) return `others may read it (mode ${(stat2.mode & 511).toString(8)}, not 600)`;
  if (!secret && (stat2.mode & 18) !== 0) return `others may write it (mode ${(stat2.mode & 511).toString(8)})`;
  return void 0;
}

// src/adapters/signing/own-key-files.ts
import { join as join4 } from "node:path";
async function keyFiles(root, git) {
  const dir = join4(root, ".shopfloor", "keys");
  const dirStat = await lstat2(dir).catch(() => void 0);
  if (!dirStat) return [];
  const names = (await readdir2(dir).catch(() => [])).filter((name) => name.endsWith(".pem")).sort();
  if (names.length === 0) return [];
  if (!dirStat.isDirectory()) return names.map((name) => ({ path: join4(dir, name), own: false, why: ".shopfloor/keys is a link, not a directory of this checkout" }));
  const tracked = new Set((await git.lsFiles(root).catch(() => [])).filter((file) => file.startsWith(".shopfloor/")));
  const uid = typeof process.getuid === "function" ? process.getuid() : void 0;
  const files = [];
  for (const name of names) {
    const path = join4(dir, name);
    const why = await notOwn(path, tracked.has(`.shopfloor/keys/${name}`), uid);
    files.push(why ? { path, own: false, why } : { path, own: true });
  }
  return files;
}
function refusedKeyMessage(file) {
  return `${file.path} is not your own signing key: ${file.why}. Remove it (git rm --cached if it is committed) and let \`shopfloor run\` or \`shopfloor report keygen\` make a new one`;
}

// src/core/gates/render-progress.ts
function renderProgress(rows, now) {
  const width = Math.max(4, ...rows.map((row) => row.id.length));
  return rows.map((row) => {
    const id = row.id.padEnd(width);
    if (row.result) return `${statusMarks[row.result.status]} ${id}  ${row.result.status.padEnd(7)} ${formatSeconds(row.result.durationMs)}${row.result.reason ? `  ${row.result.reason.split("\n")[0].slice(0, 90)}` : ""}`;
    if (row.startedAt !== void 0) return `\u2026 ${id}  running ${formatSeconds(now - row.startedAt)}${row.attempt && row.attempt > 1 ? `  (attempt ${row.attempt})` : ""}`;
    return `  ${id}  queued`;
  });
}

// src/entrypoints/cli/tracked-state.ts
async function refuseTrackedState(git, root) {
  const listed = await git.raw(root, ["ls-files", "-z", "--", ".shopfloor"]).catch(() => ({ stdout: "" }));
  const tracked = listed.stdout.split("\0").filter(Boolean);
  if (tracked.length === 0) return;
  throw new UsageError(`${root} tracks ${tracked.length} file(s) in .shopfloor/ (${tracked.slice(0, 3).join(", ")}${tracked.length > 3 ? ", \u2026" : ""}): that is Shopfloor's local state and is never taken from git. Remove it from the repository (git rm -r --cached .shopfloor && git commit) and run again`);
}

// src/entrypoints/cli/write-signing-key.ts
import { chmod, mkdir as mkdir3, open } from "node:fs/promises";
import { join as join5 } from "node:path";
var keysDir = (root) => join5(root, ".shopfloor", "keys");
async function writeSigningKey(root) {
  const key = generateSigningKey();
  const dir = keysDir(root);
  await mkdir3(dir, { recursive: true, mode: 448 });
  await chmod(dir, 448);
  const path = join5(dir, `${key.keyId.replace(":", "-")}.pem`);
  const handle = await open(path, "wx", 384);
  try {
    await handle.writeFile(key.privateKeyPem, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await createFileAtomic(join5(root, ".shopfloor", ".gitignore"), "# Shopfloor local state: never commit it\n*\n");
  return { ...key, path };
}

// src/entrypoints/cli/verify-command.ts
var reportNotesRef = "refs/notes/shopfloor";
var verifyCommand = (program, io, done) => {
  withRepoOption(program.command("verify")).description("run the gates of .github/shopfloor.yml (and a work order's acceptance commands) and write a VerificationReport").option("--work-order <id>", "verify against this work order: scope, acceptance commands, test-first").option("--gates <ids>", "run only these gates (comma-separated) and what they need").option("--base <rev>", "what the change is compared with (default: merge base with main/master)").option("--head <rev>", "the commit to verify in a clean worktree (default: your checkout, in place)").option("--clean", "run in a fresh worktree of HEAD instead of your checkout").option("--sign", "sign the report (key: --key, $SHOPFLOOR_SIGNING_KEY_FILE, or the one key in .shopfloor/keys/)").option("--key <file>", "the Ed25519 private key (PEM) to sign with; implies --sign").option("--concurrency <n>", "gates run at once (default: CPU count)").option("--update-golden", "re-record the golden files of golden gates from this run").option("--store <dir>", `artifact store (default: ${defaultArtifactDir})`).option("--keep-runs <n>", "runs kept in the store; older ones are pruned (default: 50)").option("--out <file>", "also write the report to this file").option("--note", `attach the report to the commit as a git note under ${reportNotesRef}`).option("--json", "print the report as JSON; no progress display").action(async (options) => {
    const root = repoRoot(options, io);
    const inputs = await loadVerifyInputs(createNodeRepoFiles(root), options.workOrder);
    if (!inputs.ok) {
      for (const finding of inputs.findings) io.stderr(`${formatFinding(finding)}
`);
      throw new UsageError(inputs.message ?? `fix the ${inputs.findings.length} problem${inputs.findings.length === 1 ? "" : "s"} above, then rerun verify`);
    }
    const adapters = createVerifyAdapters(root);
    const { git } = adapters;
    await refuseTrackedState(git, root);
    const signer = options.sign || options.key ? await loadSigner(root, options.key, io) : void 0;
    const store = options.store ? createContentAddressedStore(resolve2(root, options.store)) : adapters.store;
    const scratchDir = await mkdtemp(join6(tmpdir(), "shopfloor-verify-"));
    const cpus = availableParallelism();
    const display = createDisplay(io, !options.json && io.isTTY);
    try {
      const result = await verifyChange({
        repoDir: root,
        base: options.base ?? await mergeBaseWithFirst(git, root, ["main", "master", "origin/main", "origin/master"], options.head ?? "HEAD"),
        head: options.head ?? "HEAD",
        ...inputs.workOrder ? { workOrder: inputs.workOrder } : {},
        policy: inputs.policy,
        policyFile: inputs.policyFile,
        policyText: inputs.policyText,
        ...options.gates ? { gates: options.gates.split(",").map((g) => g.trim()).filter(Boolean) } : {},
        ...adapters,
        store,
        ...signer ? { signer } : {},
        clock: { now: () => Date.now() },
        onProgress: display.onProgress,
        sourceEnv: io.env,
        scratchDir,
        runId: `${(/* @__PURE__ */ new Date()).toISOString().replace(/[-:]/g, "").replace(/\..*$/, "Z")}-${randomBytes2(3).toString("hex")}`,
        environment: { os: adapters.runner.platform, arch: arch(), node: process.version, runner: io.env.RUNNER_NAME ?? "local", cpus },
        concurrency: options.concurrency ? positive(options.concurrency, "--concurrency") : cpus,
        inPlace: !options.head && !options.clean,
        updateGolden: Boolean(options.updateGolden),
        signal: io.signal,
        ...options.note ? { noteRef: reportNotesRef } : {}
      });
      display.stop();
      if (options.out) await writeFileAtomic(resolve2(io.cwd, options.out), await readFile3(result.reportPath, "utf8"));
      await store.prune({ maxRuns: options.keepRuns ? positive(options.keepRuns, "--keep-runs") : 50, now: Date.now(), graceMs: 36e5 });
      if (options.json) io.stdout(`${JSON.stringify({ passed: result.passed, reportPath: result.reportPath, reportDigest: result.reportDigest, ...result.attestationPath ? { attestationPath: result.attestationPath } : {}, report: result.report }, null, 2)}
`);
      else {
        io.stdout(`
${renderReportTable(result.report)}`);
        for (const gate of result.report.gates.filter((g) => g.logDigest && (g.status === "fail" || g.status === "error" || g.status === "flaky"))) {
          io.stdout(`log of ${gate.id}: ${store.pathOf(gate.logDigest)}
`);
        }
        if (result.report.dirty) io.stdout("note: the checkout has uncommitted changes, so this report proves nothing about a commit; commit and rerun to get one that does\n");
        io.stdout(`report: ${result.reportPath}${result.report.signature ? ` (signed by ${result.report.signature.keyId})` : " (unsigned; add --sign)"}
`);
        if (result.attestationPath) io.stdout(`attestation: ${result.attestationPath} (in-toto Statement in a DSSE envelope)
`);
      }
      done(result.passed ? ExitCode.ok : ExitCode.failed);
    } catch (error) {
      display.stop();
      if (error instanceof VerifyInputError) throw new UsageError(error.problems.join("\nshopfloor: "));
      throw error;
    } finally {
      await rm2(scratchDir, { recursive: true, force: true });
    }
  });
};
function createVerifyAdapters(root, stateDir = resolve2(root, dirname2(defaultArtifactDir))) {
  return {
    git: createGitCli(),
    runner: createJudgedRunner(),
    store: createContentAddressedStore(resolve2(stateDir, "artifacts")),
    registry: {
      npm: createNpmRegistry({ cacheDir: join6(stateDir, "cache", "npm") }),
      cargo: createCratesRegistry({ cacheDir: join6(stateDir, "cache", "crates") }),
      pypi: createPypiRegistry({ cacheDir: join6(stateDir, "cache", "pypi") })
    },
    locator: createNodeCommandLocator(),
    filesAt: (dir) => createNodeRepoFiles(dir)
  };
}
function positive(text, flag) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new UsageError(`${flag} must be a whole number of at least 1, not "${text}"`);
  return value;
}
async function loadSigner(root, keyFile, io) {
  let path = keyFile ? resolve2(io.cwd, keyFile) : io.env.SHOPFLOOR_SIGNING_KEY_FILE;
  if (!path) {
    const keys = await keyFiles(root, createGitCli({ env: io.env }));
    const refused = keys.find((file) => !file.own);
    if (refused && !refused.own) throw new UsageError(refusedKeyMessage(refused));
    if (keys.length !== 1) throw new UsageError(keys.length === 0 ? "no signing key: run `shopfloor report keygen` or pass --key FILE" : `${keys.length} keys in ${keysDir(root)}; choose one with --key`);
    path = keys[0].path;
  }
  const pem = await readFile3(path, "utf8").catch(() => void 0);
  if (pem === void 0) throw new UsageError(`cannot read the signing key ${path}; check the path or run \`shopfloor report keygen\``);
  try {
    return createEd25519Signer(pem);
  } catch (error) {
    if (error instanceof SigningKeyError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}
function createDisplay(io, live) {
  const rows = /* @__PURE__ */ new Map();
  let drawn = 0;
  const draw = () => {
    const lines = renderProgress([...rows.values()], Date.now());
    io.stdout(`${drawn > 0 ? `\x1B[${drawn}F` : ""}${lines.map((line) => `\x1B[2K${line}`).join("\n")}
`);
    drawn = lines.length;
  };
  const timer = live ? setInterval(draw, 250) : void 0;
  timer?.unref();
  return {
    onProgress: (event) => {
      if (event.type === "planned") for (const gate of event.gates) rows.set(gate.id, { id: gate.id });
      else if (event.type === "started") rows.set(event.id, { id: event.id, startedAt: Date.now(), attempt: 1 });
      else if (event.type === "retrying") rows.set(event.id, { ...rows.get(event.id), attempt: event.attempt });
      else rows.set(event.result.id, { ...rows.get(event.result.id), result: event.result });
      if (live) draw();
    },
    stop: () => {
      if (timer) clearInterval(timer);
      if (live && rows.size > 0) draw();
    }
  };
}

export {
  notOwn,
  VerifyInputError,
  preAuthEncoding,
  looksLikeDsseEnvelope,
  readDsseEnvelope,
  inTotoPayloadType,
  inTotoStatementType,
  reportPredicateType,
  verifyChange,
  keyFiles,
  refusedKeyMessage,
  writeSigningKey,
  refuseTrackedState,
  defaultArtifactDir,
  createContentAddressedStore,
  loadVerifyInputs,
  mergeBaseWithFirst,
  reportNotesRef,
  verifyCommand,
  createVerifyAdapters
};
