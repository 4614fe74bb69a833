import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/adapters/git/git-cli.ts
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/core/git/parse-git-output.ts
function parseRawDiff(output) {
  const fields = output.split("\0");
  const changes = [];
  for (let i = 0; i < fields.length; i++) {
    const header = fields[i];
    if (!header.startsWith(":")) continue;
    const [oldMode, newMode, , , statusWithScore] = header.slice(1).split(" ");
    const status = (statusWithScore ?? "X")[0];
    if (status === "R" || status === "C") {
      const fromPath = fields[++i];
      changes.push({ status, fromPath, path: fields[++i], oldMode, newMode });
    } else {
      changes.push({ status, path: fields[++i], oldMode, newMode });
    }
  }
  return changes;
}
var logFormat = "%H%x1f%P%x1f%aI%x1f%cI%x1f%s%x1f%b%x1e";
function parseLog(output) {
  return output.split("").map((record) => record.replace(/^\n/, "")).filter((record) => record.trim() !== "").map((record) => {
    const [sha, parents, authorDate, committerDate, subject, body] = record.split("");
    return { sha, parents: parents ? parents.split(" ") : [], authorDate, committerDate, subject: subject ?? "", body: (body ?? "").trimEnd() };
  });
}

// src/ports/git.ts
var GitError = class extends Error {
  constructor(message, args, stderr, options) {
    super(message, options);
    this.args = args;
    this.stderr = stderr;
  }
  args;
  stderr;
  name = "GitError";
};

