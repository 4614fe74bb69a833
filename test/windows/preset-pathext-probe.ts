/**
 * Agent CLI presets on Windows APIs: bundled and started by the official Windows node.exe under Wine
 * (test/helpers/wine.ts), like windows-probes.ts. npm installs a CLI on Windows as `claude.cmd` next to a
 * shell script, so a preset that names `claude` must find it through PATHEXT and start it through cmd.exe,
 * with the prompt on stdin; a preset whose prompt goes on the command line (Copilot) must refuse a batch file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPresetProvider } from '../../src/adapters/agents/preset-provider.ts';
import { createNodeProcessRunner } from '../../src/adapters/process/node-process-runner.ts';
import type { AgentEvent } from '../../src/core/agents/agent-event.ts';

const [outputFile] = process.argv.slice(2);
const findings: Record<string, unknown> = { platform: process.platform };
const work = mkdtempSync(path.join(tmpdir(), 'shopfloor-win-preset-'));
const bin = path.join(work, 'npm-global');
const workdir = path.join(work, 'wt');
mkdirSync(bin);
mkdirSync(workdir);
// What npm writes for a bin: a .cmd shim that starts node on the package's script with %*.
const script = path.join(bin, 'fake-claude.js');
writeFileSync(script, `let prompt = '';
process.stdin.on('data', (d) => { prompt += d; });
process.stdin.on('end', () => {
  const out = (event) => process.stdout.write(JSON.stringify(event) + '\\n');
  out({ type: 'system', subtype: 'init', session_id: 'win-1', model: 'fake' });
  out({ type: 'assistant', message: { id: 'm1', content: [{ type: 'text', text: 'prompt had ' + prompt.length + ' characters; argv ' + JSON.stringify(process.argv.slice(2, 5)) }], usage: { input_tokens: 10, output_tokens: 2 } } });
  out({ type: 'result', subtype: 'success', is_error: false, result: 'done', num_turns: 1, total_cost_usd: 0.001, usage: { input_tokens: 10, output_tokens: 2 } });
});
`);
writeFileSync(path.join(bin, 'claude.CMD'), `@"${process.execPath}" "%~dp0\\fake-claude.js" %*\r\n`);
writeFileSync(path.join(bin, 'copilot.cmd'), `@"${process.execPath}" "%~dp0\\fake-claude.js" %*\r\n`);
const env: Record<string, string> = {};
for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key.toUpperCase() !== 'PATH') env[key] = value;
env.Path = `${bin};${process.env.PATH ?? process.env.Path ?? ''}`;
env.PATHEXT = '.COM;.EXE;.BAT;.CMD';
const runner = createNodeProcessRunner('windows');

async function runPreset(preset: 'claude-code' | 'copilot', prompt: string) {
  const events: AgentEvent[] = [];
  const stderr: string[] = [];
  const outcome = await createPresetProvider({ name: 'agent', preset, settings: { commands: [] }, runner }).run({
    workdir, prompt, env, platform: 'windows', timeoutMs: 60_000,
    onOutput: (chunk) => void stderr.push(chunk), onEvent: (event) => void events.push(event),
  });
  return { outcome, events, stderr: stderr.join('').slice(0, 2000) };
}

try {
  const prompt = 'Fix it & say "done" | 100% ^ (now) > out.txt';
  findings.claude = await runPreset('claude-code', prompt);
  findings.promptLength = prompt.length;
  findings.copilot = await runPreset('copilot', prompt);
} catch (error) {
  findings.error = String(error instanceof Error ? error.stack : error);
}
writeFileSync(outputFile!, JSON.stringify(findings, null, 2));
