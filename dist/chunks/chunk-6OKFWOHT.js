import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  reportSchemaVersion,
  signingPayload,
  verificationReportSchema
} from "./chunk-ZPA2LJYZ.js";
import {
  instructionFileGlobs
} from "./chunk-6BEY35WF.js";
import {
  describeZodIssue,
  formatFieldPath,
  matchAnyGlob,
  prepareGlob,
  valueAt
} from "./chunk-BPQ4JRNX.js";

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

// src/core/train/train-draft.ts
var draftOf = (state) => ({ ...state, queue: [...state.queue], cars: [...state.cars], evictions: [...state.evictions], suspects: [...state.suspects ?? []], out: [] });
function stateOf(d) {
  const suspects = d.suspects.filter((key) => d.queue.some((c) => c.key === key));
  return { version: 1, main: d.main, queue: d.queue, cars: d.cars, evictions: d.evictions, nextCar: d.nextCar, ...suspects.length > 0 ? { suspects } : {} };
}
var carIndex = (d, id) => d.cars.findIndex((c) => c.id === id);
var carHolding = (d, key) => d.cars.findIndex((c) => c.members.includes(key));
var startedWith = (car, failed) => car.status === "passed" || car.status === "verifying" && car.startedAt !== void 0 && failed.startedAt !== void 0 && car.startedAt <= failed.startedAt;
function cancelFrom(d, index) {
  for (const car of d.cars.slice(index)) if (car.status !== "pending") d.out.push({ type: "cancel", car: car.id, ...car.sha ? { sha: car.sha } : {} });
  d.cars = d.cars.slice(0, index);
}
function newCar(d, members, split = false) {
  return { id: d.nextCar++, members, status: "pending", attempt: 0, ...split ? { split: true } : {} };
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
  d.out.push({ type: "evict", eviction });
}
function resolveHead(d, config) {
  for (let head = d.cars[0]; head?.status === "failed"; head = d.cars[0]) {
    if (d.cars.slice(1).some((c) => c.status === "verifying" && startedWith(c, head))) return;
    cancelFrom(d, 1);
    d.cars = d.cars.slice(1);
    if (head.members.length === 1) {
      const failingGates = head.failure?.failingGates ?? [];
      evict(d, head.members[0], "broke-build", { car: head.id, base: head.base, sha: head.sha, failingGates, attempts: head.attempt, ...head.failure?.evidence ? { detail: head.failure.evidence } : {} });
    } else if (config.depth === 1) {
      const half = Math.floor(head.members.length / 2);
      d.cars = [head.members.slice(0, half), head.members.slice(half)].map((run) => newCar(d, run, true));
    } else d.suspects.push(...head.members);
  }
}
function foldPassed(d) {
  if (d.cars.some((c) => c.status === "landing")) return;
  let furthest = -1;
  for (let i = 0, base = d.main; i < d.cars.length; base = d.cars[i].sha, i++) {
    const car2 = d.cars[i];
    if (car2.base !== base || car2.sha === void 0) break;
    if (car2.status === "passed" && car2.verifiedSha === car2.sha) furthest = i;
  }
  if (furthest < 0) return;
  const ahead = d.cars.slice(0, furthest);
  const car = d.cars[furthest];
  for (const c of ahead) if (c.status === "verifying") d.out.push({ type: "cancel", car: c.id, ...c.sha ? { sha: c.sha } : {} });
  const members = [...ahead.flatMap((c) => c.members), ...car.members];
  d.cars = [{ ...car, members, base: d.main, status: "landing" }, ...d.cars.slice(furthest + 1)];
  d.out.push({ type: "land", car: car.id, sha: car.sha, expectedMain: d.main, members });
}
function settle(d, config) {
  foldPassed(d);
  resolveHead(d, config);
  if (!d.cars.some((c) => c.status === "failed")) {
    const inCars = new Set(d.cars.flatMap((c) => c.members));
    const placed = new Set(d.queue.filter((c) => inCars.has(c.key)).map((c) => c.workOrderId));
    const suspect = new Set(d.suspects);
    let waiting = d.queue.filter((c) => !inCars.has(c.key) && !suspect.has(c.key));
    const last = d.cars.at(-1);
    if (last?.status === "pending" && !last.split && last.members.length < config.batch) {
      const more = pickBatch(waiting, placed, config.batch - last.members.length);
      for (const c of more) placed.add(c.workOrderId);
      waiting = waiting.filter((c) => !more.includes(c));
      d.cars[d.cars.length - 1] = { ...last, members: [...last.members, ...more.map((c) => c.key)] };
    }
    while (d.cars.length < config.depth) {
      const batch = pickBatch(waiting, placed, config.batch);
      if (batch.length > 0) {
        for (const c of batch) placed.add(c.workOrderId);
        waiting = waiting.filter((c) => !batch.includes(c));
        d.cars.push(newCar(d, batch.map((c) => c.key)));
        continue;
      }
      const [next] = pickBatch(d.queue.filter((c) => suspect.has(c.key) && !inCars.has(c.key) && !placed.has(c.workOrderId)), placed, 1);
      if (!next) break;
      placed.add(next.workOrderId);
      d.cars.push(newCar(d, [next.key], true));
    }
  }
  d.cars = d.cars.map((car, i) => {
    const base = i === 0 ? d.main : d.cars[i - 1].sha;
    if (car.status !== "pending" || base === void 0 || i >= config.depth) return car;
    const members = car.members.map((key) => d.queue.find((c) => c.key === key)).map(({ key, workOrderId, headSha }) => ({ key, workOrderId, headSha }));
    d.out.push({ type: "build", car: car.id, base, members });
    return { ...car, status: "building", base };
  });
  foldPassed(d);
}

