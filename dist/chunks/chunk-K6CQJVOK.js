import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  isHostAllowed,
  isolationPolicy,
  normalizeHost
} from "./chunk-6UYLTFXC.js";

// src/adapters/process/create-judged-runner.ts
import { spawnSync as spawnSync2 } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter, join as join5 } from "node:path";

// src/core/isolation/sandbox-unavailable.ts
function sandboxUnavailableReason(platform, detail) {
  if (platform === "windows") {
    return `${detail}. On Windows, Shopfloor boxes judged code with shopfloor-box.exe (dist/): as a Low-integrity restricted token, or as a dedicated low-privilege account when SHOPFLOOR_BOX_ACCOUNT_FILE names its sealed credentials (docs/security-model.md, "The box (Windows)", says how to set either up). Or set \`isolation: { mode: none }\` in .github/shopfloor.yml to run unboxed (docs/security-model.md says what that gives up)`;
  }
  if (platform === "macos") return `${detail}. macOS has no sandbox adapter yet; set \`isolation: { mode: none }\` in .github/shopfloor.yml to run unboxed (docs/security-model.md says what that gives up)`;
  return `${detail}. Install bubblewrap (Debian/Ubuntu: apt-get install bubblewrap; Fedora: dnf install bubblewrap) and allow unprivileged user namespaces: sysctl kernel.unprivileged_userns_clone=1 (Debian), and on Ubuntu 23.10+ sysctl kernel.apparmor_restrict_unprivileged_userns=0 or an AppArmor profile that grants bwrap "userns"; in a container, run it with a seccomp profile that allows clone/unshare of namespaces. Or set \`isolation: { mode: none }\` in .github/shopfloor.yml to run unboxed (docs/security-model.md says what that gives up)`;
}

// src/adapters/process/bubblewrap-runner.ts
import { lstatSync, readlinkSync, statSync } from "node:fs";
import { dirname } from "node:path";

// src/core/isolation/bubblewrap-argv.ts
var boxHome = "/tmp/home";
function bubblewrapArgv(box, host, cwd, extraBinds = []) {
  const args = ["--unshare-all", ...box.network ? ["--share-net"] : [], "--die-with-parent", "--new-session"];
  for (const entry of host.system) {
    args.push(...entry.kind === "symlink" ? ["--symlink", entry.target, entry.path] : ["--ro-bind", entry.path, entry.path]);
  }
  args.push("--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--dir", boxHome);
  for (const path of box.readOnly ?? []) args.push("--ro-bind-try", path, path);
  args.push("--bind", box.root, box.root, ...extraBinds);
  for (const entry of host.hidden) args.push(...entry.kind === "dir" ? ["--tmpfs", entry.path, "--remount-ro", entry.path] : ["--ro-bind", "/dev/null", entry.path]);
  args.push("--chdir", cwd);
  return args;
}
function boxEnvironment(env) {
  return { ...env, HOME: boxHome, TMPDIR: "/tmp", TMP: "/tmp", TEMP: "/tmp" };
}
function isInside(root, path) {
  const trimmed = root.endsWith("/") ? root.slice(0, -1) : root;
  return path === trimmed || path.startsWith(`${trimmed}/`);
}

// src/adapters/process/run-behind-allowlist-proxy.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/core/isolation/box-network.ts
var boxProxyPort = 3128;
var boxProxySocket = "/run/shopfloor/proxy.sock";
function proxyEnvironment(port = boxProxyPort) {
  const url = `http://127.0.0.1:${port}`;
  return { HTTPS_PROXY: url, HTTP_PROXY: url, https_proxy: url, http_proxy: url, NO_PROXY: "localhost,127.0.0.1", no_proxy: "localhost,127.0.0.1" };
}
function proxySocketBind(hostSocket) {
  return ["--bind", hostSocket, boxProxySocket];
}
function forwardedCommand(node, forwarder, command, port = boxProxyPort) {
  return [node, "-e", forwarder, "--", String(port), boxProxySocket, ...command];
}
function describeAllowedNetwork(allow) {
  return `network: only ${allow.join(", ")} (enforced by proxy)`;
}

