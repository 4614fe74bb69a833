import { lstatSync, readlinkSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { bubblewrapArgv, boxEnvironment, isInside, type HiddenEntry, type HostEntry } from '../../core/isolation/bubblewrap-argv.ts';
import type { ProcessRequest, ProcessResult, ProcessRunner } from '../../ports/process-runner.ts';
import type { Connector } from './allowlist-proxy.ts';
import { runBehindAllowlistProxy } from './run-behind-allowlist-proxy.ts';
import { createNodeProcessRunner } from './node-process-runner.ts';
import { shellArgv } from './shell-argv.ts';

/** System directories the box reads; the rest of the host (home, /root, /work, /tmp, /run) is absent. */
const systemDirs = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32', '/opt', '/nix/store'] as const;

/** Files in /etc that programs need to run at all (users, DNS, TLS roots, the dynamic linker); no secrets. */
const etcEntries = [
  'passwd', 'group', 'hosts', 'hostname', 'resolv.conf', 'nsswitch.conf', 'host.conf', 'gai.conf', 'protocols', 'services',
  'ssl', 'ca-certificates', 'ca-certificates.conf', 'pki', 'crypto-policies', 'alternatives', 'localtime', 'timezone',
  'ld.so.cache', 'ld.so.conf', 'ld.so.conf.d', 'gitconfig', 'mime.types', 'os-release', 'debian_version', 'locale.alias', 'fonts',
] as const;

/**
 * A ProcessRunner that starts everything inside bubblewrap: the work copy (`request.box.root`, default
 * the cwd) read-write, the system read-only, nothing of the orchestrator (its processes, environment,
 * keys, repository or the runner's file-command files) in reach, and every process gone when the
 * command ends. `bwrap` is the sandbox Flatpak uses; it needs user namespaces (see `probeBubblewrap`).
 * A box with the network and `allowHosts` keeps its own network namespace and reaches only those hosts,
 * through an allowlist proxy outside it (`connect` opens the upstream connections; tests inject it).
 */
export function createBubblewrapRunner(options: { readonly bwrap: string; readonly version: string; readonly inner?: ProcessRunner; readonly connect?: Connector }): ProcessRunner {
  const inner = options.inner ?? createNodeProcessRunner('linux');
  let system: readonly HostEntry[] | undefined;
  return {
    platform: 'linux',
    isolation: { mode: 'bubblewrap', version: options.version },
    run: (request: ProcessRequest): Promise<ProcessResult> => {
      const box = request.box ?? { root: request.cwd };
      if (!isInside(box.root, request.cwd)) return Promise.resolve(refused(`the command's directory ${request.cwd} is outside its work copy ${box.root}`));
      const layout = (system ??= hostSystem());
      const hidden = (box.hide ?? []).flatMap((path): HiddenEntry[] => {
        const stat = lstatSafe(path);
        return stat ? [{ path, kind: stat.isDirectory() ? 'dir' : 'file' }] : [];
      });
      const command = 'argv' in request ? [...request.argv] : shellArgv(request.shell, request.script).argv;
      const { box: _box, ...rest } = request as ProcessRequest & { script?: string; shell?: string; argv?: readonly string[] };
      const { script: _script, shell: _shell, argv: _argv, onNetworkRefused, ...plain } = rest;
      if (box.network && box.allowHosts && box.allowHosts.length > 0) {
        const boxArgv = (extraBinds: readonly string[]) => [options.bwrap, ...bubblewrapArgv({ ...box, network: false }, { system: layout, hidden }, request.cwd, extraBinds)];
        return runBehindAllowlistProxy({ inner, request: { ...plain, env: boxEnvironment(request.env) }, boxArgv, command, allow: box.allowHosts, onRefused: (connection) => onNetworkRefused?.(connection), ...(options.connect ? { connect: options.connect } : {}) });
      }
      return inner.run({
        ...plain,
        env: boxEnvironment(request.env),
        argv: [options.bwrap, ...bubblewrapArgv(box, { system: layout, hidden }, request.cwd), '--', ...command],
      });
    },
  };
}

/** The host's system layout as the box mirrors it, read once: merged-/usr symlinks stay symlinks. */
function hostSystem(): HostEntry[] {
  const entries: HostEntry[] = [];
  const add = (path: string) => {
    const stat = lstatSafe(path);
    if (!stat) return;
    if (stat.isSymbolicLink()) entries.push({ path, kind: 'symlink', target: readlinkSync(path) });
    else entries.push({ path, kind: 'bind' });
  };
  for (const dir of systemDirs) add(dir);
  // /etc files are bound through their links (resolv.conf often points into /run, which the box lacks).
  for (const name of etcEntries) if (statSafe(`/etc/${name}`)) entries.push({ path: `/etc/${name}`, kind: 'bind' });
  // Node itself, when it lives outside /usr (nvm, a toolcache): the box runs `node` gates too.
  const prefix = dirname(dirname(process.execPath));
  if (!systemDirs.some((dir) => isInside(dir, prefix)) && statSafe(prefix)) entries.push({ path: prefix, kind: 'bind' });
  return entries;
}

function refused(reason: string): ProcessResult {
  return { exitCode: undefined, signal: undefined, timedOut: false, aborted: false, startError: reason, durationMs: 0, stdout: '', stderr: '', truncated: false };
}

function lstatSafe(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function statSafe(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
