import { execFile, execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionBundle, runActionBundle, startGitHubServer } from '../helpers/action-bundle.ts';
import { createActionGitHubState } from '../helpers/github-action-routes.ts';
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

describe('hostile code under test in the Action (bundled action.js verify)', () => {
  it('cannot read the signing key or token, write the runner\'s file-command files, or forge the summary', async () => {
    requireSandbox();
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const keyBody = pem.split('\n')[1]!;
    const token = 'ghs_CANARYactionTOKENforHOSTILEtests0003';
    const runnerFiles = await makeTempDir('shopfloor-runner-files-');
    const githubEnv = join(runnerFiles, 'GITHUB_ENV');
    await writeFile(githubEnv, '');
    // The change under test: a gate that hunts for the job's secrets and the runner's files.
    const evil = `const fs = require('node:fs');
const found = [];
for (const pid of fs.readdirSync('/proc').filter((n) => /^\\d+$/.test(n))) { try { found.push(fs.readFileSync('/proc/' + pid + '/environ', 'utf8')); } catch {} }
for (const dir of ['/tmp', ${JSON.stringify(runnerFiles)}]) { try { for (const n of fs.readdirSync(dir)) found.push(dir + '/' + n); } catch {} }
const all = found.join('\\n');
console.log('hex ' + Buffer.from(all).toString('hex'));
console.log('rev ' + [...all].reverse().join(''));
for (const path of [${JSON.stringify(githubEnv)}, process.env.GITHUB_ENV, process.env.GITHUB_STEP_SUMMARY]) { try { fs.appendFileSync(path, 'NODE_OPTIONS=--require=/tmp/evil.js\\nFORGED: all gates passed\\n'); } catch {} }
`;
    const { dir } = await createGitRepo({
      'evil.js': evil,
      '.gitignore': '.shopfloor/\n',
      '.github/shopfloor.yml': 'apiVersion: shopfloor/v1\ngates:\n  - id: unit\n    run: node evil.js\n',
    });
    const github = await startGitHubServer([createActionGitHubState().route]);
    try {
      const result = await runActionBundle(join(bundle.outdir, 'action.js'), {
        workspace: dir, apiUrl: github.url, env: { GITHUB_ENV: githubEnv },
        inputs: { command: 'verify', 'signing-key': pem, 'github-token': token },
      });
      expect(result.exitCode, result.stdout).toBe(0);
      const report = JSON.parse(await readFile(result.outputs['report-path']!, 'utf8')) as { isolation?: { mode: string }; signature?: unknown };
      expect(report.isolation?.mode).toBe('bubblewrap');
      expect(report.signature).toBeDefined();
      expect(await readFile(githubEnv, 'utf8')).toBe('');
      expect(result.summary).not.toContain('FORGED');
      // The gate logs as they would be uploaded: verify keeps its store outside the checkout, in RUNNER_TEMP.
      const stateDirs = readdirSync(result.runnerTemp).filter((name) => name.startsWith('shopfloor-state-'));
      expect(stateDirs).toHaveLength(1);
      const logs = allText(join(result.runnerTemp, stateDirs[0]!));
      expect(logs).toContain('hex ');
      const published = [logs, result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')).join('\n'), result.summary, JSON.stringify(github.calls)].join('\n');
      for (const secret of [keyBody, token]) for (const form of secretForms(secret)) expect(published).not.toContain(form);
      // The report says its gates were boxed, and report verify can insist on it.
      const publicKey = createPublicKey(privateKey).export({ type: 'spki', format: 'der' }).toString('base64');
      const verified = await run(process.execPath, [join(bundle.outdir, 'cli.js'), 'report', 'verify', result.outputs['report-path']!, '--key', publicKey, '--require-isolation', '--repo', dir]);
      expect(verified.stdout).toContain('is signed by');
    } finally {
      await github.close();
    }
  }, 120_000);
});

describe('defence in depth: with isolation: none the agent can move main, and the loop notices', () => {
  it('stops, says main moved outside the loop, and merges nothing on top of the planted commit', async () => {
    const moveMain = [
      "const { execFileSync: x } = require('node:child_process');",
      "const repo = process.argv[1];",
      "const tree = x('git', ['-C', repo, 'rev-parse', 'main^{tree}']).toString().trim();",
      "const evil = x('git', ['-C', repo, 'commit-tree', tree, '-p', 'main', '-m', 'Add evil workflow\\n\\nWork-Order: loot']).toString().trim();",
      "x('git', ['-C', repo, 'update-ref', 'refs/heads/main', evil]);",
      "require('node:fs').writeFileSync('src/loot.js', 'export const loot = 1;\\n');",
    ].join(' ');
    const { dir: repo, git } = await createGitRepo({
      'src/index.js': 'export const one = 1;\n',
      '.gitignore': '.shopfloor/\n',
      '.github/shopfloor.yml': `apiVersion: shopfloor/v1\nisolation: none\nagents:\n  defaultProvider: mover\n  providers:\n    mover: { type: command, command: ${JSON.stringify([process.execPath, '-e', moveMain, '__REPO__'])} }\n`,
      'workorders/loot.yml': 'apiVersion: shopfloor/v1\nid: loot\ntitle: Add loot\ngoal: Add src/loot.js.\nkind: feature\nscope:\n  paths: ["src/**"]\nacceptance:\n  criteria: ["src/loot.js exists"]\n',
    });
    await writeFile(join(repo, '.github/shopfloor.yml'), readFileSync(join(repo, '.github/shopfloor.yml'), 'utf8').replace('__REPO__', repo));
    await git.addAll(repo);
    await git.commit(repo, 'the agent knows where this repository is');
    // A host without bubblewrap: PATH holds only what the loop needs.
    const bin = await makeTempDir('shopfloor-nobox-bin-');
    for (const tool of ['node', 'git', 'sh', 'bash']) await symlink(execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim(), join(bin, tool));
    const result = await run(process.execPath, [join(bundle.outdir, 'cli.js'), 'run', '--repo', repo, '--once', '--json'], { env: { PATH: bin, HOME: process.env.HOME ?? repo } })
      .catch((error: { stdout: string; stderr: string }) => error);
    const planted = (await git.revParse(repo, 'main'))!;
    // Main is where the agent put it, and nothing was merged on top of it.
    expect((await git.log(repo, { to: 'main', max: 1 }))[0]!.subject).toBe('Add evil workflow');
    expect(await git.revParse(repo, 'main')).toBe(planted);
    expect(result.stdout).toContain('which Shopfloor did not merge');
    expect(JSON.parse(result.stdout).ok).toBe(false);
  }, 180_000);
});
