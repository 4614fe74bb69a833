import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  RepoFileError
} from "./chunk-YCZYYL3Z.js";
import {
  checkPolicyFile,
  checkWorkOrderFile,
  didYouMean,
  findCycles,
  formatCycle,
  locateViolations,
  policyPath,
  sortFindings
} from "./chunk-6UYLTFXC.js";

// src/core/workorder/check-work-order-agents.ts
function checkWorkOrderAgents(checked, agents) {
  const providers = Object.keys(agents.providers ?? {});
  const profiles = Object.keys(agents.profiles ?? {});
  return checked.flatMap((item) => {
    const agent = item.workOrder?.agent ?? item.agent;
    const violations = [];
    const unknown = (field, name, known) => {
      const suggestion = didYouMean(name, known);
      const hint = suggestion ? `did you mean "${suggestion}"?` : known.length ? `use one of: ${known.join(", ")}` : `declare it under agents.${field}s in .github/shopfloor.yml`;
      violations.push({ path: ["agent", field], severity: "warning", code: `unknown-agent-${field}`, message: `${field} "${name}" is not declared under agents.${field}s of the repo policy; ${hint}` });
    };
    if (agent?.provider && !providers.includes(agent.provider)) unknown("provider", agent.provider, providers);
    if (agent?.profile && !profiles.includes(agent.profile)) unknown("profile", agent.profile, profiles);
    return locateViolations(violations, item.file, item.locator);
  });
}

// src/core/workorder/check-work-order-set.ts
function checkWorkOrderSet(checked) {
  const findings = [];
  const firstFile = /* @__PURE__ */ new Map();
  for (const item of checked) {
    if (item.id === void 0) continue;
    const earlier = firstFile.get(item.id);
    if (earlier) {
      findings.push(...locateViolations([{ path: ["id"], severity: "error", code: "duplicate-id", message: `"${item.id}" is also the id of ${earlier}; ids must be unique across workorders/` }], item.file, item.locator));
    } else {
      firstFile.set(item.id, item.file);
    }
  }
  const ids = [...firstFile.keys()];
  for (const item of checked) {
    item.dependencies.forEach((dependency, index) => {
      if (firstFile.has(dependency) || dependency === item.id) return;
      const suggestion = didYouMean(dependency, ids);
      const hint = suggestion ? `did you mean "${suggestion}"?` : "create it with `shopfloor new` or remove the dependency";
      findings.push(...locateViolations([{ path: ["dependencies", index], severity: "error", code: "unknown-dependency", message: `work order "${dependency}" does not exist; ${hint}` }], item.file, item.locator));
    });
  }
  const byId = /* @__PURE__ */ new Map();
  for (const item of checked) if (item.id !== void 0 && !byId.has(item.id)) byId.set(item.id, item);
  for (const cycle of findCycles(ids, (id) => byId.get(id)?.dependencies ?? [])) {
    const first = byId.get(cycle[0]);
    const index = first.dependencies.indexOf(cycle[1]);
    findings.push(...locateViolations([{ path: ["dependencies", Math.max(index, 0)], severity: "error", code: "dependency-cycle", message: `dependency cycle: ${formatCycle(cycle)}; remove one of these dependencies` }], first.file, first.locator));
  }
  return findings;
}

// src/workflows/validate-repo.ts
var workOrdersDirectory = "workorders";
var isWorkOrderFile = (name) => /\.ya?ml$/.test(name);
var MissingPathError = class extends Error {
  constructor(path, problem = "does not exist") {
    super(`"${path}" ${problem}; name a work-order file, a directory of them, or ${policyPath}`);
    this.path = path;
  }
  path;
  name = "MissingPathError";
};
async function validateRepo(files, targets = []) {
  const { workOrderFiles, policyFiles } = await resolveTargets(files, targets);
  const allFiles = [.../* @__PURE__ */ new Set([...await listWorkOrderFiles(files, workOrdersDirectory), ...workOrderFiles])];
  const unreadable = [];
  const readable = async (file) => {
    try {
      return await files.read(file) ?? "";
    } catch (error) {
      if (!(error instanceof RepoFileError)) throw error;
      unreadable.push({ severity: "error", file, line: 1, column: 1, path: "", code: "unreadable", message: `not read: it ${error.reason}` });
      return void 0;
    }
  };
  const texts = await Promise.all(allFiles.map(async (file) => ({ file, text: await readable(file) })));
  const checked = texts.filter((t) => t.text !== void 0).map((t) => checkWorkOrderFile(t.text, t.file));
  const reported = new Set(workOrderFiles);
  const findings = [
    ...unreadable.filter((f) => reported.has(f.file)),
    ...checked.filter((c) => reported.has(c.file)).flatMap((c) => c.findings),
    ...checkWorkOrderSet(checked).filter((f) => reported.has(f.file))
  ];
  let policy;
  for (const file of policyFiles) {
    const text = await readable(file);
    if (text === void 0) {
      findings.push(...unreadable.filter((f) => f.file === file));
      continue;
    }
    const result = checkPolicyFile(text, file);
    findings.push(...result.findings);
    policy ??= result.policy;
  }
  const agentsPolicy = policy ?? (policyFiles.length === 0 && await files.kind(policyPath) === "file" ? checkPolicyFile(await files.read(policyPath).catch(() => void 0) ?? "", policyPath).policy : void 0);
  if (agentsPolicy) findings.push(...checkWorkOrderAgents(checked.filter((c) => reported.has(c.file)), agentsPolicy.agents ?? {}));
  return {
    findings: sortFindings(findings),
    filesChecked: [...workOrderFiles, ...policyFiles],
    workOrders: validWorkOrders(checked),
    ...policy ? { policy } : {}
  };
}
async function resolveTargets(files, targets) {
  if (targets.length === 0) {
    const policyFiles2 = await files.kind(policyPath) === "file" ? [policyPath] : [];
    return { workOrderFiles: await listWorkOrderFiles(files, workOrdersDirectory), policyFiles: policyFiles2 };
  }
  const workOrderFiles = [];
  const policyFiles = [];
  for (const target of targets) {
    const kind = await files.kind(target);
    if (!kind) throw new MissingPathError(target);
    if (kind === "directory") {
      const listed = await listWorkOrderFiles(files, target);
      if (listed.length === 0 && isWorkOrderFile(target)) throw new MissingPathError(target, "is a directory, not a work-order file");
      workOrderFiles.push(...listed);
    } else if (target === policyPath || target.endsWith("/shopfloor.yml") || target === "shopfloor.yml") policyFiles.push(target);
    else workOrderFiles.push(target);
  }
  return { workOrderFiles, policyFiles };
}
async function listWorkOrderFiles(files, directory) {
  const prefix = directory === "." || directory === "" ? "" : `${directory.replace(/\/+$/, "")}/`;
  return (await files.list(directory)).filter(isWorkOrderFile).map((name) => `${prefix}${name}`);
}
function validWorkOrders(checked) {
  return checked.filter((c) => c.workOrder && !c.findings.some((f) => f.severity === "error")).map((c) => c.workOrder);
}

export {
  checkWorkOrderSet,
  workOrdersDirectory,
  MissingPathError,
  validateRepo
};
