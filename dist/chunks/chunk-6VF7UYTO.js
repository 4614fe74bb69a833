import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  reportSchemaVersion,
  signingPayload,
  verificationReportSchema
} from "./chunk-RMU52COZ.js";
import {
  carLineage
} from "./chunk-YK3QSR6F.js";
import {
  instructionFileGlobs
} from "./chunk-4LBIUF4J.js";
import {
  describeZodIssue,
  formatFieldPath,
  matchAnyGlob,
  prepareGlob,
  valueAt
} from "./chunk-6UYLTFXC.js";

// src/core/merge/merge-decision.ts
var dangerousPathGlobs = [
  ".github/workflows/**",
  ".github/actions/**",
  ".github/CODEOWNERS",
  "CODEOWNERS",
  "docs/CODEOWNERS",
  ".github/shopfloor.yml",
  ".github/shopfloor.schema.json",
  "workorders/schema.json",
  ".gitmodules",
  ".gitattributes",
  ".npmrc",
  ".yarnrc.yml",
  "action.yml",
  "action.yaml",
  // Shopfloor's local state (keys, approvals, caches, artifacts) is never the repository's to carry.
  ".shopfloor/**",
  // Instruction files steer every agent and Shopfloor's own roles (they are read as trusted guidance).
  ...instructionFileGlobs
];
var builtinRequired = ["scope", "secrets", "dependencies"];
function decideMerge(facts, policy) {
  const reasons = [];
  const hold = (code, message, releaseBy) => reasons.push({ code, message, releaseBy });
  for (const reason of facts.holds) hold("held", `held: ${reason}`, "`/shopfloor unhold` by a user with write access");
  const report = facts.report;
  if (!report) {
    hold("no-report", `no verification report for ${short(facts.headSha)}`, "run the gates (`shopfloor verify --sign`)");
    return { action: "hold", reasons };
  }
  if (!report.trusted) hold("untrusted-report", "the report is not signed by a trusted key", "verify with a key listed in the policy `signers`");
  if (report.headSha !== facts.headSha) hold("stale-report", `the report proves ${short(report.headSha)}, but the head is ${short(facts.headSha)}`, "verify the new head");
  if (policy.merge.queue !== "github" && policy.merge.queue !== "shopfloor") reasons.push(...landedTreeHolds(facts, report));
  reasons.push(...workOrderHolds(facts, report));
  const status = new Map(report.gates.map((gate) => [gate.id, gate.status]));
  const why = new Map(report.gates.map((gate) => [gate.id, gate.why ? `: ${gate.why}` : ""]));
  const dropAccepted = facts.dropAcceptedBy !== void 0 && report.gates.some((gate) => gate.id === "scope" && gate.status === "fail" && gate.refusedOnly === true);
  const waived = new Set(report.gates.filter((gate) => gate.required === false && builtinRequired.includes(gate.id)).map((gate) => gate.id));
  for (const id of requiredGates(facts, policy)) {
    if (waived.has(id) || id === "scope" && dropAccepted) continue;
    const result = status.get(id);
    if (result === void 0) hold("gate-missing", `required gate "${id}" did not run`, `run gate "${id}"`);
    else if (result === "flaky" && !policy.merge.allowFlaky) hold("gate-flaky", `required gate "${id}" was flaky (failed, then passed)`, `fix the flake, or set merge.allowFlaky in the policy`);
    else if (result !== "pass" && result !== "cached" && result !== "flaky") hold("gate-failed", `required gate "${id}" is ${result}${why.get(id) ?? ""}`, `make gate "${id}" pass`);
  }
  const eligible = facts.approvals.filter((a) => a.sha === facts.headSha && a.user !== facts.requester && a.user !== facts.agentActor);
  const danger = dangerousChanges(facts, policy);
  if (danger.length > 0 && !eligible.some((a) => a.permission === "admin")) {
    hold("dangerous-change", `dangerous change: ${danger.join("; ")}`, `an admin approves ${short(facts.approve?.sha ?? facts.headSha)} (${facts.approve?.how ?? "`/shopfloor approve`"}); not the requester or the agent`);
  }
  for (const rule of policy.merge.approvals ?? []) {
    const globs = rule.paths.map((glob) => prepareGlob(glob));
    if (!facts.changes.some((change) => matchAnyGlob(globs, change.path) || change.fromPath !== void 0 && matchAnyGlob(globs, change.fromPath))) continue;
    const approvers = eligible.filter((a) => canApprove(a) && (!rule.from || rule.from.includes(a.user)));
    if (approvers.length < rule.count) {
      hold("approval-missing", `changes to ${rule.paths.join(", ")} need ${rule.count} approval(s) on ${short(facts.approve?.sha ?? facts.headSha)}, have ${approvers.length}`, `${rule.from ? rule.from.join(" or ") : "a user with write access"} approves ${facts.approve ? `${short(facts.approve.sha)} (${facts.approve.how})` : "this head"}`);
    }
  }
  if (reasons.length > 0) return { action: "hold", reasons };
  return { action: "merge", expectedHeadSha: facts.headSha, expectedMainSha: facts.mainSha, method: policy.merge.method, reportDigest: report.digest };
}
function landedTreeHolds(facts, report) {
  if (facts.headContainsMain === false) {
    return [{ code: "behind-main", message: `the head ${short(facts.headSha)} does not contain main ${short(facts.mainSha)}: merging now would put a tree on main that no report proves (the head plus main's newer commits)`, releaseBy: 'bring main into the branch (Shopfloor does it with "Update branch" once nothing else is missing) and let the gates verify the new head' }];
  }
  if (report.baseSha === facts.mainSha) return [];
  return [{ code: "base-moved", message: `the report compared ${short(report.headSha)} with ${short(report.baseSha)}, but main is ${short(facts.mainSha)}`, releaseBy: `verify ${short(facts.headSha)} again against main (\`base\` = ${short(facts.mainSha)})` }];
}
function workOrderHolds(facts, report) {
  const id = facts.workOrderId;
  const verifyWith = `verify with \`work-order: ${id}\` (or pass \`branch:\` the agent branch, as the shipped shopfloor-verify.yml does, and the action reads the work order from it; an older copy of the workflow passes neither: rewrite it with \`shopfloor init --workflows\`)`;
  if (report.workOrderId === void 0) return [{ code: "no-work-order", message: `the report names no work order, so work order ${id}'s scope, acceptance commands and test-first rule were not checked`, releaseBy: verifyWith }];
  if (report.workOrderId !== id) return [{ code: "other-work-order", message: `the report is for work order ${report.workOrderId}, but this pull request is for ${id}`, releaseBy: verifyWith }];
  if (report.workOrderHash !== facts.workOrderHash) {
    return [{ code: "work-order-changed", message: `the report checked a copy of work order ${id} that differs from the one Shopfloor committed (the branch's copy was edited)`, releaseBy: `restore workorders/${id}.yml to Shopfloor's committed version and push, so the gates verify against it` }];
  }
  return [];
}
function requiredGates(facts, policy) {
  const declared = policy.merge.requiredGates ?? policy.gates.filter((gate) => gate.required).map((gate) => gate.id);
  const testFirst = facts.workOrderKind === "bugfix" || facts.workOrderKind === "revert" ? ["test-first"] : [];
  return [.../* @__PURE__ */ new Set([...builtinRequired, ...declared, ...facts.acceptanceGates, ...testFirst])];
}
function dangerousChanges(facts, policy) {
  const globs = [...dangerousPathGlobs, ...policy.merge.dangerous?.paths ?? []].map((glob) => prepareGlob(glob, { caseInsensitive: true }));
  const found = [];
  const touched = facts.changes.flatMap((c) => [c.path, ...c.fromPath ? [c.fromPath] : []]).filter((path) => matchAnyGlob(globs, path));
  if (touched.length > 0) found.push(`touches ${touched.join(", ")}`);
  const deleted = facts.changes.filter((c) => c.status === "D").length;
  const maxDeleted = policy.merge.dangerous?.maxDeletedFiles ?? 20;
  if (deleted > maxDeleted) found.push(`deletes ${deleted} files (more than ${maxDeleted})`);
  if (facts.packageScriptsChanged) found.push("changes package scripts");
  const special = facts.changes.filter((c) => ["120000", "160000"].includes(c.newMode) || c.newMode === "100755" && c.oldMode !== "100755");
  if (special.length > 0) found.push(`adds symlinks, submodules or executables: ${special.map((c) => c.path).join(", ")}`);
  return found;
}
function canApprove(approval) {
  return approval.permission === "admin" || approval.permission === "maintain" || approval.permission === "write";
}
var short = (sha) => sha.slice(0, 7);

