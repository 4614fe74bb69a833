import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/core/revert/revert-tree.ts
var blobModes = ["100644", "100755", "120000"];
function changedPaths(changes) {
  return changes.flatMap((change) => change.fromPath ? [change.fromPath, change.path] : [change.path]);
}
function restorePath(change) {
  return change.status === "renamed" ? change.fromPath : change.status === "added" || change.status === "copied" ? void 0 : change.path;
}
var workflowPath = /^\.github\/workflows\//;
function planRevertTree(input) {
  const { changes } = input;
  if (changes.length === 0) return { clean: false, reason: "the merge changed no files against its first parent" };
  const paths = changedPaths(changes);
  const touched = new Set(input.touchedSince);
  const overlap = [...new Set(paths.filter((path) => touched.has(path)))];
  if (overlap.length) return { clean: false, reason: `later merges changed the same files (${overlap.slice(0, 5).join(", ")}${overlap.length > 5 ? ", \u2026" : ""}), so the revert needs a three-way merge` };
  const workflows = paths.filter((path) => workflowPath.test(path));
  if (workflows.length) return { clean: false, reason: `it touches workflow files (${workflows.slice(0, 3).join(", ")}), which the App may not write` };
  const parent = new Map(input.parentEntries.map((entry) => [entry.path, entry]));
  const entries = [];
  for (const change of changes) {
    if (change.status === "unchanged") continue;
    const restore = restorePath(change);
    if (change.status !== "modified" && change.status !== "changed" && change.status !== "removed") entries.push({ path: change.path, mode: "100644", sha: null });
    if (!restore) continue;
    const old = parent.get(restore);
    if (!old) return { clean: false, reason: input.treeTruncated ? "the first parent's tree is too large for one API read" : `${restore} is not a file in the first parent (a submodule or a type change)` };
    entries.push({ path: restore, mode: old.mode, sha: old.sha });
  }
  return { clean: true, entries };
}

export {
  blobModes,
  changedPaths,
  restorePath,
  planRevertTree
};