// src/adapters/git/git-cli.ts
function createGitCli(options = {}) {
  const identity = options.identity ?? { name: "Shopfloor", email: "shopfloor@localhost" };
  const baseEnv = cleanGitEnv(options.env ?? process.env, identity);
  const hooks = options.hooksDir ?? emptyHooksDirectory();
  const hardening = ["-c", "core.fsmonitor=false", "-c", `core.hooksPath=${hooks}`, "-c", "protocol.ext.allow=never"];
  const portable = ["-c", "core.autocrlf=false", "-c", "core.longpaths=true"];
  const run = (dir, args, input) => new Promise((resolve2, reject) => {
    const location = options.gitDir ? [`--git-dir=${options.gitDir}`, `--work-tree=${dir}`] : [];
    const child = execFile("git", [...location, "-c", "core.quotepath=off", ...hardening, ...portable, ...args], { cwd: dir, env: baseEnv, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
      if (error && typeof error.code === "string") {
        reject(new GitError(`git could not run (${error.code}); install git and put it on PATH`, args, String(stderr), { cause: error }));
        return;
      }
      resolve2({ exitCode: error ? typeof error.code === "number" ? error.code : 1 : 0, stdout, stderr });
    });
    if (input !== void 0) child.stdin?.end(input);
  });
  const ok = async (dir, args, input) => {
    const result = await run(dir, args, input);
    if (result.exitCode !== 0) throw new GitError(`git ${args[0]} failed in ${dir}: ${result.stderr.trim() || result.stdout.trim()}`, args, result.stderr);
    return result.stdout;
  };
  const rev = (value) => {
    if (value.startsWith("-") || /[\s\0]/.test(value)) throw new GitError(`refusing the revision "${value}": it is not a plain revision`, [], "");
    return value;
  };
  const conflicted = async (dir) => (await ok(dir, ["diff", "--name-only", "--diff-filter=U", "-z"])).split("\0").filter(Boolean);
  return {
    init: async (dir, init) => {
      await mkdir(dir, { recursive: true });
      await ok(dir, ["init", "-q", `--initial-branch=${init?.initialBranch ?? "main"}`]);
    },
    revParse: async (dir, value) => {
      const result = await run(dir, ["rev-parse", "--verify", "-q", `${rev(value)}^{commit}`]);
      return result.exitCode === 0 ? result.stdout.trim() : void 0;
    },
    treeOf: async (dir, value) => (await ok(dir, ["rev-parse", "--verify", `${rev(value)}^{tree}`])).trim(),
    isAncestor: async (dir, ancestor, descendant) => (await run(dir, ["merge-base", "--is-ancestor", rev(ancestor), rev(descendant)])).exitCode === 0,
    currentBranch: async (dir) => {
      const result = await run(dir, ["symbolic-ref", "-q", "--short", "HEAD"]);
      return result.exitCode === 0 ? result.stdout.trim() : void 0;
    },
    status: async (dir) => (await ok(dir, ["status", "--porcelain=v1", "-z", "--untracked-files=all"])).split("\0").filter(Boolean),
    log: async (dir, range) => {
      const spec = range.from ? `${rev(range.from)}..${rev(range.to)}` : rev(range.to);
      const args = ["log", `--format=${logFormat}`, "--reverse", ...range.firstParent ? ["--first-parent"] : [], ...range.max ? [`--max-count=${range.max}`] : [], spec, "--"];
      return parseLog(await ok(dir, args));
    },
    diff: async (dir, base, head) => parseRawDiff(await ok(dir, ["diff", "--raw", "-z", "-M", "--no-abbrev", "--no-ext-diff", rev(base), ...head ? [rev(head)] : [], "--"])),
    show: async (dir, value, path) => {
      const result = await run(dir, ["show", `${rev(value)}:${path}`]);
      return result.exitCode === 0 ? result.stdout : void 0;
    },
    addAll: async (dir, paths) => void await ok(dir, ["add", "-A", "--", ...paths ?? ["."]]),
    commit: async (dir, message, commit) => {
      const args = ["commit", "-q", "--no-verify", "-F", "-", ...commit?.allowEmpty ? ["--allow-empty"] : [], ...commit?.author ? [`--author=${commit.author}`] : [], ...commit?.date ? [`--date=${commit.date}`] : []];
      await ok(dir, args, message);
      return (await ok(dir, ["rev-parse", "HEAD"])).trim();
    },
    createBranch: async (dir, name, startPoint) => void await ok(dir, ["branch", "--", rev(name), rev(startPoint)]),
    checkout: async (dir, value) => void await ok(dir, ["checkout", "-q", rev(value), "--"]),
    worktreeAdd: async (dir, path, value, add) => {
      const args = ["worktree", "add", "-q", ...add?.branch ? ["-b", rev(add.branch)] : [], ...add?.detach ? ["--detach"] : [], "--", path, rev(value)];
      await ok(dir, args);
    },
    worktreeRemove: async (dir, path) => {
      await run(dir, ["worktree", "remove", "--force", "--", path]);
      await run(dir, ["worktree", "prune"]);
    },
    merge: async (dir, value, message, merge) => {
      const result = await run(dir, ["merge", "-q", ...merge?.noFastForward === false ? [] : ["--no-ff"], "--no-verify", "-m", message, rev(value)]);
      if (result.exitCode === 0) return { ok: true, sha: (await ok(dir, ["rev-parse", "HEAD"])).trim() };
      const conflicts = await conflicted(dir);
      await run(dir, ["merge", "--abort"]);
      return { ok: false, conflicts, message: result.stderr.trim() || result.stdout.trim() };
    },
    revert: async (dir, sha, revert) => {
      const args = ["revert", "--no-edit", ...revert?.mainline ? ["-m", String(revert.mainline)] : [], rev(sha)];
      const result = await run(dir, args);
      if (result.exitCode !== 0) {
        const conflicts = await conflicted(dir);
        await run(dir, ["revert", "--abort"]);
        return { ok: false, conflicts, message: result.stderr.trim() || result.stdout.trim() };
      }
      if (revert?.message) await ok(dir, ["commit", "-q", "--amend", "--no-verify", "-F", "-"], revert.message);
      return { ok: true, sha: (await ok(dir, ["rev-parse", "HEAD"])).trim() };
    },
    updateRef: async (dir, ref, newSha, expectedOld) => {
      const result = await run(dir, ["update-ref", rev(ref), rev(newSha), ...expectedOld !== void 0 ? [expectedOld === "" ? "0".repeat(40) : rev(expectedOld)] : []]);
      return result.exitCode === 0;
    },
    deleteRef: async (dir, ref) => void await run(dir, ["update-ref", "-d", rev(ref)]),
    updateRefs: async (dir, updates) => {
      const zero = "0".repeat(40);
      const lines = updates.map((u) => `update ${rev(u.ref)} ${rev(u.newSha)} ${u.expectedOld === "" ? zero : rev(u.expectedOld)}`);
      return (await run(dir, ["update-ref", "--stdin"], ["start", ...lines, "prepare", "commit", ""].join("\n"))).exitCode === 0;
    },
    notesAdd: async (dir, ref, sha, text) => void await ok(dir, ["notes", `--ref=${rev(ref)}`, "add", "-f", "-F", "-", rev(sha)], text),
    notesShow: async (dir, ref, sha) => {
      const result = await run(dir, ["notes", `--ref=${rev(ref)}`, "show", rev(sha)]);
      return result.exitCode === 0 ? result.stdout : void 0;
    },
    remotes: async (dir) => (await ok(dir, ["remote"])).split("\n").filter(Boolean),
    push: async (dir, remote, refspecs) => void await ok(dir, ["push", "--porcelain", rev(remote), ...refspecs.map(rev)]),
    formatPatch: async (dir, range, outputDir) => (await ok(dir, ["format-patch", "-q", "-o", outputDir, rev(range)])).split("\n").filter(Boolean),
    lsFiles: async (dir) => (await ok(dir, ["ls-files", "-z"])).split("\0").filter(Boolean),
    raw: (dir, args) => run(dir, args),
    resetMixed: async (dir, value) => void await ok(dir, ["reset", "-q", "--mixed", rev(value), "--"]),
    stagedPaths: async (dir, value) => (await ok(dir, ["diff", "--cached", "--name-only", "-z", "--no-renames", rev(value), "--"])).split("\0").filter(Boolean),
    cloneWorkCopy: async (repoDir, dir, value, clone) => {
      const sha = (await ok(repoDir, ["rev-parse", "--verify", `${rev(value)}^{commit}`])).trim();
      const objectStores = await objectStoresOf(repoDir);
      await ok(repoDir, ["clone", "--quiet", "--shared", "--no-checkout", "--no-tags", "--", repoDir, dir]);
      await ok(dir, ["remote", "remove", "origin"]);
      await ok(dir, ["config", "user.name", "Shopfloor work copy"]);
      await ok(dir, ["config", "user.email", "work-copy@shopfloor.invalid"]);
      await ok(dir, ["checkout", "-q", ...clone?.branch ? ["-B", rev(clone.branch)] : ["--detach"], sha, "--"]);
      return { objectStores };
    },
    removeWorkCopy: (dir) => rm(dir, { recursive: true, force: true, maxRetries: 3 }),
    initBare: async (dir, objectStores) => {
      await mkdir(dir, { recursive: true, mode: 448 });
      await ok(dir, ["init", "-q", "--bare", dir]);
      await writeFile(join(dir, "objects", "info", "alternates"), objectStores.map((store) => `${store}
`).join(""));
    },
    withGitDir: (gitDir) => createGitCli({ ...options, gitDir, hooksDir: hooks }),
    fetchRef: async (repoDir, from, ref, into) => void await ok(repoDir, ["fetch", "--quiet", "--no-tags", "--no-write-fetch-head", "--", from, `+${rev(ref)}:${rev(into)}`])
  };
  async function objectStoresOf(repoDir) {
    const objects = (await ok(repoDir, ["rev-parse", "--path-format=absolute", "--git-path", "objects"])).trim();
    const alternates = await readFile(join(objects, "info", "alternates"), "utf8").catch(() => "");
    const borrowed = alternates.split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#")).map((line) => resolve(objects, line));
    return [objects, ...borrowed];
  }
}
var processHooksDirectory;
function emptyHooksDirectory() {
  if (processHooksDirectory) return processHooksDirectory;
  const directory = mkdtempSync(join(tmpdir(), "shopfloor-hooks-"));
  const stat = statSync(directory);
  if (!stat.isDirectory() || process.getuid && stat.uid !== process.getuid() || process.platform !== "win32" && (stat.mode & 63) !== 0) {
    throw new GitError(`the private hooks directory ${directory} is not this user's own 0700 directory; refusing to run git`, [], "");
  }
  process.once("exit", () => rmSync(directory, { recursive: true, force: true }));
  processHooksDirectory = directory;
  return directory;
}
function cleanGitEnv(source, identity) {
  const env = {};
  for (const [name, value] of Object.entries(source)) {
    if (value === void 0) continue;
    if (/^GIT_/i.test(name) || /(TOKEN|SECRET|PASSWORD|PRIVATE)/i.test(name)) continue;
    env[name] = value;
  }
  return {
    ...env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
    GIT_CONFIG_NOSYSTEM: "1"
  };
}

export {
  createGitCli
};