// src/core/report/match-report-commit.ts
var fullSha = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function isFullSha(value) {
  return fullSha.test(value);
}
function matchReportCommit(report, commit, signedHead) {
  if (!isFullSha(commit.sha)) return { ok: false, reason: `"${commit.sha}" is not a full commit SHA; give all 40 hex digits (or a ref such as HEAD)` };
  if (commit.sha === report.head) return { ok: true, how: "head" };
  const other = `the report proves head ${report.head}, not ${commit.sha}`;
  if (commit.tree !== report.tree) return { ok: false, reason: `${other}, and ${commit.sha.slice(0, 12)} has another tree (${commit.tree.slice(0, 12)}, not ${report.tree.slice(0, 12)}); a report proves nothing about any other tree` };
  if (!signedHead) return { ok: false, reason: `${other}; its tree matches, but the signed head commit is not in this repository, so its parents cannot be compared (fetch it, or verify by the head SHA)` };
  if (signedHead.parents.join(" ") !== commit.parents.join(" ")) return { ok: false, reason: `${other}; the tree matches but the parents differ (${commit.parents.map((p) => p.slice(0, 12)).join(", ") || "none"} vs ${signedHead.parents.map((p) => p.slice(0, 12)).join(", ") || "none"}), so it is not the verified merge` };
  return { ok: true, how: "same-tree-and-parents" };
}

// src/core/report/find-duplicate-json-key.ts
function findDuplicateJsonKey(text) {
  const stack = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    const top = stack[stack.length - 1];
    if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === "\\" ? 2 : 1;
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1));
        if (top.keys.has(key)) return { key, path: [...stack.map((frame) => frame.name), key].filter(Boolean).join(".") };
        top.keys.add(key);
        top.expectKey = false;
        top.lastKey = key;
      }
      i = end;
    } else if (char === "{" || char === "[") {
      const name = !top ? "" : top.keys ? top.lastKey : `[${top.index}]`;
      stack.push({ ...char === "{" ? { keys: /* @__PURE__ */ new Set() } : {}, name, expectKey: char === "{", lastKey: "", index: 0 });
    } else if (char === "}" || char === "]") {
      stack.pop();
    } else if (char === "," && top) {
      if (top.keys) top.expectKey = true;
      else top.index += 1;
    }
  }
  return void 0;
}