// src/adapters/process/allowlist-proxy.ts
import { connect as netConnect, createServer } from "node:net";

// src/core/isolation/proxy-request-head.ts
var hostPattern = /^([a-z0-9]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])$/i;
var droppedHeaders = /* @__PURE__ */ new Set(["proxy-authorization", "proxy-connection", "connection", "keep-alive", "host"]);
function findHeadEnd(buffer) {
  for (let i = 3; i < buffer.length; i++) {
    if (buffer[i] === 10 && buffer[i - 1] === 13 && buffer[i - 2] === 10 && buffer[i - 3] === 13) return i + 1;
  }
  return -1;
}
function parseProxyHead(text) {
  const [requestLine = "", ...headerLines] = text.split("\r\n");
  const match = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(requestLine);
  if (!match) return { ok: false, status: 400, reason: "not an HTTP/1.x request line" };
  const [, method = "", target = ""] = match;
  if (method === "CONNECT") {
    const authority2 = splitAuthority(target, void 0);
    return authority2 ? { ok: true, request: { kind: "connect", ...authority2 } } : { ok: false, status: 400, reason: "CONNECT needs host:port" };
  }
  const url = /^http:\/\/([^/?#]+)([^#]*)$/i.exec(target);
  if (!url) return { ok: false, status: target.startsWith("https:") ? 405 : 400, reason: "a plain request must use an absolute http:// URI (use CONNECT for https)" };
  const authority = splitAuthority(url[1] ?? "", 80);
  if (!authority) return { ok: false, status: 400, reason: "the URI has no valid host" };
  const headers = headerLines.filter((line) => line.includes(":") && !droppedHeaders.has(line.slice(0, line.indexOf(":")).trim().toLowerCase()));
  const path = url[2] === "" ? "/" : url[2] ?? "/";
  const hostHeader = `Host: ${authority.host.includes(":") ? `[${authority.host}]` : authority.host}${authority.port === 80 ? "" : `:${authority.port}`}`;
  const head = [`${method} ${path} HTTP/1.1`, hostHeader, ...headers, "Connection: close", "", ""].join("\r\n");
  return { ok: true, request: { kind: "http", ...authority, head } };
}
function splitAuthority(authority, defaultPort) {
  if (authority.includes("@")) return void 0;
  const colon = authority.lastIndexOf(":");
  const hasPort = colon !== -1 && !authority.slice(colon).includes("]");
  const host = hasPort ? authority.slice(0, colon) : authority;
  const port = hasPort ? Number(authority.slice(colon + 1)) : defaultPort;
  if (port === void 0 || !Number.isInteger(port) || port < 1 || port > 65535 || !hostPattern.test(host)) return void 0;
  return { host: normalizeHost(host), port };
}

// src/adapters/process/allowlist-proxy.ts
function startAllowlistProxy(options) {
  const connect = options.connect ?? ((host, port) => netConnect({ host, port }));
  const now = options.now ?? Date.now;
  const maxHead = options.maxHeadBytes ?? 16 * 1024;
  const timeoutMs = options.timeoutMs ?? 3e4;
  const open = /* @__PURE__ */ new Set();
  const server = createServer((client) => {
    open.add(client);
    client.on("close", () => open.delete(client));
    client.on("error", () => client.destroy());
    client.setTimeout(timeoutMs, () => client.destroy());
    let buffered = Buffer.alloc(0);
    const onData = (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = findHeadEnd(buffered);
      if (end === -1) {
        if (buffered.length > maxHead) reply(client, 431, "request head too large");
        return;
      }
      if (end > maxHead) return reply(client, 431, "request head too large");
      client.off("data", onData);
      client.pause();
      serve(client, buffered.subarray(0, end).toString("latin1"), buffered.subarray(end));
    };
    client.on("data", onData);
  });
  const serve = (client, head, rest) => {
    const parsed = parseProxyHead(head);
    if (!parsed.ok) return reply(client, parsed.status, parsed.reason);
    const { host, port } = parsed.request;
    if (!isHostAllowed(options.allow, host, port)) {
      options.onRefused({ host, port, at: now() });
      return reply(client, 403, `${host}:${port} is not in agents.network.allow`);
    }
    let upstreamOpen = false;
    const upstream = connect(host, port);
    open.add(upstream);
    upstream.on("close", () => open.delete(upstream));
    upstream.setTimeout(timeoutMs, () => upstream.destroy());
    upstream.once("error", () => client.writable && !upstreamOpen ? reply(client, 502, `cannot reach ${host}:${port}`) : client.destroy());
    upstream.once("connect", () => {
      upstreamOpen = true;
      upstream.setTimeout(0);
      client.setTimeout(0);
      if (parsed.request.kind === "connect") client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      else upstream.write(parsed.request.head, "latin1");
      if (rest.length > 0) upstream.write(rest);
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  };
  server.maxConnections = options.maxConnections ?? 64;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.socketPath, () => {
      server.off("error", reject);
      resolve({
        close: () => new Promise((done) => {
          for (const socket of open) socket.destroy();
          server.close(() => done());
        })
      });
    });
  });
}
function reply(client, status, reason) {
  const text = { 400: "Bad Request", 403: "Forbidden", 405: "Method Not Allowed", 431: "Request Header Fields Too Large", 502: "Bad Gateway" }[status];
  const body = `shopfloor network proxy: ${reason}
`;
  client.end(`HTTP/1.1 ${status} ${text}\r
Content-Type: text/plain\r
Content-Length: ${Buffer.byteLength(body)}\r
Connection: close\r
\r
${body}`);
}

// src/adapters/process/box-forwarder-script.ts
var boxForwarderScript = `'use strict';
const net = require('node:net');
const { spawn } = require('node:child_process');
const [port, socket, program, ...args] = process.argv.slice(1);
const server = net.createServer((client) => {
  const upstream = net.connect(socket);
  const end = () => { client.destroy(); upstream.destroy(); };
  client.on('error', end);
  upstream.on('error', end);
  client.pipe(upstream);
  upstream.pipe(client);
});
server.on('error', (error) => {
  process.stderr.write('shopfloor: the network forwarder could not listen on 127.0.0.1:' + port + ': ' + error.message + '\\n');
  process.exit(125);
});
server.listen(Number(port), '127.0.0.1', () => {
  const child = spawn(program, args, { stdio: 'inherit' });
  child.on('error', (error) => {
    process.stderr.write('shopfloor: cannot start ' + program + ': ' + error.message + '\\n');
    process.exit(error.code === 'ENOENT' ? 127 : 126);
  });
  for (const name of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(name, () => child.kill(name));
  child.on('exit', (code, signal) => {
    server.close();
    if (!signal) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
});
`;

// src/adapters/process/run-behind-allowlist-proxy.ts
async function runBehindAllowlistProxy(run) {
  const dir = await mkdtemp(join(tmpdir(), "shopfloor-net-"));
  try {
    const socketPath = join(dir, "proxy.sock");
    const proxy = await startAllowlistProxy({ socketPath, allow: run.allow, onRefused: run.onRefused, ...run.connect ? { connect: run.connect } : {} });
    try {
      const argv = [...run.boxArgv(proxySocketBind(socketPath)), "--", ...forwardedCommand(process.execPath, boxForwarderScript, run.command)];
      return await run.inner.run({ ...run.request, env: { ...run.request.env, ...proxyEnvironment() }, argv });
    } finally {
      await proxy.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// src/adapters/process/node-process-runner.ts
import { spawn as spawn2 } from "node:child_process";

// src/adapters/process/kill-process-tree.ts
import { spawn } from "node:child_process";
function killProcessTree(child) {
  if (child.pid === void 0 || child.exitCode !== null) return;
  if (process.platform === "win32") {
    const [program, ...args] = windowsTreeKillArgv(child.pid);
    spawn(program, args, { stdio: "ignore", windowsHide: true }).on("error", () => child.kill("SIGKILL")).on("exit", (code) => {
      if (code !== 0) child.kill("SIGKILL");
    });
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
function quoteWindowsArgument(argument) {
  if (argument !== "" && !/[ \t\n\v"]/.test(argument)) return argument;
  let quoted = '"';
  let backslashes = 0;
  for (const char of argument) {
    if (char === "\\") {
      backslashes += 1;
      continue;
    }
    quoted += char === '"' ? `${"\\".repeat(backslashes * 2 + 1)}"` : `${"\\".repeat(backslashes)}${char}`;
    backslashes = 0;
  }
  return `${quoted}${"\\".repeat(backslashes * 2)}"`;
}
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
  return { platform, isolation: { mode: "none", reason: "started without a sandbox" }, run: (request) => runProcess(request, platform) };
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

// src/adapters/process/bubblewrap-runner.ts
var systemDirs = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/opt", "/nix/store"];
var etcEntries = [
  "passwd",
  "group",
  "hosts",
  "hostname",
  "resolv.conf",
  "nsswitch.conf",
  "host.conf",
  "gai.conf",
  "protocols",
  "services",
  "ssl",
  "ca-certificates",
  "ca-certificates.conf",
  "pki",
  "crypto-policies",
  "alternatives",
  "localtime",
  "timezone",
  "ld.so.cache",
  "ld.so.conf",
  "ld.so.conf.d",
  "gitconfig",
  "mime.types",
  "os-release",
  "debian_version",
  "locale.alias",
  "fonts"
];
function createBubblewrapRunner(options) {
  const inner = options.inner ?? createNodeProcessRunner("linux");
  let system;
  return {
    platform: "linux",
    isolation: { mode: "bubblewrap", version: options.version },
    run: (request) => {
      const box = request.box ?? { root: request.cwd };
      if (!isInside(box.root, request.cwd)) return Promise.resolve(refused(`the command's directory ${request.cwd} is outside its work copy ${box.root}`));
      const layout = system ??= hostSystem();
      const hidden = (box.hide ?? []).flatMap((path) => {
        const stat = lstatSafe(path);
        return stat ? [{ path, kind: stat.isDirectory() ? "dir" : "file" }] : [];
      });
      const command = "argv" in request ? [...request.argv] : shellArgv(request.shell, request.script).argv;
      const { box: _box, ...rest } = request;
      const { script: _script, shell: _shell, argv: _argv, onNetworkRefused, ...plain } = rest;
      if (box.network && box.allowHosts && box.allowHosts.length > 0) {
        const boxArgv = (extraBinds) => [options.bwrap, ...bubblewrapArgv({ ...box, network: false }, { system: layout, hidden }, request.cwd, extraBinds)];
        return runBehindAllowlistProxy({ inner, request: { ...plain, env: boxEnvironment(request.env) }, boxArgv, command, allow: box.allowHosts, onRefused: (connection) => onNetworkRefused?.(connection), ...options.connect ? { connect: options.connect } : {} });
      }
      return inner.run({
        ...plain,
        env: boxEnvironment(request.env),
        argv: [options.bwrap, ...bubblewrapArgv(box, { system: layout, hidden }, request.cwd), "--", ...command]
      });
    }
  };
}
function hostSystem() {
  const entries = [];
  const add = (path) => {
    const stat = lstatSafe(path);
    if (!stat) return;
    if (stat.isSymbolicLink()) entries.push({ path, kind: "symlink", target: readlinkSync(path) });
    else entries.push({ path, kind: "bind" });
  };
  for (const dir of systemDirs) add(dir);
  for (const name of etcEntries) if (statSafe(`/etc/${name}`)) entries.push({ path: `/etc/${name}`, kind: "bind" });
  const prefix = dirname(dirname(process.execPath));
  if (!systemDirs.some((dir) => isInside(dir, prefix)) && statSafe(prefix)) entries.push({ path: prefix, kind: "bind" });
  return entries;
}
function refused(reason) {
  return { exitCode: void 0, signal: void 0, timedOut: false, aborted: false, startError: reason, durationMs: 0, stdout: "", stderr: "", truncated: false };
}
function lstatSafe(path) {
  try {
    return lstatSync(path);
  } catch {
    return void 0;
  }
}
function statSafe(path) {
  try {
    return statSync(path);
  } catch {
    return void 0;
  }
}

// src/adapters/process/probe-windows-box.ts
import { spawnSync } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
import { join as join3 } from "node:path";

// src/core/isolation/windows-box-argv.ts
var boxFailedExitCode = 23308;
function windowsBoxModeArgs(mode) {
  return mode.kind === "account" ? ["--mode", "account", "--account-file", mode.accountFile] : ["--mode", mode.kind];
}
function windowsBoxArgv(mode, box, scratch, cwd, command) {
  const args = windowsBoxModeArgs(mode);
  if (mode.kind !== "job") {
    for (const path of [box.root, scratch.home, scratch.temp]) args.push("--write", path);
    for (const path of box.readOnly ?? []) args.push("--read", path);
    for (const path of box.hide ?? []) args.push("--hide", path);
  }
  const line = command.verbatim ? command.argv.join(" ") : command.argv.map(quoteWindowsArgument).join(" ");
  args.push("--cwd", cwd, "--", command.argv[0], line);
  return args;
}
function windowsBoxEnvironment(env, scratch) {
  const replaced = /* @__PURE__ */ new Set(["HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "TEMP", "TMP"]);
  const kept = Object.fromEntries(Object.entries(env).filter(([name]) => !replaced.has(name.toUpperCase())));
  return {
    ...kept,
    HOME: scratch.home,
    USERPROFILE: scratch.home,
    APPDATA: `${scratch.home}\\AppData\\Roaming`,
    LOCALAPPDATA: `${scratch.home}\\AppData\\Local`,
    TEMP: scratch.temp,
    TMP: scratch.temp
  };
}
function isInsideWindows(root, path) {
  const norm = (value) => value.replaceAll("/", "\\").replace(/\\+$/, "").toLowerCase();
  const base = norm(root);
  const target = norm(path);
  return target === base || target.startsWith(`${base}\\`);
}
function boxFailure(exitCode, stderr) {
  if (exitCode !== boxFailedExitCode) return void 0;
  const line = stderr.split(/\r?\n/).find((text) => text.startsWith("shopfloor-box: "));
  return line?.slice("shopfloor-box: ".length);
}

// src/adapters/files/locate-package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath } from "node:url";
function locatePackageRoot(fromUrl = import.meta.url) {
  let directory = dirname2(fileURLToPath(fromUrl));
  for (; ; ) {
    const manifest = join2(directory, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "shopfloor") return directory;
    const parent = dirname2(directory);
    if (parent === directory) throw new Error('cannot find the Shopfloor package root (package.json named "shopfloor") above this module');
    directory = parent;
  }
}

// src/adapters/process/probe-windows-box.ts
function findWindowsBox() {
  try {
    const exe = join3(locatePackageRoot(), "dist", "shopfloor-box.exe");
    return existsSync2(exe) ? exe : void 0;
  } catch {
    return void 0;
  }
}
function probeWindowsBox(launcher, mode) {
  if (!launcher) return { ok: false, detail: "shopfloor-box.exe, the Windows box launcher, is not in this Shopfloor package (dist/shopfloor-box.exe)" };
  const version = spawnSync(launcher, ["--version"], { encoding: "utf8", timeout: 3e4, windowsHide: true });
  const found = /^shopfloor-box (\S+)/.exec(version.stdout ?? "");
  if (!found) return { ok: false, detail: `${launcher} did not start: ${(version.stderr || version.error?.message || `exit ${version.status}`).trim()}` };
  const trial = spawnSync(launcher, [...windowsBoxModeArgs(mode), "--probe"], { encoding: "utf8", timeout: 3e4, windowsHide: true });
  if (trial.status !== 0) return { ok: false, detail: `the Windows box (${mode.kind === "account" ? "dedicated account" : mode.kind === "restricted" ? "restricted token" : "job object"}) could not start: ${(trial.stderr || trial.error?.message || `exit ${trial.status}`).trim()}` };
  return { ok: true, launcher, version: found[1], mode };
}
function configuredWindowsBoxMode(env) {
  const accountFile = env.SHOPFLOOR_BOX_ACCOUNT_FILE;
  return accountFile ? { kind: "account", accountFile } : { kind: "restricted" };
}

// src/adapters/process/windows-job-runner.ts
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import { join as join4 } from "node:path";
function createWindowsJobRunner(options) {
  const inner = options.inner ?? createNodeProcessRunner("windows");
  return {
    platform: "windows",
    isolation: options.isolation,
    run: async (request) => {
      const box = request.box ?? { root: request.cwd };
      if (!isInsideWindows(box.root, request.cwd)) return refused2(`the command's directory ${request.cwd} is outside its work copy ${box.root}`);
      const command = "argv" in request ? windowsProgramArgv(request.argv) : { ok: true, ...shellArgv(request.shell, request.script) };
      if (!command.ok) return refused2(command.reason);
      const scratchRoot = mkdtempSync(join4(tmpdir2(), "shopfloor-box-"));
      const scratch = { home: join4(scratchRoot, "home"), temp: join4(scratchRoot, "temp") };
      try {
        mkdirSync(scratch.home);
        mkdirSync(scratch.temp);
        const { box: _box, ...rest } = request;
        const { script: _script, shell: _shell, argv: _argv, ...plain } = rest;
        const result = await inner.run({
          ...plain,
          env: windowsBoxEnvironment(request.env, scratch),
          argv: [options.launcher, ...windowsBoxArgv(options.mode, box, scratch, request.cwd, command)]
        });
        const failure = boxFailure(result.exitCode, result.stderr);
        return failure ? { ...result, exitCode: void 0, startError: `the Windows box could not start the command: ${failure}` } : result;
      } finally {
        rmSync(scratchRoot, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
    }
  };
}
function refused2(reason) {
  return { exitCode: void 0, signal: void 0, timedOut: false, aborted: false, startError: reason, durationMs: 0, stdout: "", stderr: "", truncated: false };
}

// src/adapters/process/create-judged-runner.ts
function probeBubblewrap(env = process.env) {
  const bwrap = findProgram("bwrap", env.PATH ?? "");
  if (!bwrap) return { ok: false, detail: "bubblewrap (bwrap) is not installed" };
  const trial = spawnSync2(bwrap, ["--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "--proc", "/proc", "true"], { encoding: "utf8", timeout: 1e4 });
  if (trial.status !== 0) return { ok: false, detail: `bubblewrap could not start a box: ${(trial.stderr || trial.error?.message || `exit ${trial.status}`).trim()}` };
  const version = spawnSync2(bwrap, ["--version"], { encoding: "utf8", timeout: 1e4 }).stdout.trim().replace(/^bubblewrap\s+/, "") || "unknown";
  return { ok: true, bwrap, version };
}
function windowsBoxProbes(env = process.env, launcher = findWindowsBox()) {
  return { box: () => probeWindowsBox(launcher, configuredWindowsBoxMode(env)), jobOnly: () => probeWindowsBox(launcher, { kind: "job" }) };
}
function createJudgedRunner(probe = () => probeBubblewrap(), windows = () => windowsBoxProbes()) {
  const platform = currentPlatform();
  if (platform === "linux") {
    const found = probe();
    if (found.ok) return createBubblewrapRunner({ bwrap: found.bwrap, version: found.version });
    return withIsolation(createNodeProcessRunner(platform), { mode: "none", reason: sandboxUnavailableReason(platform, found.detail) });
  }
  if (platform === "windows") return createWindowsRunner(windows());
  return withIsolation(createNodeProcessRunner(platform), { mode: "none", reason: sandboxUnavailableReason(platform, `no sandbox on ${platform}`) });
}
function createWindowsRunner(probes) {
  const found = probes.box();
  if (found.ok) {
    const identity = found.mode.kind === "account" ? "account" : "restricted-token";
    return createWindowsJobRunner({ launcher: found.launcher, mode: found.mode, isolation: { mode: "windows-job", version: found.version, identity } });
  }
  const reason = sandboxUnavailableReason("windows", found.detail);
  const job = probes.jobOnly();
  if (!job.ok) return withIsolation(createNodeProcessRunner("windows"), { mode: "none", reason });
  return createWindowsJobRunner({ launcher: job.launcher, mode: job.mode, isolation: { mode: "none", reason: `${reason}. Commands still run in a job object, so none of their processes outlives them` } });
}
function withIsolation(runner, isolation) {
  return { ...runner, isolation };
}
function findProgram(name, path) {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join5(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}

// src/core/isolation/process-box.ts
function boxName(isolation) {
  if (isolation.mode === "bubblewrap") return `bubblewrap ${isolation.version}`;
  if (isolation.mode === "windows-job") return `shopfloor-box ${isolation.version} (a Windows job object, ${isolation.identity === "account" ? "as a dedicated low-privilege account" : "as a Low-integrity restricted token"})`;
  return void 0;
}

// src/core/isolation/isolation-verdict.ts
function isolationRefusal(isolation, policy) {
  if (isolation.mode !== "none" || policy.mode === "none") return void 0;
  return `refusing to run code under judgement without a sandbox: ${isolation.reason}`;
}
function reportIsolation(isolation, network) {
  if (isolation.mode === "bubblewrap") {
    return { mode: "bubblewrap", network, detail: `gates ran in a bubblewrap ${isolation.version} box: own user, PID and mount namespaces, a copy of the repository, network ${network ? "on" : "off"}` };
  }
  if (isolation.mode === "windows-job") {
    return { mode: "windows-job", network: true, detail: `gates ran in a Windows box, ${boxName(isolation)}: a copy of the repository, unable to open the verifier's processes or write outside the copy, every process ended with the command; network on (the Windows box cannot turn it off)` };
  }
  return { mode: "none", network: true, detail: `gates ran WITHOUT a sandbox (isolation: none; ${isolation.reason}): they ran as the verifier's own user and could read its keys and environment and move its refs` };
}

// src/workflows/work-copy/open-work-copy.ts
async function openWorkCopy(git, repoDir, dir, rev, settings = {}) {
  const close = () => git.removeWorkCopy(dir);
  try {
    const { objectStores } = await git.cloneWorkCopy(repoDir, dir, rev, settings.branch ? { branch: settings.branch } : {});
    return { dir, objectStores, box: { root: dir, readOnly: [...objectStores, ...settings.readOnly ?? []], network: settings.network ?? false }, close };
  } catch (error) {
    await close();
    throw error;
  }
}
async function withWorkCopy(git, repoDir, dir, rev, settings, body) {
  const copy = await openWorkCopy(git, repoDir, dir, rev, settings);
  try {
    return await body(copy);
  } finally {
    await copy.close();
  }
}
function inPlaceBox(root, settings) {
  return { root, hide: [`${root}/.git`, `${root}/.shopfloor`], readOnly: [...settings.readOnly ?? []], network: settings.network ?? false };
}
async function openScratchWorkCopy(git, scratch, repoDir, rev, settings) {
  const parent = await scratch.makeDir("shopfloor-wc-");
  try {
    const copy = await openWorkCopy(git, repoDir, `${parent}/work`, rev, settings);
    return { ...copy, close: async () => (await copy.close(), await scratch.remove(parent)) };
  } catch (error) {
    await scratch.remove(parent);
    throw error;
  }
}
async function withScratchWorkCopy(git, scratch, repoDir, rev, settings, body) {
  const copy = await openScratchWorkCopy(git, scratch, repoDir, rev, settings);
  try {
    return await body(copy);
  } finally {
    await copy.close();
  }
}
function gateBoxSettings(isolation, policy) {
  const settings = isolationPolicy(policy);
  const refusal = isolationRefusal(isolation, settings);
  return refusal ? { ok: false, message: refusal } : { ok: true, settings: { readOnly: settings.readOnly, network: settings.network.gates } };
}

export {
  describeAllowedNetwork,
  locatePackageRoot,
  createJudgedRunner,
  boxName,
  isolationRefusal,
  reportIsolation,
  openWorkCopy,
  withWorkCopy,
  inPlaceBox,
  openScratchWorkCopy,
  withScratchWorkCopy,
  gateBoxSettings
};
