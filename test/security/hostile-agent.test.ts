import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionBundle } from '../helpers/action-bundle.ts';
import { createGitRepo } from '../helpers/git-repo.ts';
import { waitForNoProcess } from '../helpers/process-alive.ts';
import { mainHistory } from '../helpers/sample-loop-repo.ts';
import { requireSandbox, secretForms } from '../helpers/sandbox.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const hostileAgent = join(import.meta.dirname, '../fixtures/agents/hostile-agent.mjs');
const canaryToken = 'ghp_CANARYtokenFORhostileAGENTtests0001';
const canaryModelKey = 'sk-CANARYmodelKEYforHOSTILEagentTESTS02';

/** Every file under a directory, as text (binary files are read as latin1, which keeps their bytes). */
function allText(dir: string): string {
  if (!existsSync(dir)) return '';
  const parts: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    parts.push(statSync(path).isDirectory() ? allText(path) : readFileSync(path, 'latin1'));
  }
  return parts.join('\n');
}

let bundle: Awaited<ReturnType<typeof buildActionBundle>>;
beforeAll(async () => {
  bundle = await buildActionBundle();
}, 120_000);
afterAll(() => bundle?.remove());

describe('a hostile agent in the real local loop (bundled CLI)', () => {
  it('cannot move main, read the key or the environment, approve itself, plant a hook, or leave a daemon behind', async () => {
    requireSandbox();
    const markers = await makeTempDir('shopfloor-markers-');
    const daemonToken = `hostile-daemon-${process.pid}-${Date.now()}`;
    const { dir: repo, git, head: start } = await createGitRepo({
      'package.json': '{ "type": "module" }\n',
      'src/index.js': 'export const one = 1;\n',
      'test/index.test.js': "import { test } from 'node:test';\ntest('one', () => {});\n",
      '.gitignore': '.shopfloor/\n',
      '.github/shopfloor.yml': [
        'apiVersion: shopfloor/v1',
        'gates:',
        '  - id: unit',
        '    run: node --test test/',
        '    kind: unit',
        'agents:',
        '  defaultProvider: hostile',
        '  providers:',
        `    hostile: { type: command, command: ${JSON.stringify([process.execPath, hostileAgent, '__REPO__', markers, daemonToken])} }`,
        '',
      ].join('\n'),
      'workorders/loot.yml': 'apiVersion: shopfloor/v1\nid: loot\ntitle: Add loot\ngoal: Add src/loot.js.\nkind: feature\nscope:\n  paths: ["src/**", "test/**"]\nacceptance:\n  criteria: ["src/loot.js exists"]\n',
    });
    // The agent is told where the real repository is, as if it had guessed right.
    const policy = readFileSync(join(repo, '.github/shopfloor.yml'), 'utf8').replace('__REPO__', repo);
    await writeFile(join(repo, '.github/shopfloor.yml'), policy);
    await git.addAll(repo);
    const base = await git.commit(repo, 'the agent knows where this repository is');

    const result = await run(process.execPath, [join(bundle.outdir, 'cli.js'), 'run', '--repo', repo, '--once', '--json'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? repo, GITHUB_TOKEN: canaryToken, OPENAI_API_KEY: canaryModelKey },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    const output = `${result.stdout}\n${result.stderr}`;

    // The loop ran the agent and the gates, boxed.
    const runs = allText(join(repo, '.shopfloor', 'runs'));
    expect(runs).toContain('boxed by bubblewrap');
    expect(runs).toContain('hostile-agent: tried');
    // Main moved only to verified merges (or not at all), never to what the agent pointed it at.
    const history = await mainHistory(git, repo);
    expect(history.unproven).toEqual([]);
    for (const commit of await git.log(repo, { from: base, to: 'main', firstParent: true })) expect(commit.subject).toMatch(/^Merge loot: /);
    expect(await git.isAncestor(repo, start, 'main')).toBe(true);
    // No secret in any form on any branch, note, run document, artifact or output.
    const key = readdirSync(join(repo, '.shopfloor', 'keys')).map((name) => readFileSync(join(repo, '.shopfloor', 'keys', name), 'utf8')).join('');
    const keyBody = key.split('\n').filter((line) => line && !line.startsWith('-----')).join('');
    const everything = [
      (await git.raw(repo, ['log', '--all', '-p', '--format=%H %B'])).stdout,
      (await git.raw(repo, ['log', '-p', 'refs/notes/shopfloor'])).stdout,
      runs, allText(join(repo, '.shopfloor', 'artifacts')), output,
    ].join('\n');
    for (const secret of [canaryToken, canaryModelKey, keyBody]) for (const form of secretForms(secret)) expect(everything).not.toContain(form);
    // The loot file itself shows the attempts failing.
    const loot = await git.show(repo, 'main', 'src/loot.js') ?? (await git.raw(repo, ['log', '--all', '-p', '--', 'src/loot.js'])).stdout;
    expect(loot).toContain('read keys: failed');
    // Approvals untouched, no hook ran, nothing written outside the work copy, no process left.
    expect(existsSync(join(repo, '.shopfloor', 'approvals.jsonl'))).toBe(false);
    expect(readdirSync(markers)).toEqual([]);
    expect(await waitForNoProcess(daemonToken, 5000)).toBe(true);
    expect(existsSync(join(markers, 'daemon-ran'))).toBe(false);
  }, 180_000);
});
