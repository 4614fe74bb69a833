/**
 * Runs the Windows box (dist/shopfloor-box.exe and the runner that drives it) on Windows APIs: bundled
 * and started with the official Windows node.exe under Wine (test/helpers/wine.ts). Argument 1 is the
 * findings file (a Wine process's own stdout is not writable), argument 2 the launcher.
 * Wine implements job objects but not integrity levels or other accounts: there the restricted-token
 * and account modes must fail closed, and the runner falls back to the job-only launcher, which these
 * probes then exercise for real (tree kill, time limit, argv, environment, exit codes).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createWindowsRunner, windowsBoxProbes } from '../../src/adapters/process/create-judged-runner.ts';
import { createNodeProcessRunner } from '../../src/adapters/process/node-process-runner.ts';
import { probeWindowsBox } from '../../src/adapters/process/probe-windows-box.ts';
import { createWindowsJobRunner } from '../../src/adapters/process/windows-job-runner.ts';
import type { ProcessRunner } from '../../src/ports/process-runner.ts';
import { hostileArguments } from './hostile-arguments.ts';

const [outputFile, launcher] = process.argv.slice(2) as [string, string];
const findings: Record<string, unknown> = { platform: process.platform };
const work = mkdtempSync(path.join(tmpdir(), 'shopfloor-box-'));
const node = process.execPath;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const env: Record<string, string> = { Path: path.dirname(node), SystemRoot: process.env.SystemRoot ?? 'C:\\windows', PATHEXT: '.COM;.EXE;.BAT;.CMD' };
process.env.SHOPFLOOR_PARENT_CANARY = 'canary-in-the-parent';

async function probe(name: string, body: () => unknown): Promise<void> {
  findings[name] = { error: 'did not finish' };
  writeFileSync(outputFile, JSON.stringify(findings, null, 2));
  try {
    findings[name] = await body();
  } catch (error) {
    findings[name] = { error: String(error instanceof Error ? error.stack ?? error.message : error) };
  }
  writeFileSync(outputFile, JSON.stringify(findings, null, 2));
}

function script(name: string, text: string): string {
  const file = path.join(work, name);
  writeFileSync(file, text);
  return file;
}

/** A file a process rewrites every 100 ms while it lives: whether it still changes says whether it lives. */
async function beating(file: string): Promise<boolean | 'never written'> {
  if (!existsSync(file)) return 'never written';
  const before = readFileSync(file, 'utf8');
  await sleep(1500);
  return readFileSync(file, 'utf8') !== before;
}

const heartbeatJs = script('heartbeat.js', "const fs = require('fs'); setInterval(() => fs.writeFileSync(process.argv[2], String(Date.now())), 100);");
/** Starts a detached daemon (its own process group, no handles shared) and exits, or with 'stay' keeps running. */
const daemonJs = script('daemon.js', `const { spawn } = require('child_process'); const c = spawn(process.execPath, [${JSON.stringify(heartbeatJs)}, process.argv[2]], { detached: true, stdio: 'ignore' }); c.unref(); require('fs').writeFileSync(process.argv[2] + '.pid', String(c.pid)); if (process.argv[3] === 'stay') setInterval(() => {}, 1000); else setTimeout(() => process.exit(0), 2500);`);

await probe('version', () => probeWindowsBox(launcher, { kind: 'job' }));

// What Wine does with the two real boxes: each must refuse (and say why) rather than run unconfined.
await probe('restrictedProbe', () => probeWindowsBox(launcher, { kind: 'restricted' }));
await probe('account', () => {
  const sealed = path.join(work, 'account.sealed');
  const seal = spawnSync(launcher, ['--seal-account', sealed], { input: 'shopfloor-judged\npassword with spaces\n', encoding: 'utf8' });
  const tampered = path.join(work, 'tampered.sealed');
  const bytes = readFileSync(sealed);
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
  writeFileSync(tampered, bytes);
  return {
    sealed: seal.stdout.trim(),
    sealedHoldsNoPassword: !bytes.toString('latin1').includes('password') && !bytes.toString('utf16le').includes('password'),
    probe: probeWindowsBox(launcher, { kind: 'account', accountFile: sealed }),
    tampered: probeWindowsBox(launcher, { kind: 'account', accountFile: tampered }),
  };
});

