/**
 * Runs Shopfloor's Windows-specific code on Windows APIs: this file is bundled and started with the
 * official Windows `node.exe` under Wine (see test/helpers/wine.ts). It writes its findings as JSON to the
 * file named by its first argument, because the top-level stdout of a Wine process is not writable (EBADF).
 * Each probe records what Shopfloor did and what the Win32 APIs did; the vitest side asserts on them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preparePathScope } from '../../src/core/agents/path-guard.ts';
import { quoteWindowsArgument, splitWindowsCommandLine } from '../../src/core/env/windows-command-line.ts';
import { resolveAgentPath } from '../../src/adapters/agents/resolve-agent-path.ts';
import { createNodeCommandLocator } from '../../src/adapters/process/node-command-locator.ts';
import { createNodeProcessRunner } from '../../src/adapters/process/node-process-runner.ts';
import { agentPaths, hostileArguments } from './hostile-arguments.ts';

type Findings = Record<string, unknown>;

const [outputFile] = process.argv.slice(2);
const findings: Findings = { platform: process.platform, version: process.version, sep: path.sep };
const work = mkdtempSync(path.join(tmpdir(), 'shopfloor-win-'));
const node = process.execPath;
const printArgs = path.join(work, 'print-args.js');
writeFileSync(printArgs, 'process.stdout.write(JSON.stringify(process.argv.slice(2)))');
const runner = createNodeProcessRunner('windows');
const env = { ...process.env } as Record<string, string>;

/** Runs one probe and rewrites the findings file after it, so a probe that hangs still leaves the others. */
async function probe(name: string, body: () => unknown): Promise<void> {
  findings[name] = { error: 'did not finish' };
  writeFileSync(outputFile!, JSON.stringify(findings, null, 2));
  try {
    findings[name] = await body();
  } catch (error) {
    findings[name] = { error: String(error instanceof Error ? error.stack ?? error.message : error) };
  }
  writeFileSync(outputFile!, JSON.stringify(findings, null, 2));
}

function readArgs(stdout: string): unknown {
  try {
    return JSON.parse(stdout);
  } catch {
    return { unparsed: stdout };
  }
}

await probe('libuvArgv', () => readArgs(spawnSync(node, [printArgs, ...hostileArguments], { encoding: 'utf8' }).stdout));

await probe('runnerArgv', async () => {
  const result = await runner.run({ argv: [node, printArgs, ...hostileArguments], cwd: work, env });
  return { argv: readArgs(result.stdout), exitCode: result.exitCode, startError: result.startError };
});

// Shopfloor's own quoting, handed to CreateProcess verbatim: the C runtime must read back each argument,
// and splitWindowsCommandLine must agree with it.
await probe('quotedArgv', () => {
  const line = hostileArguments.map(quoteWindowsArgument).join(' ');
  const seen = readArgs(spawnSync(node, [printArgs, line], { encoding: 'utf8', windowsVerbatimArguments: true, shell: false }).stdout.toString());
  return { seen, split: splitWindowsCommandLine(line) };
});

// A .cmd file: cmd.exe re-reads its arguments. Safe ones must arrive unchanged; the others are refused.
await probe('batchFile', async () => {
  const batch = path.join(work, 'echo args.cmd');
  writeFileSync(batch, `@"${node}" "${printArgs}" %*\r\n`);
  const results: Record<string, unknown> = {};
  for (const argument of hostileArguments) {
    const result = await runner.run({ argv: [batch, argument], cwd: work, env });
    results[argument] = result.startError !== undefined ? { refused: result.startError } : { argv: readArgs(result.stdout), exitCode: result.exitCode };
  }
  const marker = path.join(work, 'pwned.txt');
  const injection = await runner.run({ argv: [batch, `x" & echo pwned> "${marker}`], cwd: work, env });
  return { results, injectionRefused: injection.startError !== undefined, markerWritten: existsSync(marker) };
});