// src/core/train/step-train.ts
function startTrain(main) {
  return { version: 1, main, queue: [], cars: [], evictions: [], nextCar: 1 };
}
var landing = (d, key) => d.cars.some((c) => c.status === "landing" && c.members.includes(key));
function remove(d, key) {
  const index = carHolding(d, key);
  if (index >= 0) cancelFrom(d, index);
  d.queue = d.queue.filter((c) => c.key !== key);
}
function enqueue(d, candidate) {
  const known = d.queue.find((c) => c.key === candidate.key);
  if (known && known.headSha === candidate.headSha && known.priority === candidate.priority && known.dependsOn.join() === candidate.dependsOn.join()) return;
  if (landing(d, candidate.key)) return;
  remove(d, candidate.key);
  d.evictions = d.evictions.filter((e) => e.key !== candidate.key);
  d.queue.push(candidate);
  if (candidate.priority === "critical") {
    const first = d.cars.findIndex((c) => c.status !== "landing" && c.status !== "passed");
    if (first >= 0) cancelFrom(d, first);
  }
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
  const behindFailure = d.cars.slice(0, index).some((c) => c.status === "failed");
  if ((flaky || config.retryEveryFailure) && car.members.length === 1 && !car.split && car.attempt <= config.flakyRetries && !behindFailure) {
    const { startedAt: _startedAt, ...rest } = car;
    d.cars[index] = { ...rest, attempt: car.attempt + 1 };
    d.out.push({ type: "verify", car: car.id, sha: car.sha, attempt: car.attempt + 1 });
    return;
  }
  const stop = d.cars.findIndex((c, i) => i > index && !startedWith(c, car));
  if (stop >= 0) cancelFrom(d, stop);
  d.cars[index] = { ...car, status: "failed", failure: { failingGates: event.failingGates ?? [], flaky, ...event.evidence ? { evidence: event.evidence } : {} } };
}
function landed(d, id, sha) {
  const head = d.cars[0];
  if (!head || head.id !== id || head.status !== "landing" || head.sha !== sha) return;
  const done = new Set(head.members);
  const doneIds = new Set(d.queue.filter((c) => done.has(c.key)).map((c) => c.workOrderId));
  d.queue = d.queue.filter((c) => !done.has(c.key)).map((c) => c.dependsOn.some((w) => doneIds.has(w)) ? { ...c, dependsOn: c.dependsOn.filter((w) => !doneIds.has(w)) } : c);
  d.cars = d.cars.slice(1);
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
      d.cars[index] = { ...car, status: "verifying", sha: event.sha, attempt: 1, ...event.at !== void 0 ? { startedAt: event.at } : {} };
      d.out.push({ type: "verify", car: car.id, sha: event.sha, attempt: 1 });
      return;
    }
    case "build-failed": {
      const index = carIndex(d, event.car);
      const car = d.cars[index];
      if (!car || car.status !== "building" || !car.members.includes(event.key)) return;
      cancelFrom(d, index + 1);
      evict(d, event.key, "conflict", { car: car.id, base: car.base, failingGates: [], attempts: 0, detail: event.detail });
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
      cancelFrom(d, 0);
      d.main = event.sha;
      return;
    }
    case "land-failed": {
      if (d.cars[0]?.id !== event.car) return;
      cancelFrom(d, 0);
      d.main = event.main;
      return;
    }
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