// src/core/report/parse-report.ts
function parseReport(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const truncated = text.trim().length > 0 && /end of (JSON )?input|Unterminated|Expected/.test(String(error.message)) && !text.trim().endsWith("}");
    return { ok: false, errors: [`${file} is not a VerificationReport: ${truncated ? "the JSON is truncated (the file ends early); fetch or copy it again" : `it is not valid JSON (${error.message})`}`] };
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return { ok: false, errors: [`${file} is not a VerificationReport: expected a JSON object`] };
  const duplicate = findDuplicateJsonKey(text);
  if (duplicate) return { ok: false, errors: [`${file}: the key "${duplicate.key}" appears twice (at ${duplicate.path}); a report has each key once, so it was changed or written by another tool`] };
  const version = data.schemaVersion;
  if (version !== reportSchemaVersion) {
    return { ok: false, errors: [`${file} has ${version === void 0 ? "no schemaVersion" : `schemaVersion ${JSON.stringify(version)}`}; this shopfloor reads "${reportSchemaVersion}" only; use the shopfloor version that wrote it`] };
  }
  const parsed = verificationReportSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 10).map((issue) => {
      const path = issue.path.filter((p) => typeof p !== "symbol");
      return `${file}: ${formatFieldPath(path) || "(root)"}: ${describeZodIssue(issue, valueAt(data, path), [])}; the report was changed or written by another tool`;
    })
  };
}

// src/workflows/verify/check-report.ts
var canonicalSignature = /^[A-Za-z0-9+/]{85}[AQgw]==$/;
function checkReport(text, file, trusted, verifier, expected) {
  const parsed = parseReport(text, file);
  if (!parsed.ok) return { ok: false, reasons: parsed.errors };
  const report = parsed.value;
  if (!report.signature) return { ok: false, report, reasons: [`${file} is unsigned; rerun \`shopfloor verify --sign\` to get a signed report`] };
  const key = trusted.find((k) => k.keyId === report.signature.keyId);
  if (!key) {
    return { ok: false, report, reasons: [`${file} is signed by key ${report.signature.keyId}, which is not trusted${trusted.length ? ` (trusted: ${trusted.map((k) => k.keyId).join(", ")})` : ": no trusted keys; list signers in the policy or pass --key"}`] };
  }
  const problem = trustedKeyProblem(key, verifier);
  if (problem) return { ok: false, report, reasons: [problem] };
  if (!canonicalSignature.test(report.signature.value)) return { ok: false, report, reasons: [`${file}: the signature is not in canonical base64 (88 characters ending in "=="); the report was re-encoded or changed after signing`] };
  if (!verifier.verify(key.publicKey, signingPayload(report), report.signature.value)) {
    return { ok: false, report, reasons: [`${file}: the signature does not match the content; the report was changed after signing (or forged)`] };
  }
  return checkExpectation(report, file, key.keyId, expected);
}
function trustedKeyProblem(key, verifier) {
  const derived = verifier.keyIdOf(key.publicKey);
  if (derived === void 0) return `the trusted key ${key.keyId} is not an Ed25519 public key (PEM or base64 SPKI); fix the signers entry`;
  if (derived !== key.keyId) return `the trusted key listed as ${key.keyId} is really ${derived}; fix the signers entry in the policy`;
  return void 0;
}
function checkExpectation(report, file, keyId, expected) {
  const expectation = typeof expected === "string" ? { commit: { sha: expected.toLowerCase(), tree: "", parents: [] } } : expected ?? {};
  if (expectation.policyDigest !== void 0 && expectation.policyDigest !== report.policyDigest) {
    return { ok: false, report, reasons: [`${file} was made under another policy (policyDigest ${report.policyDigest.slice(0, 19)}\u2026, the given policy is ${expectation.policyDigest.slice(0, 19)}\u2026); verify against the policy it ran under, or verify again`] };
  }
  if (!expectation.commit) return { ok: true, report, keyId };
  if (typeof expected === "string" && !isFullSha(expectation.commit.sha)) return { ok: false, report, reasons: [`${file}: "${expected}" is not a full commit SHA; a report proves one commit, named by all its hex digits`] };
  const match = matchReportCommit(report, expectation.commit, expectation.signedHead);
  if (!match.ok) return { ok: false, report, reasons: [`${file}: ${match.reason}`] };
  return { ok: true, report, keyId, matched: match.how };
}