await probe('pathext', async () => {
  const bin = path.join(work, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'mytool.CMD'), '@echo mytool\r\n');
  const locator = createNodeCommandLocator('win32');
  const pathEnv = { Path: bin, PATHEXT: '.COM;.EXE;.BAT;.CMD' };
  return {
    bare: await locator.exists('mytool', work, pathEnv),
    upper: await locator.exists('MYTOOL', work, pathEnv),
    missing: await locator.exists('othertool', work, pathEnv),
    withoutPathext: await locator.exists('mytool', work, { Path: bin, PATHEXT: '.EXE' }),
  };
});

// A timed-out command's whole tree dies: the child starts a grandchild that keeps writing a heartbeat.
await probe('treeKill', async () => {
  const heartbeat = path.join(work, 'heartbeat.txt');
  const grandchild = path.join(work, 'grandchild.js');
  writeFileSync(grandchild, `const fs = require('fs'); setInterval(() => fs.writeFileSync(${JSON.stringify(heartbeat)}, String(Date.now())), 100);`);
  const parent = path.join(work, 'parent.js');
  writeFileSync(parent, `const { spawn } = require('child_process'); const c = spawn(process.execPath, [${JSON.stringify(grandchild)}], { stdio: 'ignore' }); require('fs').writeFileSync(${JSON.stringify(path.join(work, 'grandchild.pid'))}, String(c.pid)); setInterval(() => {}, 1000);`);
  // Starting node.exe under Wine on a loaded machine takes seconds: give the tree time to beat first.
  const result = await runner.run({ argv: [node, parent], cwd: work, env, timeoutMs: 15_000 });
  await new Promise((done) => setTimeout(done, 3000));
  if (!existsSync(heartbeat)) return { timedOut: result.timedOut, heartbeat: 'never written', startError: result.startError, stderr: result.stderr };
  const before = readFileSync(heartbeat, 'utf8');
  await new Promise((done) => setTimeout(done, 1500));
  const after = readFileSync(heartbeat, 'utf8');
  const pid = Number(readFileSync(path.join(work, 'grandchild.pid'), 'utf8'));
  let grandchildAlive = true;
  try {
    process.kill(pid, 0);
  } catch {
    grandchildAlive = false;
  }
  return { timedOut: result.timedOut, heartbeatStopped: before === after, grandchildAlive };
});

// The agent path guard on the real Win32 path API and file system.
await probe('paths', async () => {
  const root = path.join(work, 'repo');
  mkdirSync(path.join(root, 'src'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'a.ts'), 'a');
  const outside = path.join(work, 'outside');
  mkdirSync(outside);
  let junction = 'not created';
  try {
    symlinkSync(outside, path.join(root, 'src', 'link'), 'junction');
    junction = 'created';
  } catch (error) {
    junction = `not created: ${String(error)}`;
  }
  const scope = preparePathScope({ paths: ['src/**'], flavor: 'windows' });
  const inputs = [...Object.keys(agentPaths), 'src/link/x.ts'];
  const verdicts: Record<string, unknown> = {};
  for (const input of inputs) {
    const verdict = await resolveAgentPath(root, input, 'write', scope);
    verdicts[input] = verdict.ok ? { ok: true, path: verdict.path } : { ok: false, reason: verdict.reason };
  }
  // What Win32 itself does with the names the guard refuses (why the rules exist).
  const facts = {
    junction,
    caseInsensitive: existsSync(path.join(root, 'SRC', 'A.TS')),
    trailingDotAliases: (() => {
      try {
        return readFileSync(path.join(root, 'src', 'a.ts.'), 'utf8') === 'a';
      } catch {
        return false;
      }
    })(),
    nulIsDevice: (() => {
      try {
        return !statSync(path.join(root, 'src', 'NUL')).isFile();
      } catch (error) {
        return `stat failed: ${String(error)}`;
      }
    })(),
  };
  return { verdicts, facts };
});

writeFileSync(outputFile!, JSON.stringify(findings, null, 2));
process.exit(0);
