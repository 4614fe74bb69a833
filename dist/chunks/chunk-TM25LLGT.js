import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  validateRepo
} from "./chunk-Y3RDH5SM.js";
import {
  createNodeRepoFiles
} from "./chunk-YCZYYL3Z.js";
import {
  UsageError
} from "./chunk-VIYXCJ24.js";
import {
  formatFinding,
  policyPath,
  policySchema
} from "./chunk-6UYLTFXC.js";

// src/entrypoints/cli/load-policy.ts
async function loadPolicy(root) {
  const files = createNodeRepoFiles(root);
  if (await files.kind(policyPath) !== "file") return policySchema.parse({ apiVersion: "shopfloor/v1" });
  const result = await validateRepo(files, [policyPath]);
  const errors = result.findings.filter((f) => f.severity === "error");
  if (!result.policy || errors.length > 0) throw new UsageError(`the repo policy is invalid; fix it (shopfloor validate ${policyPath}):
${errors.map(formatFinding).join("\n")}`);
  return result.policy;
}

// src/workflows/canary/canary-notes.ts
var canaryNotesRef = "refs/notes/shopfloor-canary";
var lastGoodRef = "refs/shopfloor/canary/last-good";
async function appendCanaryNote(git, repoDir, sha, note) {
  const existing = await git.notesShow(repoDir, canaryNotesRef, sha) ?? "";
  await git.notesAdd(repoDir, canaryNotesRef, sha, `${existing.trimEnd()}
${JSON.stringify(note)}`.trimStart());
}
async function readCanaryNotes(git, repoDir) {
  const listed = await git.raw(repoDir, ["notes", `--ref=${canaryNotesRef}`, "list"]);
  if (listed.exitCode !== 0) return [];
  const notes = [];
  for (const line of listed.stdout.split("\n").filter(Boolean)) {
    const sha = line.split(" ")[1];
    if (!sha) continue;
    for (const text of (await git.notesShow(repoDir, canaryNotesRef, sha) ?? "").split("\n")) {
      try {
        const note = JSON.parse(text);
        if (typeof note.verdict === "string" && typeof note.at === "string") notes.push({ sha, note });
      } catch {
        continue;
      }
    }
  }
  return notes;
}

export {
  loadPolicy,
  canaryNotesRef,
  lastGoodRef,
  appendCanaryNote,
  readCanaryNotes
};