// A box that cannot be built runs nothing: the marker file is never written.
await probe('failClosed', async () => {
  const runner = createWindowsJobRunner({ launcher, mode: { kind: 'restricted' }, isolation: { mode: 'windows-job', version: '1.0', identity: 'restricted-token' } });
  const marker = path.join(work, 'ran.txt');
  const result = await runner.run({ argv: [node, '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`], cwd: work, env });
  return { exitCode: result.exitCode ?? null, startError: result.startError ?? null, ran: existsSync(marker) };
});

const runner: ProcessRunner = createWindowsRunner(windowsBoxProbes({}, launcher));
findings.isolation = runner.isolation;

await probe('argv', async () => {
  const printArgs = script('print-args.js', 'process.stdout.write(JSON.stringify(process.argv.slice(2)))');
  const result = await runner.run({ argv: [node, printArgs, ...hostileArguments], cwd: work, env });
  return { argv: JSON.parse(result.stdout || 'null'), exitCode: result.exitCode ?? null };
});

await probe('environment', async () => {
  const printEnv = script('print-env.js', 'process.stdout.write(JSON.stringify(process.env))');
  const result = await runner.run({ argv: [node, printEnv], cwd: work, env: { ...env, GIVEN: 'given value' } });
  return { env: JSON.parse(result.stdout || '{}'), parentHasCanary: process.env.SHOPFLOOR_PARENT_CANARY !== undefined };
});

await probe('exitCodes', async () => {
  const codes: Record<string, unknown> = {};
  for (const code of [0, 3, 255, 23307, 70000]) codes[code] = (await runner.run({ argv: [node, '-e', `process.exit(${code})`], cwd: work, env })).exitCode ?? null;
  return codes;
});

// A daemon started by the boxed command is gone when the command ends; unboxed, the same daemon lives on.
await probe('daemon', async () => {
  const boxed = path.join(work, 'boxed-beat.txt');
  const result = await runner.run({ argv: [node, daemonJs, boxed], cwd: work, env, timeoutMs: 60_000 });
  const unboxed = path.join(work, 'unboxed-beat.txt');
  await createNodeProcessRunner('windows').run({ argv: [node, daemonJs, unboxed], cwd: work, env, timeoutMs: 60_000 });
  const findings = { exitCode: result.exitCode ?? null, boxedBeating: await beating(boxed), unboxedBeating: await beating(unboxed) };
  try {
    process.kill(Number(readFileSync(`${unboxed}.pid`, 'utf8')));
  } catch {
    // already gone
  }
  return findings;
});

// The time limit kills the launcher (Wine's taskkill has no /T), and the job takes the whole tree with it.
await probe('timeLimit', async () => {
  const beat = path.join(work, 'timed-beat.txt');
  const result = await runner.run({ argv: [node, daemonJs, beat, 'stay'], cwd: work, env, timeoutMs: 12_000 });
  await sleep(1000);
  return { timedOut: result.timedOut, beating: await beating(beat) };
});

// The launcher itself killed (as a cancelled step kills it): the job closes and the tree dies with it.
await probe('launcherKilled', async () => {
  const beat = path.join(work, 'killed-beat.txt');
  const child = spawn(launcher, ['--mode', 'job', '--cwd', work, '--', node, `"${node}" "${daemonJs}" "${beat}" stay`], { env, stdio: 'ignore' });
  for (let waited = 0; waited < 30_000 && !existsSync(beat); waited += 250) await sleep(250);
  await sleep(500);
  const before = await beating(beat);
  child.kill();
  await sleep(1500);
  return { beatingBefore: before, beatingAfter: await beating(beat) };
});

writeFileSync(outputFile, JSON.stringify(findings, null, 2));
process.exit(0);
