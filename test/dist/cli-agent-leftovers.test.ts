import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuiltCli } from '../helpers/built-cli.ts';
import { createGitRepo } from '../helpers/git-repo.ts';
import { baseFiles, workOrderFileText } from '../helpers/implement-fixture.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// An external agent that reads its prompt file, edits in scope, and prints terminal escape codes: a
// window title (OSC), a screen clear and colour (CSI), and a bidi override.
const agentScript = String.raw`
const { appendFileSync, readFileSync } = require('node:fs');
const prompt = readFileSync(process.argv[2], 'utf8');
appendFileSync('src/greet.ts', 'export const goodbye = (name: string) => "goodbye " + name;\n');
process.stdout.write('\u001b]0;owned title\u0007\u001b[2J\u001b[31mred agent text\u001b[0m read ' + prompt.length + ' chars \u202eevil\u202c done\n');
`;

const escapes = /\u001b|\u009b|\u202e|\u0007/;

async function agentRepo(): Promise<{ dir: string; tmp: string; git: Awaited<ReturnType<typeof createGitRepo>>['git'] }> {
  const tools = await makeTempDir('shopfloor-agent-');
  const agent = join(tools, 'agent.cjs');
  await writeFile(agent, agentScript);
  const policy = `apiVersion: shopfloor/v1
gates:
  - id: check
    run: node scripts/check.mjs
agents:
  defaultProvider: external
  providers:
    external: { type: command, command: [${JSON.stringify(process.execPath)}, ${JSON.stringify(agent)}, "{promptFile}"] }
`;
  const { dir, git } = await createGitRepo({ ...baseFiles, '.gitignore': '.shopfloor/\n', 'workorders/wo-1.yml': workOrderFileText, '.github/shopfloor.yml': policy });
  return { dir, git, tmp: await makeTempDir('shopfloor-tmp-') };
}

describe('dist/cli.js with an external (command) agent leaves nothing behind and prints nothing raw', () => {
  it('implement: removes its prompt file from the temp dir and prints the agent text without escape codes', async () => {
    const { dir, tmp } = await agentRepo();
    const result = await runBuiltCli(['implement', 'wo-1', '--provider', 'command'], { cwd: dir, env: { TMPDIR: tmp }, timeoutMs: 120_000 });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stderr).toContain('red agent text read');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(escapes);
    expect((await readdir(tmp)).filter((name) => name.startsWith('shopfloor-prompt-'))).toEqual([]);
  }, 150_000);

  it('run: stores the agent text in document.md without escape codes, and leaves no prompt file', async () => {
    const { dir, tmp } = await agentRepo();
    const result = await runBuiltCli(['run', '--once', '--json'], { cwd: dir, env: { TMPDIR: tmp }, timeoutMs: 180_000 });
    const row = (JSON.parse(result.stdout) as { rows: { id: string; state: string; runId: string }[] }).rows.find((r) => r.id === 'wo-1')!;
    expect(row.state, result.stdout).toBe('merged');
    const document = await readFile(join(dir, '.shopfloor', 'runs', row.runId, 'document.md'), 'utf8');
    expect(document).toContain('red agent text read');
    expect(document).not.toMatch(escapes);
    expect((await readdir(tmp)).filter((name) => name.startsWith('shopfloor-prompt-'))).toEqual([]);
  }, 200_000);
});
