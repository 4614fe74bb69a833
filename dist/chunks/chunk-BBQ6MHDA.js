import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-VIYXCJ24.js";

// src/entrypoints/cli/repo-option.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";
function withRepoOption(command) {
  return command.option("--repo <dir>", "the repository to work on (default: current directory)");
}
function repoRoot(options, io) {
  const root = resolve(io.cwd, options.repo ?? ".");
  const kind = directoryKind(root);
  if (kind !== "directory") throw new UsageError(`--repo "${options.repo ?? "."}": ${root} ${kind === "missing" ? "does not exist" : "is not a directory"}; pass the directory of a repository`);
  return root;
}
function directoryKind(path) {
  try {
    return statSync(path).isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

// src/core/redaction/compact-view.ts
var isSpace = (code) => code === 32 || code >= 9 && code <= 13;
function compactView(raw) {
  const compactStarts = [0];
  const rawStarts = [0];
  const pieces = [];
  let last = 0;
  let length = 0;
  for (let newline = raw.indexOf("\n"); newline >= 0; newline = raw.indexOf("\n", newline + 1)) {
    if (newline < last) continue;
    let from = newline;
    while (from > last && isSpace(raw.charCodeAt(from - 1)) && raw.charCodeAt(from - 1) !== 10) from--;
    let to = newline + 1;
    while (to < raw.length && isSpace(raw.charCodeAt(to))) to++;
    pieces.push(raw.slice(last, from));
    length += from - last;
    last = to;
    compactStarts.push(length);
    rawStarts.push(last);
  }
  pieces.push(raw.slice(last));
  const rawIndex = (index) => {
    let low = 0;
    let high = compactStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (compactStarts[mid] <= index) low = mid;
      else high = mid - 1;
    }
    return rawStarts[low] + (index - compactStarts[low]);
  };
  return { text: pieces.join(""), rawIndex };
}

// src/core/redaction/token-shapes.ts
var tokenShapes = [
  { kind: "github-token", label: "GitHub token", pattern: /gh[pousr]_[A-Za-z0-9]{20,255}/g, reversedPrefix: /_[pousr]hg/g },
  { kind: "github-pat", label: "GitHub fine-grained token", pattern: /github_pat_[A-Za-z0-9_]{22,255}/g, reversedPrefix: /_tap_buhtig/g },
  { kind: "api-key", label: "OpenAI or Anthropic key", pattern: /(?<![A-Za-z0-9])sk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{20,}/g, reversedPrefix: /-ks(?![A-Za-z0-9])/g },
  { kind: "aws-access-key", label: "AWS access key id", pattern: /(?<![A-Z0-9])(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}(?![A-Z0-9])/g, reversedPrefix: /(?:AIKA|AISA|APGA|ADIA|AORA)(?![A-Z0-9])/g },
  { kind: "slack-token", label: "Slack token", pattern: /xox[abposr]-[A-Za-z0-9-]{10,}/g, reversedPrefix: /-[abposr]xox/g },
  { kind: "google-api-key", label: "Google API key", pattern: /AIza[0-9A-Za-z_-]{35}/g, reversedPrefix: /azIA/g },
  { kind: "npm-token", label: "npm token", pattern: /npm_[A-Za-z0-9]{36}/g, reversedPrefix: /_mpn/g },
  { kind: "jwt", label: "JSON web token", pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, reversedPrefix: /Jye/g },
  { kind: "private-key", label: "private key", pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/g, reversedPrefix: /NIGEB-----/g }
];
var maxTokenChars = 1024;
function matchTokenShapes(text) {
  const found = [];
  for (const shape of tokenShapes) {
    for (const match of text.matchAll(shape.pattern)) found.push([match.index, match.index + match[0].length, shape]);
  }
  return found;
}
function matchReversedTokenShapes(text) {
  const found = [];
  for (const shape of tokenShapes) {
    for (const anchor of text.matchAll(shape.reversedPrefix)) {
      const end = anchor.index + anchor[0].length;
      const from = Math.max(0, end - maxTokenChars);
      const backwards = text.slice(from, end).split("").reverse().join("");
      shape.pattern.lastIndex = 0;
      const match = shape.pattern.exec(backwards);
      if (match?.index === 0) found.push([end - match[0].length, end, shape]);
    }
    shape.pattern.lastIndex = 0;
  }
  return found;
}
function matchTokenShapesBothWays(text) {
  return [...matchTokenShapes(text), ...matchReversedTokenShapes(text)];
}

// src/core/redaction/encoded-runs.ts
var base64Run = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,}={0,2}/g;
var hexRun = /(?<![0-9a-fA-F])[0-9a-fA-F]{40,}/g;
var privateKeyDer = /\x30(?:[\x00-\x7f]|\x81[\s\S]|\x82[\s\S]{2})\x02\x01[\x00\x01](?:\x30|\x02|\x04)|\x30(?:\x81[\s\S]|\x82[\s\S]{2})\x30(?:[\x00-\x7f]|\x81[\s\S]|\x82[\s\S]{2})\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d|openssh-key-v1\x00/;
function decodeBase64(run) {
  const body = run.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  const whole = body.slice(0, body.length - (body.length % 4 === 1 ? 1 : 0));
  return atob(whole);
}
function mixed(run) {
  return /[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9+/_-]/.test(run);
}
function decodeHex(run) {
  const bytes = [];
  for (let index = 0; index + 1 < run.length; index += 2) bytes.push(Number.parseInt(run.slice(index, index + 2), 16));
  return latin1(bytes);
}
function latin1(bytes) {
  let out = "";
  for (let index = 0; index < bytes.length; index += 8192) out += String.fromCharCode(...bytes.slice(index, index + 8192));
  return out;
}
function reverse(text) {
  return text.split("").reverse().join("");
}
function decodedSecret(decoded, depth) {
  const [hit] = matchTokenShapesBothWays(decoded);
  if (hit) return { kind: hit[2].kind, label: hit[2].label };
  if (privateKeyDer.test(decoded)) return { kind: "private-key", label: "private key (DER body)" };
  if (depth > 0) {
    const [inner] = findEncodedSecrets(decoded, depth - 1);
    if (inner) return inner;
  }
  return void 0;
}
function findEncodedSecrets(text, depth = 1) {
  const hits = [];
  const check = (start, end, decodings, encoding) => {
    for (const decoded of decodings) {
      const secret = decodedSecret(decoded, depth);
      if (secret) return void hits.push({ start, end, kind: secret.kind, label: `${encoding} ${secret.label}` });
    }
  };
  for (const run of text.matchAll(base64Run)) {
    const body = run[0];
    if (!mixed(body)) continue;
    check(run.index, run.index + body.length, [0, 1, 2, 3].map((skip) => decodeBase64(body.slice(skip))), "base64-encoded");
  }
  for (const run of text.matchAll(hexRun)) {
    const body = run[0];
    if (!/[0-9]/.test(body) || !/[a-fA-F]/.test(body)) continue;
    if (hits.some((hit) => hit.start <= run.index && run.index + body.length <= hit.end)) continue;
    check(run.index, run.index + body.length, [decodeHex(body), decodeHex(body.slice(1)), decodeHex(reverse(body))], "hex-encoded");
  }
  return hits;
}

