import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real agent CLIs from the npm registry, pinned. They are not dependencies of Shopfloor: they are
 * installed once into `node_modules/.cache/shopfloor-agent-clis/<package>@<version>` (like the Wine
 * suite's node.exe) and run from there, boxed, against a local fake model server.
 */
export const agentClis = {
  'claude-code': { package: '@anthropic-ai/claude-code', version: '2.1.332', bin: 'claude' },
  codex: { package: '@openai/codex', version: '0.171.0', bin: 'codex' },
  gemini: { package: '@google/gemini-cli', version: '0.61.0', bin: 'gemini' },
  copilot: { package: '@github/copilot', version: '1.0.102', bin: 'copilot' },
} as const;

export type AgentCliName = keyof typeof agentClis;

const cache = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'shopfloor-agent-clis');

/** Where the CLI's `.bin` directory is once installed (put it on the agent's PATH). */
export function agentCliBinDir(name: AgentCliName): string {
  const cli = agentClis[name];
  return join(cache, `${cli.package.replace('/', '+')}@${cli.version}`, 'node_modules', '.bin');
}

/**
 * Installs the pinned CLI into the cache when it is not there yet (with npm, the ordinary client; the
 * platform binary comes as the package's optional dependency) and returns its `.bin` directory. A
 * half-finished install never becomes the cache: it is built aside and renamed into place.
 */
export function installAgentCli(name: AgentCliName): string {
  const cli = agentClis[name];
  const bin = agentCliBinDir(name);
  if (existsSync(join(bin, cli.bin))) return bin;
  const final = join(bin, '..', '..');
  const staging = `${final}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, 'package.json'), '{ "private": true }\n');
  try {
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `${cli.package}@${cli.version}`], { cwd: staging, stdio: ['ignore', 'ignore', 'pipe'], timeout: 600_000 });
    if (!existsSync(join(staging, 'node_modules', '.bin', cli.bin))) throw new Error(`npm installed ${cli.package}@${cli.version} but it has no ${cli.bin} binary`);
    if (!existsSync(join(bin, cli.bin))) renameSync(staging, final);
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').slice(-3).join(' ') ?? '';
    throw new Error(`could not install ${cli.package}@${cli.version} into ${cache} for the real agent CLI tests: ${stderr || (error as Error).message}; check that the npm registry is reachable`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return bin;
}
