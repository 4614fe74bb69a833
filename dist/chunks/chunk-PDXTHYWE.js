import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/adapters/process/node-process-runner.ts
import { spawn as spawn2 } from "node:child_process";

// src/adapters/process/kill-process-tree.ts
import { spawn } from "node:child_process";
function killProcessTree(child) {
  if (child.pid === void 0 || child.exitCode !== null) return;
  if (process.platform === "win32") {
    const [program, ...args] = windowsTreeKillArgv(child.pid);
    spawn(program, args, { stdio: "ignore", windowsHide: true }).on("error", () => child.kill("SIGKILL"));
    return;
  }
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}
function windowsTreeKillArgv(pid) {
  return ["taskkill", "/pid", String(pid), "/T", "/F"];
}

// src/core/env/windows-command-line.ts
function quoteCmdArgument(argument) {
  const bad = /["%!\r\n\0]/.exec(argument);
  if (bad) {
    const name = { '"': "a double quote", "%": 'a "%" (cmd.exe expands %VAR% even inside quotes)', "!": 'a "!" (delayed expansion)', "\r": "a line break", "\n": "a line break", "\0": "a NUL character" }[bad[0]];
    return { ok: false, reason: `the argument ${JSON.stringify(argument.length > 60 ? `${argument.slice(0, 60)}\u2026` : argument)} has ${name}, which cmd.exe cannot take safely; pass it in a file instead` };
  }
  return { ok: true, value: `"${argument.replace(/(\\+)$/, "$1$1")}"` };
}

// src/adapters/process/shell-argv.ts
function shellArgv(shell, script) {
  switch (shell) {
    case "bash":
      return { argv: ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], verbatim: false };
    case "sh":
      return { argv: ["sh", "-e", "-c", script], verbatim: false };
    case "pwsh":
    case "powershell":
      return { argv: [shell, "-NoLogo", "-NoProfile", "-NonInteractive", "-Command", `$ErrorActionPreference = 'stop'; ${script}; if ((Test-Path -LiteralPath variable:/LASTEXITCODE)) { exit $LASTEXITCODE }`], verbatim: false };
    case "cmd":
      return { argv: ["cmd.exe", "/d", "/s", "/c", `"${script}"`], verbatim: true };
  }
}
function windowsProgramArgv(argv) {
  if (!/\.(cmd|bat)$/i.test(argv[0])) return { ok: true, argv: [...argv], verbatim: false };
  const parts = [];
  for (const argument of argv) {
    const quoted = quoteCmdArgument(argument);
    if (!quoted.ok) return { ok: false, reason: `${argv[0]} is a batch file and ${quoted.reason}` };
    parts.push(quoted.value);
  }
  return { ok: true, argv: ["cmd.exe", "/d", "/v:off", "/s", "/c", `"${parts.join(" ")}"`], verbatim: true };
}

