import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installFakeAgentCli } from '../../helpers/fake-agent-cli.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { baseFiles, workOrderFileText } from '../../helpers/implement-fixture.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const recorded = readFileSync(join(import.meta.dirname, '../../fixtures/agents/streams/claude-code.jsonl'), 'utf8');
const policy = `apiVersion: shopfloor/v1
agents:
  commands: [["node", "scripts/check.mjs"]]
  providers:
    claude: { preset: claude-code, apiKeyEnv: ANTHROPIC_API_KEY }
  defaultProvider: claude
`;

describe('shopfloor implement with a preset', () => {
  it('records the CLI\'s raw stream with --record, and --provider replay plays that recording to the same change', async () => {
    const repo = await createGitRepo({ ...baseFiles, 'workorders/wo-1.yml': workOrderFileText, '.github/shopfloor.yml': policy });
    const bin = await makeTempDir('shopfloor-fake-bin-');
    // The fake makes no edit of its own: the recorded Edit call is what the replay must make again.
    await installFakeAgentCli(bin, 'claude', { stream: recorded, edits: { 'src/greet.ts': 'export const goodbye = (name: string) => `goodbye ${name}`;\nexport const greet = (name: string) => `hello ${name}`;\n' } });
    const session = join(await makeTempDir('shopfloor-session-'), 'wo-1.jsonl');
    const env = { PATH: `${bin}:${process.env.PATH}`, ANTHROPIC_API_KEY: 'sk-ant-CANARY-000000000000000000001' };
    const live = await runShopfloor(['implement', 'wo-1', '--record', session, '--json'], { cwd: repo.dir, env });
    expect(live.code, live.stderr).toBe(0);
    const first = JSON.parse(live.stdout) as { branch: string; usage: unknown };
    expect(first.usage).toEqual({ turns: 4, tokens: 6715, costUsd: 0.0421 });
    expect(await readFile(session, 'utf8')).toBe(recorded);

    const replay = await runShopfloor(['implement', 'wo-1', '--provider', 'replay', '--transcript', session, '--json'], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '' } });
    expect(replay.code, replay.stderr).toBe(0);
    const second = JSON.parse(replay.stdout) as { branch: string; usage: unknown };
    expect(second.usage).toEqual(first.usage);
    expect(await repo.git.show(repo.dir, second.branch, 'src/greet.ts')).toBe(await repo.git.show(repo.dir, first.branch, 'src/greet.ts'));
    expect(live.stdout + replay.stdout).not.toContain('sk-ant-CANARY');
  });

  it('refuses a file that is no recorded session, saying what to do', async () => {
    const repo = await createGitRepo({ ...baseFiles, 'workorders/wo-1.yml': workOrderFileText, '.github/shopfloor.yml': policy });
    const file = join(await makeTempDir('shopfloor-session-'), 'notes.jsonl');
    await writeFile(file, 'just some text\n');
    const run = await runShopfloor(['implement', 'wo-1', '--provider', 'replay', '--transcript', file], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a recorded Claude Code, Codex, Gemini or Copilot stream');
  });
});