// src/core/redaction/shannon-entropy.ts
function shannonEntropy(text) {
  const counts = /* @__PURE__ */ new Map();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) bits -= count / text.length * Math.log2(count / text.length);
  return bits;
}

// src/core/redaction/line-secret-rules.ts
var pemBlock = /-----BEGIN [A-Z0-9 ]*(?:PRIVATE KEY|CERTIFICATE|KEY)[A-Z ]*-----[\s\S]*?(?:-----END [A-Z0-9 ]*-----|$)/g;
var bearer = /(\b(?:authorization|bearer)\s*[:=]?\s*(?:bearer|basic|token)?\s+)([A-Za-z0-9._~+/=-]{20,})/gi;
var awsSecret = /(aws_secret_access_key\s*[:=]\s*["']?)([A-Za-z0-9/+=]{40})/gi;
var assignment = /(\b([A-Za-z0-9_.-]*(?:secret|token|passw(?:or)?d|api[_-]?key|access[_-]?key|private[_-]?key|credential)s?)["']?\s*[:=]\s*["']?)([A-Za-z0-9+/_=.-]{16,})/gi;
var urlPassword = /(\b[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:@/?#"'<>]{1,256}:)([^\s@/?#"'<>]{1,256})@([^\s/?#:"'<>]*)/gi;
var placeholder = /^(?:\*+|x+|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|<[^>]*>|\{+[^}]*\}+|%s|\[REDACTED[^\]]*\])$/i;
var loopback = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;
function findContextSecrets(text) {
  const hits = [];
  for (const match of text.matchAll(pemBlock)) hits.push({ start: match.index, end: match.index + match[0].length, kind: "pem-block", label: "PEM block" });
  const valueAfter = (match, kind, label) => {
    const start = match.index + match[1].length;
    hits.push({ start, end: start + match[2].length, kind, label });
  };
  for (const match of text.matchAll(bearer)) valueAfter(match, "bearer", "Authorization header value");
  for (const match of text.matchAll(awsSecret)) valueAfter(match, "aws-secret", "AWS secret access key");
  for (const match of text.matchAll(assignment)) {
    const value = match[3];
    if (shannonEntropy(value) < 3.5 || /^[a-z]+(?:[._-][a-z]+)*$/.test(value)) continue;
    const start = match.index + match[1].length;
    hits.push({ start, end: start + value.length, kind: "assigned-secret", label: `"${match[2].slice(0, 60)}" is assigned a high-entropy value` });
  }
  for (const match of text.matchAll(urlPassword)) {
    if (placeholder.test(match[2])) continue;
    const local = loopback.test(match[3]);
    valueAfter(match, local ? "url-password-local" : "url-password", local ? "password in a URL to a loopback host" : "password in a URL");
  }
  return hits;
}

// src/core/redaction/secret-forms.ts
var minSecretLength = 8;
function bytesOf(text) {
  return new TextEncoder().encode(text);
}
function toBase64(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
function toHex(bytes) {
  let hex = "";
  for (const byte of bytes) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
function reverse2(text) {
  return [...text].reverse().join("");
}
function base64Forms(value) {
  const forms = [];
  const length = bytesOf(value).length;
  for (let offset = 0; offset < 3; offset++) {
    const encoded = toBase64(bytesOf("\0".repeat(offset) + value));
    const core = encoded.slice(Math.ceil(8 * offset / 6), Math.floor(8 * (offset + length) / 6));
    if (core.length >= minSecretLength) forms.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return forms;
}
function spellings(value) {
  const json = JSON.stringify(value).slice(1, -1);
  const hex = toHex(bytesOf(value));
  return [
    value,
    encodeURIComponent(value),
    encodeURIComponent(value).replace(/%20/g, "+"),
    json,
    JSON.stringify(json).slice(1, -1),
    hex,
    hex.toUpperCase(),
    ...base64Forms(value),
    // Base64 of base64: the inner encoding's stable cores (one per alignment), each encoded again.
    ...base64Forms(value).filter((_, index) => index % 2 === 0).flatMap((core) => base64Forms(core))
  ];
}
function secretForms(secrets) {
  const forms = /* @__PURE__ */ new Set();
  const values = secrets.flatMap((secret) => typeof secret === "string" && secret.includes("\n") ? [secret, ...secret.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length >= 16 && !line.startsWith("-----"))] : [secret]);
  for (const secret of values) {
    if (typeof secret !== "string" || secret.length < minSecretLength) continue;
    for (const value of /* @__PURE__ */ new Set([secret, reverse2(secret)])) {
      for (const form of spellings(value)) {
        const flat = form.replace(/[ \t\r\f\v]*\n\s*/g, "");
        if (flat.length < minSecretLength) continue;
        forms.add(flat);
        forms.add(reverse2(flat));
      }
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

// src/core/redaction/secret-detector.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function formsPattern(values) {
  const forms = secretForms(values);
  return forms.length > 0 ? new RegExp(forms.map(escapeRegExp).join("|"), "g") : void 0;
}
var weakKinds = /* @__PURE__ */ new Set(["assigned-secret", "url-password-local"]);
var rank = (kind) => kind === "secret" ? 3 : kind === "credential" ? 0 : weakKinds.has(kind) ? 1 : 2;
function mergeSpans(spans) {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      merged[merged.length - 1] = { ...rank(span.kind) > rank(last.kind) ? span : last, start: last.start, end: Math.max(last.end, span.end) };
    } else merged.push(span);
  }
  return merged;
}
function createSecretDetector(options = {}) {
  const known = formsPattern(options.secrets ?? []);
  const handed = formsPattern(options.credentials ?? []);
  return (text) => {
    const spans = [...findContextSecrets(text)];
    const view = compactView(text);
    const compact = view.text;
    const found = [];
    if (known) for (const match of compact.matchAll(known)) found.push({ start: match.index, end: match.index + match[0].length, kind: "secret", label: "known secret value" });
    if (handed) for (const match of compact.matchAll(handed)) found.push({ start: match.index, end: match.index + match[0].length, kind: "credential", label: "credential handed to the command" });
    for (const [start, end, shape] of matchTokenShapes(compact)) found.push({ start, end, kind: shape.kind, label: shape.label });
    for (const [start, end, shape] of matchReversedTokenShapes(compact)) found.push({ start, end, kind: shape.kind, label: `reversed ${shape.label}` });
    found.push(...findEncodedSecrets(compact));
    for (const span of found) spans.push({ ...span, start: view.rawIndex(span.start), end: view.rawIndex(span.end - 1) + 1 });
    return mergeSpans(spans);
  };
}

// src/core/redaction/redact-secrets.ts
function redactionMarker(kind) {
  return `[REDACTED:${kind}]`;
}
function applySpans(text, spans) {
  let out = "";
  let last = 0;
  for (const span of spans) {
    out += text.slice(last, span.start) + redactionMarker(span.kind);
    last = span.end;
  }
  return out + text.slice(last);
}
function createRedactor(secrets, options = {}) {
  const detect = createSecretDetector({ secrets, ...options });
  return (text) => applySpans(text, detect(text));
}

// src/core/agents/refusal-trailers.ts
function renderRefusalTrailers(paths) {
  return [...new Set(paths)].map((path) => `Shopfloor-Refused: ${JSON.stringify(path)}`).join("\n");
}
function parseImplementCommit(message) {
  const paragraphs = message.trim().split(/\n[ \t]*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? "";
  let workOrder;
  const refused = [];
  for (const line of last.split("\n")) {
    const match = /^([A-Za-z-]+):[ \t]*(.*)$/.exec(line.trim());
    if (!match) continue;
    if (match[1] === "Shopfloor-Work-Order") workOrder = match[2].trim();
    if (match[1] === "Shopfloor-Refused") {
      refused.push(parseQuoted(match[2].trim()) ?? match[2].trim());
    }
  }
  return workOrder ? { workOrder, refused } : void 0;
}
function parseQuoted(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}

// src/workflows/verify/default-shell.ts
function defaultShellFor(platform) {
  return platform === "windows" ? "pwsh" : "bash";
}

export {
  withRepoOption,
  repoRoot,
  minSecretLength,
  createSecretDetector,
  defaultShellFor,
  applySpans,
  createRedactor,
  renderRefusalTrailers,
  parseImplementCommit
};
