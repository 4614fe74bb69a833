import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  shopfloorVersion
} from "./chunks/chunk-GD324MGU.js";
import {
  createGitHubForge
} from "./chunks/chunk-YO5ZKEKR.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import {
  error,
  getInput,
  info,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-AUWNL3FH.js";
import {
  Octokit
} from "./chunks/chunk-TNGS7UKQ.js";
import {
  createRunnerIo,
  inputVariable,
  parseActionInputs,
  secretInputs
} from "./chunks/chunk-GTS7NGQG.js";
import {
  ActionExit,
  ActionInputError
} from "./chunks/chunk-DBDOEXGI.js";
import {
  createGitCli
} from "./chunks/chunk-TPTFAET5.js";
import {
  UsageError
} from "./chunks/chunk-VIYXCJ24.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";

// src/entrypoints/action/run-action.ts
import { tmpdir } from "node:os";
import { resolve } from "node:path";

// src/adapters/github/create-token-request.ts
function createTokenRequest(token, baseUrl, userAgent) {
  const octokit = new Octokit({ auth: token, baseUrl, userAgent, request: { fetch: (...args) => globalThis.fetch(...args) } });
  return octokit.request;
}

// src/adapters/git/origin-with-token.ts
import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function originWithToken(git, dir, auth, command, options, refspecs) {
  const origin = (await git.raw(dir, ["remote", "get-url", "origin"])).stdout.trim();
  const server = auth.serverUrl.replace(/\/+$/, "");
  if (!auth.token || !origin.startsWith(`${server}/`)) return git.raw(dir, [command, ...options, "origin", ...refspecs]);
  const file = join(auth.tempDir, `shopfloor-git-auth-${randomBytes(6).toString("hex")}.gitconfig`);
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString("base64");
  await writeFile(file, `[http "${server}/"]
	extraheader =
	extraheader = AUTHORIZATION: basic ${basic}
`, { mode: 384 });
  try {
    return await git.raw(dir, ["-c", `include.path=${file}`, command, ...options, "origin", ...refspecs]);
  } finally {
    await rm(file, { force: true });
  }
}

// src/entrypoints/action/run-action.ts
var handlers = {
  implement: async () => (await import("./chunks/implement-action-2Y6XZMB5.js")).implementAction,
  verify: async () => (await import("./chunks/verify-action-FOSZPZ26.js")).verifyAction,
  canary: async () => (await import("./chunks/canary-action-7Z22KQEG.js")).canaryAction,
  bisect: async () => (await import("./chunks/bisect-action-GHMDR3HI.js")).bisectAction,
  revert: async () => (await import("./chunks/revert-action-YTK6CW5Y.js")).revertAction,
  metrics: async () => (await import("./chunks/metrics-action-HLBEOG7P.js")).metricsAction
};
async function runAction(io) {
  const parsed = parseActionInputs(io.inputs);
  if (!parsed.ok) {
    for (const error2 of parsed.errors) io.error(`input "${error2.input}" ${error2.message}`);
    return ActionExit.usage;
  }
  const inputs = parsed.value;
  let forge;
  const token = inputs.githubToken ?? io.env.GITHUB_TOKEN;
  if (token) io.mask(token);
  const root = resolve(io.context.workspace, inputs.workingDirectory);
  const git = createGitCli({ env: io.env });
  const auth = { ...token ? { token } : {}, serverUrl: io.context.serverUrl, tempDir: io.env.RUNNER_TEMP ?? tmpdir() };
  const context = {
    inputs,
    io,
    root,
    git,
    forge: () => forge ??= createForge(io, token),
    push: (options, refspecs) => originWithToken(git, root, auth, "push", options, refspecs),
    fetch: (options, refspecs) => originWithToken(git, root, auth, "fetch", options, refspecs)
  };
  try {
    const handler = await handlers[inputs.command]();
    return await handler(context);
  } catch (error2) {
    if (error2 instanceof ActionInputError) {
      io.error(error2.input ? `input "${error2.input}": ${error2.message}` : error2.message);
      return ActionExit.usage;
    }
    if (error2 instanceof UsageError) {
      io.error(error2.message);
      return ActionExit.usage;
    }
    const message = error2 instanceof Error ? error2.message : String(error2);
    io.error(`shopfloor ${inputs.command} failed: ${message}. If the GitHub API or the runner is not at fault, this is a bug in Shopfloor; please report it.`);
    if (io.env.SHOPFLOOR_DEBUG && error2 instanceof Error && error2.stack) io.log(error2.stack);
    return ActionExit.failed;
  }
}
function createForge(io, token) {
  if (!token) throw new ActionInputError("github-token", "is empty; pass `github-token: ${{ github.token }}` (the default) or a GitHub App token");
  if (!io.context.repo) throw new ActionInputError(void 0, "GITHUB_REPOSITORY is not set; run the action in a GitHub Actions job (or set it to owner/name)");
  return createGitHubForge({
    request: createTokenRequest(token, io.context.apiUrl, `shopfloor-action/${shopfloorVersion}`),
    retry: { sleep: (ms) => new Promise((done) => setTimeout(done, ms)), attempts: 3 }
  });
}

// src/entrypoints/action.ts
var controller = new AbortController();
process.once("SIGINT", () => controller.abort());
process.once("SIGTERM", () => controller.abort());
try {
  const io = createRunnerIo({ error, getInput, info, setOutput, setSecret, summary, warning }, { ...process.env }, process.cwd(), controller.signal);
  for (const name of secretInputs) delete process.env[inputVariable(name)];
  process.exitCode = await runAction(io);
} catch (failure) {
  setFailed(`shopfloor: ${failure instanceof Error ? failure.message : String(failure)}`);
}
