import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/core/revert/read-commit-message.ts
var revertLine = /This reverts commit ([0-9a-f]{7,64})/;
function revertedCommitOf(message) {
  return revertLine.exec(message.body)?.[1] ?? revertLine.exec(message.subject)?.[1];
}
function isRevertMessage(message) {
  return /^Revert "/.test(message.subject) || revertedCommitOf(message) !== void 0;
}
function readTrailers(body) {
  const paragraphs = body.trim().split(/\n\s*\n/);
  const trailers = /* @__PURE__ */ new Map();
  for (const line of (paragraphs.at(-1) ?? "").split("\n")) {
    const match = /^([A-Za-z][A-Za-z0-9-]*):\s*(.+)$/.exec(line.trim());
    if (!match) continue;
    const key = match[1].toLowerCase();
    trailers.set(key, [...trailers.get(key) ?? [], match[2].trim()]);
  }
  return trailers;
}
function labelsOf(message, optOutLabel) {
  const trailers = readTrailers(message.body);
  const labels = [...trailers.get("labels") ?? [], ...trailers.get("shopfloor-labels") ?? []].flatMap((v) => v.split(",")).map((l) => l.trim()).filter(Boolean);
  const optOut = (trailers.get("no-auto-revert") ?? []).some((v) => /^(true|yes|1)$/i.test(v)) || /^NOAUTOREVERT=true$/m.test(message.body);
  return [...new Set(optOut ? [...labels, optOutLabel] : labels)];
}
function workOrdersOf(message) {
  return [...readTrailers(message.body).get("work-order") ?? []];
}

export {
  revertedCommitOf,
  isRevertMessage,
  readTrailers,
  labelsOf,
  workOrdersOf
};