// src/core/train/train-draft.ts
var draftOf = (state) => ({
  main: state.main,
  queue: [...state.queue],
  cars: [...state.cars],
  evictions: [...state.evictions],
  nextCar: state.nextCar,
  findings: [...state.findings ?? []],
  cleared: [...state.cleared ?? []],
  planned: [...state.planned ?? []],
  out: []
});
function stateOf(d) {
  const queued = new Set(d.queue.map((c) => c.key));
  const findings = d.findings.filter((f) => f.keys.some((k) => queued.has(k)));
  const cleared = d.cleared.filter((k) => queued.has(k));
  const planned = d.planned.filter((k) => queued.has(k));
  return {
    version: 1,
    main: d.main,
    queue: d.queue,
    cars: d.cars,
    evictions: d.evictions,
    nextCar: d.nextCar,
    ...findings.length > 0 ? { findings } : {},
    ...cleared.length > 0 ? { cleared } : {},
    ...planned.length > 0 ? { planned } : {}
  };
}
var carIndex = (d, id) => d.cars.findIndex((c) => c.id === id);
var inFlight = (car) => car.status === "pending" || car.status === "building" || car.status === "verifying";
var treeOf = (d, car) => carLineage(d.cars, car).flatMap((c) => c.members);
var ridesOn = (d, car, ancestor) => carLineage(d.cars, car).slice(0, -1).some((c) => c.id === ancestor);
function dropCars(d, ids) {
  for (const car of d.cars) if (ids.has(car.id) && car.status !== "pending") d.out.push({ type: "cancel", car: car.id, ...car.sha ? { sha: car.sha } : {} });
  d.cars = d.cars.filter((car) => !ids.has(car.id));
}
var withRiders = (d, id) => new Set(d.cars.filter((c) => c.id === id || ridesOn(d, c, id)).map((c) => c.id));
function retire(d, car) {
  const keys = treeOf(d, car);
  if (car.status === "failed" && car.failure) {
    d.findings.push({
      car: car.id,
      keys,
      ...car.base ? { base: car.base } : {},
      ...car.sha ? { sha: car.sha } : {},
      failingGates: car.failure.failingGates,
      flaky: car.failure.flaky,
      ...car.failure.evidence ? { evidence: car.failure.evidence } : {}
    });
    d.cleared = d.cleared.filter((k) => !keys.includes(k));
  } else if (car.status === "passed" && car.verifiedSha === car.sha) d.cleared = [.../* @__PURE__ */ new Set([...d.cleared, ...keys])];
}
var forget = (d, key) => {
  d.findings = d.findings.filter((f) => !f.keys.includes(key));
  d.cleared = d.cleared.filter((k) => k !== key);
};
function newCar(d, members, parent) {
  return { id: d.nextCar++, members, status: "pending", attempt: 0, ...parent !== void 0 ? { parent } : {} };
}
var requeueHint = {
  "broke-build": "Fix the change (or update it on the new main) and push; its next green report puts it back in the train.",
  conflict: "Update the branch on the new main and push; its next green report puts it back in the train."
};
function evict(d, key, reason, evidence) {
  const candidate = d.queue.find((c) => c.key === key);
  if (!candidate) return;
  const eviction = { key, workOrderId: candidate.workOrderId, headSha: candidate.headSha, reason, evidence, requeue: requeueHint[reason] };
  d.queue = d.queue.filter((c) => c.key !== key);
  d.evictions = [...d.evictions.filter((e) => e.key !== key), eviction];
  if (reason === "broke-build") {
    d.findings = d.findings.map((f) => f.keys.includes(key) ? { ...f, keys: f.keys.filter((k) => k !== key), explainedBy: key } : f).filter((f) => f.keys.length > 0);
    d.cleared = d.cleared.filter((k) => k !== key);
  } else forget(d, key);
  d.out.push({ type: "evict", eviction });
}

// src/core/train/train-types.ts
var trainPriorities = ["critical", "high", "normal", "low"];

