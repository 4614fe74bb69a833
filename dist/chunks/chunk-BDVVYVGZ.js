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

// src/core/redaction/redact-secrets.ts
var tokenPatterns = [
  ["pem-block", /-----BEGIN [A-Z0-9 ]*(?:PRIVATE KEY|CERTIFICATE|KEY)[A-Z ]*-----[\s\S]*?(?:-----END [A-Z0-9 ]*-----|$)/g],
  ["github-token", /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g],
  ["github-pat", /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g],
  ["api-key", /\bsk-(?:proj-|ant-|live-|test-)?[A-Za-z0-9_-]{16,}\b/g],
  ["jwt", /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g],
  ["aws-access-key", /\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b/g],
  ["aws-secret", /(aws_secret_access_key\s*[=:]\s*)["']?[A-Za-z0-9/+=]{40}["']?/gi],
  ["slack-token", /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g],
  ["npm-token", /\bnpm_[A-Za-z0-9]{36}\b/g],
  ["bearer", /(\b(?:authorization|bearer)\s*[:=]?\s*(?:bearer|basic|token)?\s+)[A-Za-z0-9._~+/=-]{20,}/gi]
];
function toBase64(text) {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
function base64Forms(secret) {
  const forms = [];
  const length = new TextEncoder().encode(secret).length;
  for (let offset = 0; offset < 3; offset++) {
    const encoded = toBase64("\0".repeat(offset) + secret);
    const core = encoded.slice(Math.ceil(8 * offset / 6), Math.floor(8 * (offset + length) / 6));
    if (core.length >= 8) forms.push(core, core.replace(/\+/g, "-").replace(/\//g, "_"));
  }
  return forms;
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function createRedactor(secrets, options = {}) {
  const forms = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    if (typeof secret !== "string" || secret.length < 8) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(encodeURIComponent(secret).replace(/%20/g, "+"));
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1));
    for (const form of base64Forms(secret)) forms.add(form);
    for (const form of base64Forms(toBase64(secret))) forms.add(form);
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  const known = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join("|"), "g") : void 0;
  return (text) => {
    let out = known ? text.replace(known, "[REDACTED:secret]") : text;
    if (options.tokenShapes === false) return out;
    for (const [kind, pattern] of tokenPatterns) {
      out = out.replace(pattern, (whole, keep) => typeof keep === "string" && whole.startsWith(keep) ? `${keep}[REDACTED:${kind}]` : `[REDACTED:${kind}]`);
    }
    return out;
  };
}

export {
  withRepoOption,
  repoRoot,
  createRedactor
};
