import { readFileSync } from 'node:fs';
import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installFakeAgentCli } from '../../helpers/fake-agent-cli.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { createSampleLoopRepo, mainHistory } from '../../helpers/sample-loop-repo.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const streams = join(import.meta.dirname, '../../fixtures/agents/streams');
const titleCase = "/** Capitalises the first letter of every word. */\nexport function titleCase(text) {\n  return text.replace(/\\p{L}+/gu, (word) => word[0].toUpperCase() + word.slice(1).toLowerCase());\n}\n";
const titleCaseTest = "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { titleCase } from '../src/title-case.js';\n\ntest('titleCase', () => assert.equal(titleCase('hello world'), 'Hello World'));\n";
const truncate = "export function truncate(text, max) {\n  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}\\u2026`;\n}\n";
const truncateTest = "import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { truncate } from '../src/truncate.js';\n\ntest('truncate', () => assert.equal(truncate('a long sentence', 7), 'a long\\u2026'));\n";

describe('shopfloor run with agent CLI presets', () => {
  it('merges verified changes made by a fake `claude` and a fake `codex`, with live sections and spend in each run document', async () => {
    const { dir, git } = await createSampleLoopRepo();
    for (const id of ['ci-tweak', 'headline', 'slug-speedup']) await rm(join(dir, 'workorders', `${id}.yml`));
    await appendFile(join(dir, '.github', 'shopfloor.yml'), '  providers:\n    claude:\n      preset: claude-code\n      apiKeyEnv: ANTHROPIC_API_KEY\n    codex:\n      preset: codex\n      pricing: { inputUsdPerMTok: 1.25, outputUsdPerMTok: 10 }\n');
    for (const [id, provider] of [['title-case', 'claude'], ['truncate', 'codex']] as const) {
      await appendFile(join(dir, 'workorders', `${id}.yml`), `agent:\n  provider: ${provider}\n`);
    }
    await git.addAll(dir);
    await git.commit(dir, 'agents through presets');
    const bin = await makeTempDir('shopfloor-fake-bin-');
    await installFakeAgentCli(bin, 'claude', { stream: readFileSync(join(streams, 'claude-code.jsonl'), 'utf8'), edits: { 'src/title-case.js': titleCase, 'test/title-case.test.js': titleCaseTest, 'src/index.js': "export { slugify } from './slugify.js';\nexport { wordCount } from './word-count.js';\nexport { titleCase } from './title-case.js';\n" } });
    await installFakeAgentCli(bin, 'codex', { stream: readFileSync(join(streams, 'codex.jsonl'), 'utf8'), edits: { 'src/truncate.js': truncate, 'test/truncate.test.js': truncateTest } });

    const result = await runShopfloor(['run', '--repo', dir, '--parallel', '1', '--json'], { cwd: dir, env: { PATH: `${bin}:${process.env.PATH}`, ANTHROPIC_API_KEY: 'sk-ant-CANARY-key-000000000001' } });
    expect(result.stderr).toBe('');
    const run = JSON.parse(result.stdout) as { rows: { id: string; state: string }[] };
    expect(Object.fromEntries(run.rows.map((row) => [row.id, row.state]))).toMatchObject({ 'title-case': 'merged', truncate: 'merged' });
    const history = await mainHistory(git, dir);
    expect(history.merges).toEqual(['title-case', 'truncate']);
    expect(history.unproven).toEqual([]);

    const runsDir = join(dir, '.shopfloor', 'runs');
    const documents = await Promise.all((await readdir(runsDir, { recursive: true })).filter((file) => file.endsWith('.md')).map((file) => readFile(join(runsDir, file), 'utf8')));
    const claude = documents.find((text) => text.includes('preset claude-code'));
    const codex = documents.find((text) => text.includes('preset codex'));
    expect(claude).toContain('→ edit src/greet.ts');
    expect(claude).toContain('spend: 4 turns, 6,715 tokens (6,500 in, 215 out), $0.0421 (reported by the agent)');
    expect(codex).toContain("→ command bash -lc 'node scripts/check.mjs'");
    // Codex reports tokens only: the policy's pricing makes them a cost.
    expect(codex).toContain('spend: 4 turns, 24,885 tokens (24,763 in, 122 out), $0.0322 (from policy pricing)');
    for (const text of documents) expect(text).not.toContain('sk-ant-CANARY');
    // Spend per merged work order, from the loop's run records: ($0.0421 + $0.0322) / 2.
    const metrics = await runShopfloor(['metrics', '--repo', dir, '--rev', 'main'], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    expect(metrics.stdout).toContain('agent spend per merged work order $0.0371 ($0.0743, 31,600 tokens over 2 work order(s))');

    // The spend is signed into each merge's report: `report verify` checks it with the rest and says it.
    const verified = await runShopfloor(['report', 'verify', '--sha', 'main', '--repo', dir], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    expect(verified.code, verified.stderr).toBe(0);
    expect(verified.stdout).toMatch(/agent spend \(signed\): implementer codex \(codex\): 4 turns, 24,885 tokens, \$0\.0322, \d+\.\ds/);
    const reportFile = join(await makeTempDir('shopfloor-report-'), 'report.json');
    await writeFile(reportFile, (await git.raw(dir, ['notes', '--ref', 'refs/notes/shopfloor', 'show', 'main'])).stdout);
    const report = JSON.parse(await readFile(reportFile, 'utf8')) as { agents?: unknown[] };
    expect(report.agents).toEqual([expect.objectContaining({ role: 'implementer', provider: 'codex', preset: 'codex', turns: 4, tokens: 24_885, costUsd: expect.closeTo(0.0322, 4) })]);
    const shown = await runShopfloor(['report', 'show', reportFile], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    expect(shown.stdout).toContain('Agent spend:\n  implementer codex (codex): 4 turns, 24,885 tokens, $0.0322, ');
    // Tampering with the spend breaks the signature.
    await writeFile(reportFile, JSON.stringify({ ...report, agents: [{ ...(report.agents![0] as object), costUsd: 0 }] }));
    const tampered = await runShopfloor(['report', 'verify', reportFile, '--repo', dir], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    expect(tampered.code, tampered.stdout).toBe(1);
  }, 180_000);
});