// src/core/train/order-candidates.ts
var rank = (candidate) => trainPriorities.indexOf(candidate.priority);
function compareCandidates(a, b) {
  return rank(a) - rank(b) || a.enqueuedAt - b.enqueuedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function pickBatch(waiting, placed, limit) {
  const sorted = [...waiting].sort(compareCandidates);
  const seen = new Set(placed);
  const picked = [];
  while (picked.length < limit) {
    const next = sorted.find((c) => !picked.includes(c) && c.dependsOn.every((d) => seen.has(d)));
    if (!next) break;
    picked.push(next);
    seen.add(next.workOrderId);
  }
  return picked;
}

// src/core/train/culprit-odds.ts
var clearedShare = 0.3;
var exactLimit = 16;
function culpritOdds(keys, failed, cleared, prior) {
  const queued = new Set(keys);
  const live = failed.map((f) => ({ keys: f.keys.filter((k) => queued.has(k) && !cleared.has(k)), flakeChance: f.flakeChance }));
  const seen = /* @__PURE__ */ new Map();
  for (const f of live) for (const k of f.keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  const exact = [...seen.keys()].sort((a, b) => seen.get(b) - seen.get(a) || keys.indexOf(a) - keys.indexOf(b)).slice(0, exactLimit);
  const loose = /* @__PURE__ */ new Map();
  for (const k of seen.keys()) {
    if (exact.includes(k)) continue;
    const worst = Math.max(...live.filter((f) => f.keys.includes(k)).map((f) => 1 / (1 - (1 - prior) ** f.keys.length * (1 - f.flakeChance))));
    loose.set(k, Math.min(0.95, prior * worst));
  }
  const bit = new Map(exact.map((k, i) => [k, 1 << i]));
  const checks = live.map((f) => ({
    mask: f.keys.reduce((m, k) => m | (bit.get(k) ?? 0), 0),
    // Without an exactly weighed culprit, the failure needs a loose one or a flake.
    unexplained: 1 - (1 - f.flakeChance) * f.keys.filter((k) => loose.has(k)).reduce((p) => p * (1 - prior), 1)
  }));
  const weights = [];
  let total = 0;
  for (let h = 0; h < 1 << exact.length; h++) {
    let culprits = 0;
    for (let x = h; x; x &= x - 1) culprits++;
    let w = prior ** culprits * (1 - prior) ** (exact.length - culprits);
    for (const check of checks) if ((check.mask & h) === 0) w *= check.unexplained;
    weights.push(w);
    total += w;
  }
  const marginal = new Map(exact.map((k, i) => [k, weights.reduce((sum, w, h) => h & 1 << i ? sum + w : sum, 0) / total]));
  const chance = (key) => cleared.has(key) ? prior * clearedShare : marginal.get(key) ?? loose.get(key) ?? prior;
  return {
    chance,
    draw(random) {
      let u = random() * total;
      let h = weights.length - 1;
      for (let i = 0; i < weights.length; i++) if ((u -= weights[i]) <= 0) {
        h = i;
        break;
      }
      const out = /* @__PURE__ */ new Set();
      exact.forEach((k, i) => h & 1 << i && out.add(k));
      for (const k of keys) if (!bit.has(k) && random() < chance(k)) out.add(k);
      return out;
    }
  };
}

// src/core/bisect/seeded-random.ts
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = state + 1831565813 >>> 0;
    let t = state;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/core/train/round-designs.ts
function treesOf(d) {
  const out = [];
  d.cars.forEach((car) => out.push((car.parent < 0 ? 0 : out[car.parent]) | car.mask));
  return out;
}
function startDesigns(bits, depth) {
  const n = bits.length;
  const span = (from, to) => bits.slice(from, to).reduce((m, b) => m | b, 0);
  const starts = [];
  const chains = (cuts) => {
    if (cuts.length > 0) starts.push({ cars: cuts.map((cut, i) => ({ parent: i - 1, mask: span(i === 0 ? 0 : cuts[i - 1], cut) })) });
    if (cuts.length < Math.min(depth, 3)) for (let cut = (cuts.at(-1) ?? 0) + 1; cut <= n; cut++) chains([...cuts, cut]);
  };
  chains([]);
  for (let a = 1; a < n; a++) {
    for (let b = a + 1; b <= n; b++) {
      starts.push({ cars: [{ parent: -1, mask: span(0, a) }, { parent: 0, mask: span(a, b) }, { parent: -1, mask: span(a, b) }] });
      if (b < n) starts.push({ cars: [{ parent: -1, mask: span(0, a) }, { parent: -1, mask: span(a, b) }, { parent: -1, mask: span(b, n) }] });
    }
    starts.push({ cars: [{ parent: -1, mask: span(0, a) }, { parent: -1, mask: span(a, n) }] });
  }
  return starts;
}
function codeDesign(bits, doubles, batch) {
  const singles = bits.length - doubles;
  const masks = [0, 0, 0];
  const sizes = [0, 0, 0];
  const put = (cars, bit) => cars.forEach((car) => (masks[car] |= bit, sizes[car]++));
  bits.slice(0, singles).forEach((bit, i) => put([Math.floor(i * 3 / singles)], bit));
  bits.slice(singles).forEach((bit, i) => put([[0, 1], [0, 2], [1, 2]][Math.floor(i * 3 / doubles)], bit));
  return sizes.every((size) => size > 0 && size <= batch) ? { cars: masks.map((mask) => ({ parent: -1, mask })) } : void 0;
}

// src/core/train/plan-round.ts
var roundLimit = 24;
var draws = 300;
var provenWorth = 0.7;
var doubleShare = 3 / 8;
var priorityWorth = { critical: 8, high: 2, normal: 1, low: 0.5 };
function planRound(input) {
  const all = input.candidates.slice(0, roundLimit);
  if (all.some((c) => c.dependsOn.some((w) => !all.some((o) => o.workOrderId === w)))) throw new Error("planRound: every dependency of a candidate must be a candidate");
  const order = [...all].sort((a, b) => input.odds.chance(a.key) - input.odds.chance(b.key) || all.indexOf(a) - all.indexOf(b));
  const n = order.length;
  if (n === 0) return [];
  const bitOfWorkOrder = new Map(order.map((c, i) => [c.workOrderId, 1 << i]));
  const needs = order.map((c) => c.dependsOn.reduce((m, id) => m | (bitOfWorkOrder.get(id) ?? 0), 0));
  const worth = order.map((c) => priorityWorth[c.priority]);
  const random = seededRandom(input.seed);
  const worlds = Array.from({ length: draws }, () => {
    const bad = input.odds.draw(random);
    return { bad: order.reduce((m, c, i) => bad.has(c.key) ? m | 1 << i : m, 0), flakes: Array.from({ length: input.depth }, () => random() < input.flakeChance) };
  });
  const weigh = (mask) => worth.reduce((sum, w, i) => mask & 1 << i ? sum + w : sum, 0);
  const count = (mask) => worth.reduce((sum, _w, i) => mask & 1 << i ? sum + 1 : sum, 0);
  const trees = treesOf;
  const valid = (d) => d.cars.length > 0 && d.cars.length <= input.depth && d.cars.every((car, i) => count(car.mask) <= input.batch && car.parent < i) && trees(d).every((tree) => needs.every((need, i) => !(tree & 1 << i) || (need & tree) === need));
  const score = (d) => {
    if (!valid(d)) return -Infinity;
    const ts = trees(d);
    const weights = ts.map(weigh);
    let sum = 0;
    for (const world of worlds) {
      let best2 = 0;
      let proven = 0;
      ts.forEach((tree, i) => {
        if ((tree & world.bad) !== 0 || world.flakes[i]) return;
        proven |= tree;
        best2 = Math.max(best2, weights[i]);
      });
      sum += best2 + provenWorth * (weigh(proven) - best2);
    }
    return sum / draws - d.cars.length * 1e-6;
  };
  const starts = startDesigns(order.map((_c, i) => 1 << i), input.depth);
  const tidy = (d) => {
    const kept = [];
    const cars = [];
    const to = (i) => i < 0 ? -1 : d.cars[i].mask === 0 ? to(d.cars[i].parent) : kept[i];
    d.cars.forEach((car) => {
      kept.push(cars.length);
      if (car.mask !== 0) cars.push({ parent: to(car.parent), mask: car.mask });
    });
    return { cars };
  };
  const climb = (from) => {
    let best2 = from;
    for (let step = 0; step < 40; step++) {
      const current = best2;
      const consider = (design) => {
        const tidied = tidy(design);
        const value = score(tidied);
        if (value > best2.value + 1e-9) best2 = { design: tidied, value };
      };
      const cars = current.design.cars;
      for (let i = 0; i < n; i++) {
        const bit = 1 << i;
        const without = cars.map((car) => ({ parent: car.parent, mask: car.mask & ~bit }));
        consider({ cars: without });
        without.forEach((_car, j) => consider({ cars: without.map((c, k) => k === j ? { parent: c.parent, mask: c.mask | bit } : c) }));
        if (without.length < input.depth) for (let parent = -1; parent < without.length; parent++) consider({ cars: [...without, { parent, mask: bit }] });
      }
      for (let j = 1; j < cars.length; j++) for (let parent = -1; parent < j; parent++) if (parent !== cars[j].parent) consider({ cars: cars.map((c, k) => k === j ? { parent, mask: c.mask } : c) });
      if (best2 === current) break;
    }
    return best2;
  };
  const overlap = (d) => {
    const union = d.cars.reduce((m, car) => m | car.mask, 0);
    const bits = order.map((_c, i) => 1 << i).filter((bit) => union & bit);
    for (let doubles = Math.round(bits.length * doubleShare); doubles > 0; doubles--) {
      const code = codeDesign(bits, doubles, input.batch);
      if (code && score(code) > -Infinity) return code;
    }
    return d;
  };
  const climbed = climb(starts.reduce((top, design) => {
    const value = score(design);
    return value > top.value ? { design, value } : top;
  }, { design: { cars: [] }, value: -Infinity }));
  if (climbed.value === -Infinity) return [];
  const best = opening(input, order) && climbed.design.cars.length === 3 && climbed.design.cars.every((car) => car.parent < 0) ? overlap(climbed.design) : climbed.design;
  return best.cars.map((car) => ({ parent: car.parent, members: mergeOrder(all.filter((c) => car.mask & 1 << order.indexOf(c))) }));
}
var opening = (input, order) => input.cleared.size === 0 && order.every((c) => input.odds.chance(c.key) === input.odds.chance(order[0].key));
function mergeOrder(members) {
  const out = [];
  const ids = new Set(members.map((c) => c.workOrderId));
  while (out.length < members.length) {
    const next = members.find((c) => !out.includes(c) && c.dependsOn.every((w) => !ids.has(w) || out.some((o) => o.workOrderId === w)));
    out.push(next ?? members.find((c) => !out.includes(c)));
  }
  return out.map((c) => c.key);
}

// src/core/train/settle-train.ts
var breakChance = 0.1;
var evictAt = 0.97;
var flakeChance = (config, flaky = false) => flaky ? 0.3 : config.retryEveryFailure ? 0.05 : 1e-3;
var oddsOf = (d, config, findings = d.findings, cleared = d.cleared) => culpritOdds(d.queue.map((c) => c.key), findings.map((f) => ({ keys: f.keys, flakeChance: flakeChance(config, f.flaky) })), new Set(cleared), breakChance);
function landBest(d) {
  const size = (car) => treeOf(d, car).length;
  const proven = d.cars.filter((c) => c.status === "passed" && c.verifiedSha === c.sha).sort((a, b) => size(b) - size(a) || a.id - b.id);
  const best = proven.find((car) => !d.cars.some((other) => inFlight(other) && !ridesOn(d, other, car.id)));
  if (!best) return;
  const members = treeOf(d, best);
  const stays = (c) => c.id === best.id || ridesOn(d, c, best.id);
  for (const car of d.cars) if (!stays(car)) retire(d, car);
  dropCars(d, new Set(d.cars.filter((c) => !stays(c)).map((c) => c.id)));
  const riders = d.cars.filter((c) => c.id !== best.id);
  const { parent: _parent, ...landing2 } = best;
  d.cars = [{ ...landing2, members, base: d.main, status: "landing" }, ...riders];
  d.out.push({ type: "land", car: best.id, sha: best.sha, expectedMain: d.main, members });
}
function evictCulprits(d, config) {
  for (; ; ) {
    const evidence = d.findings.filter((f) => f.explainedBy === void 0);
    const odds = oddsOf(d, config, evidence, []);
    const alone = (f) => f.keys.filter((k) => d.queue.some((c) => c.key === k));
    const culprit = d.queue.find((c) => {
      const solo = evidence.filter((f) => alone(f).length === 1 && alone(f)[0] === c.key);
      return solo.length > 0 && (odds.chance(c.key) >= evictAt || solo.length > config.flakyRetries);
    });
    if (!culprit) return;
    const held = evidence.filter((f) => f.keys.includes(culprit.key));
    const last = held.filter((f) => alone(f).length === 1).at(-1);
    evict(d, culprit.key, "broke-build", {
      car: last.car,
      ...last.base ? { base: last.base } : {},
      ...last.sha ? { sha: last.sha } : {},
      failingGates: last.failingGates,
      attempts: held.length,
      ...last.evidence ? { detail: last.evidence } : {}
    });
  }
}
function placeable(queue) {
  let out = [...queue].sort(compareCandidates);
  for (let changed = true; changed; ) {
    const ids = new Set(out.slice(0, roundLimit).map((c) => c.workOrderId));
    const next = out.filter((c, i) => i < roundLimit && c.dependsOn.every((w) => ids.has(w)));
    changed = next.length !== out.length;
    out = next;
  }
  return out;
}
function planNext(d, config) {
  const candidates = placeable(d.queue);
  const round = planRound({ candidates, odds: oddsOf(d, config), cleared: new Set(d.cleared), depth: config.depth, batch: config.batch, flakeChance: flakeChance(config), seed: d.nextCar * 7919 + d.queue.length });
  const ids = [];
  for (const car of round) {
    const made = newCar(d, car.members, car.parent < 0 ? void 0 : ids[car.parent]);
    ids.push(made.id);
    d.cars.push(made);
  }
  d.planned = candidates.map((c) => c.key);
}
function topUp(d, config) {
  const riding = new Set(d.cars.flatMap((c) => c.members));
  const planned = new Set(d.planned);
  for (; ; ) {
    const top = d.cars.filter((c) => c.status !== "failed" && c.status !== "landing").sort((a, b) => treeOf(d, b).length - treeOf(d, a).length || b.id - a.id)[0];
    const placed = new Set(d.queue.filter((c) => (top ? treeOf(d, top) : []).includes(c.key)).map((c) => c.workOrderId));
    const waiting = d.queue.filter((c) => !riding.has(c.key) && !planned.has(c.key));
    const joins = top?.status === "pending" && top.members.length < config.batch;
    if (!joins && d.cars.filter(inFlight).length >= config.depth) return;
    const more = pickBatch(waiting, placed, joins ? config.batch - top.members.length : config.batch);
    if (more.length === 0) return;
    for (const c of more) {
      riding.add(c.key);
      d.planned.push(c.key);
    }
    const keys = more.map((c) => c.key);
    if (joins) d.cars = d.cars.map((c) => c.id === top.id ? { ...c, members: [...c.members, ...keys] } : c);
    else d.cars.push(newCar(d, keys, top?.id));
  }
}
function settle(d, config) {
  if (d.cars.some((c) => c.status === "landing")) return;
  landBest(d);
  if (d.cars.some((c) => c.status === "landing")) return build(d);
  if (!d.cars.some(inFlight)) {
    for (const car of d.cars) retire(d, car);
    d.cars = [];
    evictCulprits(d, config);
    planNext(d, config);
  } else topUp(d, config);
  build(d);
}
function build(d) {
  d.cars = d.cars.map((car) => {
    const parent = car.parent === void 0 ? void 0 : d.cars.find((c) => c.id === car.parent);
    const base = car.parent === void 0 ? d.main : parent?.sha;
    if (car.status !== "pending" || base === void 0) return car;
    const members = car.members.map((key) => d.queue.find((c) => c.key === key)).map(({ key, workOrderId, headSha }) => ({ key, workOrderId, headSha }));
    d.out.push({ type: "build", car: car.id, base, members });
    return { ...car, status: "building", base };
  });
}

// src/core/train/step-train.ts
function startTrain(main) {
  return { version: 1, main, queue: [], cars: [], evictions: [], nextCar: 1 };
}
var landing = (d, key) => d.cars.some((c) => c.status === "landing" && c.members.includes(key));
function remove(d, key) {
  const holding = d.cars.filter((c) => c.members.includes(key));
  dropCars(d, new Set(holding.flatMap((car) => [...withRiders(d, car.id)])));
  d.queue = d.queue.filter((c) => c.key !== key);
  forget(d, key);
}
function replan(d) {
  for (const car of d.cars) if (car.status !== "landing") retire(d, car);
  dropCars(d, new Set(d.cars.filter((c) => c.status !== "landing").map((c) => c.id)));
  d.planned = [];
}
function enqueue(d, candidate) {
  const known = d.queue.find((c) => c.key === candidate.key);
  if (known && known.headSha === candidate.headSha && known.priority === candidate.priority && known.dependsOn.join() === candidate.dependsOn.join()) return;
  if (landing(d, candidate.key)) return;
  remove(d, candidate.key);
  d.evictions = d.evictions.filter((e) => e.key !== candidate.key);
  d.queue.push(candidate);
  if (candidate.priority === "critical") replan(d);
}
function verified(d, event, config) {
  const index = carIndex(d, event.car);
  const car = d.cars[index];
  if (!car || car.status !== "verifying" || car.sha !== event.sha) return;
  if (event.outcome === "pass") {
    d.cars[index] = { ...car, status: "passed", verifiedSha: event.sha };
    return;
  }
  const flaky = event.outcome === "flaky-fail";
  d.cars[index] = { ...car, status: "failed", failure: { failingGates: event.failingGates ?? [], flaky, ...event.evidence ? { evidence: event.evidence } : {} } };
  if (flakeChance(config, flaky) < 0.01) dropCars(d, new Set([...withRiders(d, car.id)].filter((id) => id !== car.id)));
}
function landed(d, id, sha) {
  const head = d.cars[0];
  if (!head || head.id !== id || head.status !== "landing" || head.sha !== sha) return;
  const done = new Set(head.members);
  const doneIds = new Set(d.queue.filter((c) => done.has(c.key)).map((c) => c.workOrderId));
  d.queue = d.queue.filter((c) => !done.has(c.key)).map((c) => c.dependsOn.some((w) => doneIds.has(w)) ? { ...c, dependsOn: c.dependsOn.filter((w) => !doneIds.has(w)) } : c);
  d.findings = d.findings.map((f) => ({ ...f, keys: f.keys.filter((k) => !done.has(k)) })).filter((f) => f.keys.length > 0);
  d.cars = d.cars.slice(1).map((c) => c.parent === id ? (({ parent: _parent, ...rest }) => rest)(c) : c);
  d.main = sha;
}
function moved(d, sha) {
  replan(d);
  dropCars(d, new Set(d.cars.map((c) => c.id)));
  d.cleared = [];
  d.main = sha;
}
function apply(d, event, config) {
  switch (event.type) {
    case "enqueue":
      for (const candidate of event.candidates) enqueue(d, candidate);
      return;
    case "dequeue":
      if (!landing(d, event.key)) remove(d, event.key);
      return;
    case "built": {
      const index = carIndex(d, event.car);
      const car = d.cars[index];
      if (!car || car.status !== "building") return;
      d.cars[index] = { ...car, status: "verifying", sha: event.sha, attempt: 1 };
      d.out.push({ type: "verify", car: car.id, sha: event.sha, attempt: 1 });
      return;
    }
    case "build-failed": {
      const car = d.cars[carIndex(d, event.car)];
      if (!car || car.status !== "building" || !car.members.includes(event.key)) return;
      dropCars(d, new Set([...withRiders(d, car.id)].filter((id) => id !== car.id)));
      evict(d, event.key, "conflict", { car: car.id, ...car.base ? { base: car.base } : {}, failingGates: [], attempts: 0, detail: event.detail });
      const members = car.members.filter((k) => k !== event.key);
      d.cars = members.length === 0 ? d.cars.filter((c) => c.id !== car.id) : d.cars.map((c) => c.id === car.id ? { ...c, members, status: "pending" } : c);
      return;
    }
    case "verified":
      return verified(d, event, config);
    case "landed":
      return landed(d, event.car, event.sha);
    case "main-moved": {
      if (event.sha === d.main) return;
      const head = d.cars[0];
      if (head?.status === "landing" && head.sha === event.sha) return landed(d, head.id, event.sha);
      return moved(d, event.sha);
    }
    case "land-failed":
      if (d.cars[0]?.id !== event.car || d.cars[0].status !== "landing") return;
      return moved(d, event.main);
  }
}
function stepTrain(state, event, config) {
  const d = draftOf(state);
  apply(d, event, config);
  settle(d, config);
  return { state: stateOf(d), actions: d.out };
}

// src/core/train/resolve-train-config.ts
function resolveMergeQueue(merge, repositoryHasGithubQueue) {
  return merge.queue ?? (repositoryHasGithubQueue ? "github" : "shopfloor");
}
function resolveTrainConfig(merge) {
  return { depth: merge.train.depth, batch: merge.train.batch, flakyRetries: merge.train.flakyRetries, retryEveryFailure: merge.allowFlaky };
}

// src/core/github/train-record.ts
var trainStateRef = (branch) => `refs/shopfloor/train/${branch}`;
function encodeTrainRecord(state, writer) {
  const riding = state.cars.map((car) => `${car.id}:${car.status}`).join(" ") || "no cars";
  return `Shopfloor train at ${state.main.slice(0, 12)}: ${state.queue.length} queued, ${riding} (by ${writer.replace(/\s+/g, " ")})

${JSON.stringify(state)}
`;
}
function decodeTrainRecord(message) {
  const at = message.indexOf("\n\n");
  if (at < 0) return { ok: false, error: "the commit message has no JSON body after its subject" };
  let value;
  try {
    value = JSON.parse(message.slice(at + 2));
  } catch (error) {
    return { ok: false, error: `the JSON body does not parse (${error.message})` };
  }
  const state = value;
  const shaped = state !== null && typeof state === "object" && state.version === 1 && typeof state.main === "string" && Array.isArray(state.queue) && Array.isArray(state.cars) && Array.isArray(state.evictions) && typeof state.nextCar === "number";
  return shaped ? { ok: true, state } : { ok: false, error: "the JSON body is not a version 1 train state" };
}

export {
  findDuplicateJsonKey,
  parseReport,
  dangerousPathGlobs,
  decideMerge,
  landedTreeHolds,
  isFullSha,
  checkReport,
  trustedKeyProblem,
  checkExpectation,
  startTrain,
  stepTrain,
  resolveMergeQueue,
  resolveTrainConfig,
  trainStateRef,
  encodeTrainRecord,
  decodeTrainRecord
};
