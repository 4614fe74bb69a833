import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/core/agents/sanitize-untrusted-text.ts
var passes = [
  ["html-comment", /<!--[\s\S]*?(?:-->|$)/g, ""],
  ["hidden-html", /<([a-z][a-z0-9]*)\b[^>]*\b(?:hidden|aria-hidden\s*=\s*["']?true|style\s*=\s*["'][^"']*(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0)[^"']*["'])[^>]*>[\s\S]*?<\/\1\s*>/gi, ""],
  ["image-alt-text", /!\[[^\]]+\]\(/g, "![]("],
  ["image-alt-text", /(<img\b[^>]*?)\s(?:alt|title)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, "$1"],
  ["link-reference-comment", /^[ \t]{0,3}\[[^\]\n]*\]:[ \t]*\S+(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$/gm, ""],
  ["bidi-control", /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, ""],
  ["unicode-tag", /[\u{E0000}-\u{E007F}]/gu, ""],
  ["variation-selector", /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu, ""],
  ["invisible-character", /[\u200B-\u200D\u2060-\u2064\uFEFF\u180E\u00AD\u034F\u115F\u1160\u3164\uFFA0\u17B4\u17B5]/g, ""]
];
function decodeEntities(text) {
  let count = 0;
  const decoded = text.replace(/&#(?:x([0-9a-f]{1,6})|([0-9]{1,7}));?/gi, (whole, hex, dec) => {
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    if (!Number.isFinite(code) || code > 1114111) return whole;
    count++;
    return String.fromCodePoint(code);
  });
  const named = decoded.replace(/&(lt|gt|amp|quot|apos|nbsp|zwj|zwnj|shy|lrm|rlm);/gi, (_whole, name) => {
    count++;
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", zwj: "\u200D", zwnj: "\u200C", shy: "\xAD", lrm: "\u200E", rlm: "\u200F" }[name.toLowerCase()];
  });
  return { text: named, count };
}
function sanitizeUntrustedText(input, sha256) {
  const counts = /* @__PURE__ */ new Map();
  const bump = (kind, by) => by > 0 && counts.set(kind, (counts.get(kind) ?? 0) + by);
  let text = input.normalize("NFC");
  for (let round = 0; round < 5; round++) {
    const before = text;
    const entities = decodeEntities(text);
    bump("html-entity", entities.count);
    text = entities.text;
    for (const [kind, pattern, replacement] of passes) {
      const matches = text.match(pattern)?.length ?? 0;
      bump(kind, matches);
      text = text.replace(pattern, replacement);
    }
    if (text === before) break;
  }
  text = text.replace(/\n{3,}/g, "\n\n").trim();
  return { text, sha256: sha256(text), removed: [...counts].map(([kind, count]) => ({ kind, count })) };
}

// src/core/run-document/document-model.ts
var documentSections = ["conductor", "coordinator", "architect", "implementer", "verifier", "triage", "terminal", "user"];
var sectionStates = ["pending", "active", "done", "failed"];
var runStatuses = ["initializing", "running", "waiting", "completing", "completed", "failed", "blocked"];
var finalRunStatuses = ["completed", "failed"];
var sectionTitles = {
  conductor: "Conductor",
  coordinator: "Coordinator",
  architect: "Architect",
  implementer: "Implementer",
  verifier: "Verifier",
  triage: "Triage",
  terminal: "Terminal",
  user: "User"
};
var runIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function checkRunId(runId) {
  if (runIdPattern.test(runId) && !runId.includes("..")) return { ok: true };
  return { ok: false, reason: `run id "${runId.slice(0, 120)}" is not valid: use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit` };
}
function createRunDocument(runId, objective) {
  return {
    runId,
    revision: 0,
    objective: foldLine(objective).trim() || "Untitled run",
    status: "initializing",
    statusDetail: "",
    sections: documentSections.map((id) => ({ id, state: "pending", canon: "" }))
  };
}
function foldLine(text) {
  return text.replace(/\r\n|\r|\n/g, " ");
}
function sectionIndex(section) {
  return documentSections.indexOf(section);
}
function getSection(document, section) {
  return document.sections[sectionIndex(section)];
}

// src/core/run-document/escape-line.ts
var needsEscape = /^([ \t]*)(\\*(?:#|<!--|```|~~~))/;
var escaped = /^([ \t]*)\\(\\*(?:#|<!--|```|~~~))/;
function escapeLine(line) {
  return line.replace(needsEscape, "$1\\$2");
}
function unescapeLine(line) {
  return line.replace(escaped, "$1$2");
}
function textToLines(text) {
  return text === "" ? [] : text.split("\n").map(escapeLine);
}
function linesToText(lines) {
  return lines.map(unescapeLine).join("\n");
}
function encodeHeaderValue(text) {
  return text.replace(/[%>\r\n]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function decodeHeaderValue(text) {
  return text.replace(/%([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}

// src/core/run-document/render-document.ts
var proposalMarker = "<!-- proposal -->";
function renderRunDocument(document) {
  const detail = document.statusDetail ? ` detail:${encodeHeaderValue(document.statusDetail)}` : "";
  const out = [`<!-- revision:${document.revision} -->`, `# ${document.objective}`, `<!-- run:${document.runId} status:${document.status}${detail} -->`];
  for (const section of document.sections) {
    out.push(`## ${sectionTitles[section.id]}`, `<!-- state:${section.state} -->`, ...textToLines(section.canon));
    if (section.proposal !== void 0) out.push(proposalMarker, ...textToLines(section.proposal));
  }
  return `${out.join("\n")}
`;
}

// src/core/run-document/apply-ops.ts
function applyOps(text, ops) {
  const parts = [];
  let cursor = 0;
  for (const [index, op] of ops.entries()) {
    const where = `op ${index + 1} (${op.op})`;
    if (op.op === "insert") {
      parts.push(op.text);
      continue;
    }
    const end = cursor + op.count;
    if (end > text.length) return { ok: false, reason: `${where} reaches character ${end} but the text has only ${text.length}` };
    if (splitsPair(text, end)) return { ok: false, reason: `${where} ends inside a surrogate pair at character ${end}` };
    if (op.op === "retain") parts.push(text.slice(cursor, end));
    if (op.op === "replace") parts.push(op.text);
    cursor = end;
  }
  parts.push(text.slice(cursor));
  return { ok: true, text: parts.join("") };
}
function splitsPair(text, at) {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 55296 && before <= 56319 && after >= 56320 && after <= 57343;
}

// src/core/run-document/apply-patch.ts
function applyPatch(document, patch, memo) {
  if (patch.runId !== document.runId) return reject(patch, `it is for run "${patch.runId}", not "${document.runId}"`);
  if (finalRunStatuses.includes(document.status)) return reject(patch, `run "${document.runId}" has ended (${document.status}); start a new run to change anything`);
  if (patch.kind === "set-status") {
    return { ok: true, document: { ...document, revision: document.revision + 1, status: patch.status, statusDetail: foldLine(patch.detail ?? "") } };
  }
  if (sectionIndex(patch.section) < 0) return reject(patch, `there is no section "${patch.section}"`);
  const current = getSection(document, patch.section);
  const next = changeSection(current, patch, memo);
  if (!next.ok) return reject(patch, next.reason);
  const sections = document.sections.map((s) => s.id === current.id ? next.section : s);
  return { ok: true, document: { ...document, revision: document.revision + 1, sections } };
}
function changeSection(section, patch, memo) {
  switch (patch.kind) {
    case "mark-section-state":
      return { ok: true, section: { ...section, state: patch.state } };
    case "commit-proposal":
      if (section.proposal === void 0) return { ok: false, reason: `section "${section.id}" has no proposal to commit` };
      return { ok: true, section: { id: section.id, state: section.state, canon: section.proposal } };
    case "discard-proposal":
      if (section.proposal === void 0) return { ok: false, reason: `section "${section.id}" has no proposal to discard` };
      return { ok: true, section: { id: section.id, state: section.state, canon: section.canon } };
    case "append-log-line": {
      const before = textOf(section, patch.target);
      const text = appendLine(before, patch.text, memo ? memo.endsWithNewline(before) : void 0);
      memo?.remember(text, true);
      return withText(section, patch.target, text);
    }
    case "edit": {
      const result = applyOps(textOf(section, patch.target), patch.ops);
      if (!result.ok) return { ok: false, reason: `${result.reason} in the ${patch.target} of section "${section.id}"` };
      return withText(section, patch.target, result.text);
    }
  }
}
function textOf(section, target) {
  return target === "canon" ? section.canon : section.proposal ?? section.canon;
}
function withText(section, target, text) {
  return { ok: true, section: target === "canon" ? { ...section, canon: text } : { ...section, proposal: text } };
}
function appendLine(text, line, endsWithNewline = text.endsWith("\n")) {
  const head = text === "" || endsWithNewline ? text : `${text}
`;
  return `${head}${line}${line.endsWith("\n") ? "" : "\n"}`;
}
function reject(patch, why) {
  return { ok: false, reason: `patch "${patch.patchId}" (${patch.kind}) was rejected: ${why}` };
}

// src/core/run-document/parse-document.ts
var headerPatterns = {
  revision: /^<!-- revision:(\d+) -->$/,
  objective: /^# (.*)$/,
  run: /^<!-- run:(\S+) status:([a-z]+)(?: detail:(.*))? -->$/,
  state: /^<!-- state:([a-z]+) -->$/
};
function parseRunDocument(text) {
  if (!text.endsWith("\n")) return fail(0, "the document does not end with a newline (it may be truncated)");
  const lines = text.slice(0, -1).split("\n");
  const revision = headerPatterns.revision.exec(lines[0] ?? "");
  if (!revision) return fail(1, 'expected "<!-- revision:N -->"');
  const objective = headerPatterns.objective.exec(lines[1] ?? "");
  if (!objective) return fail(2, 'expected "# <objective>"');
  const run = headerPatterns.run.exec(lines[2] ?? "");
  if (!run || !runStatuses.includes(run[2])) return fail(3, 'expected "<!-- run:<id> status:<status> -->" with a known status');
  const sections = [];
  let at = 3;
  for (const id of documentSections) {
    if (lines[at] !== `## ${sectionTitles[id]}`) return fail(at + 1, `expected the section heading "## ${sectionTitles[id]}"`);
    const state = headerPatterns.state.exec(lines[at + 1] ?? "");
    if (!state || !sectionStates.includes(state[1])) return fail(at + 2, 'expected "<!-- state:pending|active|done|failed -->"');
    let end = at + 2;
    while (end < lines.length && !lines[end].startsWith("## ")) end++;
    const body = lines.slice(at + 2, end);
    const split = body.indexOf(proposalMarker);
    const canon = linesToText(split < 0 ? body : body.slice(0, split));
    const section = split < 0 ? { id, state: state[1], canon } : { id, state: state[1], canon, proposal: linesToText(body.slice(split + 1)) };
    sections.push(section);
    at = end;
  }
  if (at !== lines.length) return fail(at + 1, "unexpected text after the last section");
  return {
    ok: true,
    document: { runId: run[1], revision: Number(revision[1]), objective: objective[1], status: run[2], statusDetail: decodeHeaderValue(run[3] ?? ""), sections }
  };
}
function fail(line, what) {
  return { ok: false, error: `${line ? `line ${line}: ` : ""}${what}` };
}

export {
  sanitizeUntrustedText,
  documentSections,
  sectionStates,
  runStatuses,
  finalRunStatuses,
  sectionTitles,
  checkRunId,
  createRunDocument,
  getSection,
  applyPatch,
  escapeLine,
  renderRunDocument,
  parseRunDocument
};
