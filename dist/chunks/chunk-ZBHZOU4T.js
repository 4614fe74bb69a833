import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/core/loop/merge-message.ts
var trailerNames = { workOrder: "Work-Order", reportDigest: "Report-Digest", agentBranch: "Agent-Branch", reverts: "Reverts" };
function renderMergeMessage(subject, trailers) {
  const lines = Object.keys(trailerNames).filter((key) => trailers[key] !== void 0).map((key) => `${trailerNames[key]}: ${oneLine(trailers[key])}`);
  return `${oneLine(subject).slice(0, 120)}

${lines.join("\n")}
`;
}
function parseMergeTrailers(message) {
  const paragraphs = message.trim().split(/\n\s*\n/);
  const last = paragraphs[paragraphs.length - 1] ?? "";
  const result = {};
  for (const line of last.split("\n")) {
    const match = /^([A-Za-z-]+):\s*(.+)$/.exec(line.trim());
    if (!match) continue;
    const key = Object.keys(trailerNames).find((k) => trailerNames[k].toLowerCase() === match[1].toLowerCase());
    if (key) result[key] = match[2].trim();
  }
  return result;
}
function oneLine(text) {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/\s+/g, " ").trim();
}

export {
  renderMergeMessage,
  parseMergeTrailers
};