// src/adapters/process/node-process-runner.ts
var defaultCapture = 1024 * 1024;
function currentPlatform() {
  return process.platform === "win32" ? "windows" : process.platform === "darwin" ? "macos" : "linux";
}
function createNodeProcessRunner(platform = currentPlatform()) {
  return { platform, run: (request) => runProcess(request, platform) };
}
function runProcess(request, platform) {
  const started = performance.now();
  const program = "argv" in request && platform === "windows" ? windowsProgramArgv(request.argv) : void 0;
  if (program && !program.ok) {
    return Promise.resolve({ exitCode: void 0, signal: void 0, timedOut: false, aborted: false, startError: program.reason, durationMs: 0, stdout: "", stderr: "", truncated: false });
  }
  const { argv, verbatim } = program?.ok ? program : "argv" in request ? { argv: request.argv, verbatim: false } : shellArgv(request.shell, request.script);
  const cap = request.maxCaptureBytes ?? defaultCapture;
  return new Promise((resolve) => {
    const out = new CappedText(cap);
    const err = new CappedText(cap);
    let timedOut = false;
    let aborted = false;
    let settled = false;
    const child = spawn2(argv[0], argv.slice(1), {
      cwd: request.cwd,
      env: request.env,
      shell: false,
      detached: process.platform !== "win32",
      windowsHide: true,
      windowsVerbatimArguments: verbatim,
      stdio: [request.input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
    });
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener("abort", onAbort);
      resolve({
        exitCode: void 0,
        signal: void 0,
        startError: void 0,
        ...result,
        timedOut,
        aborted,
        durationMs: performance.now() - started,
        stdout: out.text(),
        stderr: err.text(),
        truncated: out.truncated || err.truncated
      });
    };
    const timer = request.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      killProcessTree(child);
    }, request.timeoutMs);
    const onAbort = () => {
      aborted = true;
      killProcessTree(child);
    };
    if (request.signal?.aborted) onAbort();
    else request.signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout.setEncoding("utf8").on("data", (chunk) => {
      out.push(chunk);
      request.onOutput?.(chunk, "stdout");
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      err.push(chunk);
      request.onOutput?.(chunk, "stderr");
    });
    if (request.input !== void 0) child.stdin.end(request.input);
    child.on("error", (error) => {
      const reason = error.code === "ENOENT" ? `command not found: ${argv[0]}` : error.code === "EACCES" ? `not executable: ${argv[0]}` : error.message;
      finish({ startError: reason });
    });
    child.on("exit", (code, signal) => {
      if (!timedOut && !aborted) return;
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        finish({ exitCode: code ?? void 0, signal: signal ?? void 0 });
      }, 1e3).unref();
    });
    child.on("close", (code, signal) => {
      if (timedOut || aborted) killProcessTree(child);
      finish({ exitCode: code ?? void 0, signal: signal ?? void 0 });
    });
  });
}
var CappedText = class {
  constructor(cap) {
    this.cap = cap;
  }
  cap;
  chunks = [];
  size = 0;
  truncated = false;
  push(chunk) {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.cap && this.chunks.length > 1) {
      this.size -= this.chunks.shift().length;
      this.truncated = true;
    }
    if (this.size > this.cap) {
      const only = this.chunks[0];
      this.chunks = [only.slice(only.length - this.cap)];
      this.size = this.cap;
      this.truncated = true;
    }
  }
  text() {
    return this.chunks.join("");
  }
};

// src/core/env/build-environment.ts
var baseEnvironmentNames = [
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LC_ALL",
  "LC_CTYPE",
  "TZ",
  "TERM",
  "TMPDIR",
  "TEMP",
  "TMP",
  "CI",
  "NODE_OPTIONS_SAFE",
  "SystemRoot",
  "SystemDrive",
  "windir",
  "ComSpec",
  "PATHEXT",
  "USERPROFILE",
  "APPDATA",
  "LOCALAPPDATA",
  "ProgramData",
  "ProgramFiles",
  "ProgramFiles(x86)",
  "CommonProgramFiles",
  "NUMBER_OF_PROCESSORS",
  "PROCESSOR_ARCHITECTURE",
  "OS",
  "HOMEDRIVE",
  "HOMEPATH",
  "PSModulePath"
];
var credentialPattern = /(TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|AUTH|COOKIE|SESSION)/i;
function isCredentialName(name) {
  return credentialPattern.test(name);
}
function buildEnvironment(source, options) {
  const fold = (name) => options.platform === "windows" ? name.toUpperCase() : name;
  const explicit = new Set((options.allow ?? []).map(fold));
  const base = new Set(baseEnvironmentNames.map(fold));
  const env = {};
  const withheld = [];
  for (const [name, value] of Object.entries(source)) {
    if (value === void 0) continue;
    const key = fold(name);
    const allowed = explicit.has(key) || base.has(key) && !credentialPattern.test(name);
    if (allowed) env[name] = value;
    else withheld.push(name);
  }
  for (const [name, value] of Object.entries(options.set ?? {})) {
    for (const existing of Object.keys(env)) if (fold(existing) === fold(name)) delete env[existing];
    env[name] = value;
  }
  return { env, withheld: withheld.sort() };
}

export {
  createNodeProcessRunner,
  isCredentialName,
  buildEnvironment
};
