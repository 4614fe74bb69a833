import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How a fake agent CLI behaves after it has made its edits. */
export interface FakeAgentScript {
  /** The recorded stream it prints on stdout, line by line. */
  readonly stream: string;
  /** Files it writes in its working directory before streaming (relative paths). */
  readonly edits?: Readonly<Record<string, string>>;
  /** Where it writes the prompt it received (stdin, `-f`/`--message-file` file, or `-p` argument). */
  readonly promptCopy?: string;
  /** `exit` (default, code 0), `crash` (dies by SIGKILL half-way through the stream), `hang` (never exits). */
  readonly end?: 'exit' | 'crash' | 'hang';
  readonly exitCode?: number;
  readonly lineDelayMs?: number;
  /** URLs it GETs through `HTTP_PROXY` first (as a model API client would); the statuses go to `networkCopy`. */
  readonly requests?: readonly string[];
  readonly networkCopy?: string;
}

/**
 * Installs a fake agent CLI named `name` (claude, codex, ...) in `dir`: a small Node script that reads
 * its prompt the way the real CLI would, makes its edits, then replays a recorded stream. Put `dir` on
 * the agent's PATH.
 */
export async function installFakeAgentCli(dir: string, name: string, script: FakeAgentScript): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, name);
  const body = `#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const script = ${JSON.stringify(script)};
const args = process.argv.slice(2);
const after = (flag) => { const i = args.indexOf(flag); return i === -1 ? undefined : args[i + 1]; };
let prompt = after('-p') && after('-p').startsWith('-') ? undefined : after('-p');
const file = after('-f') ?? after('--message-file');
if (file) prompt = fs.readFileSync(file, 'utf8');
if (prompt === undefined) { try { prompt = fs.readFileSync(0, 'utf8'); } catch { prompt = ''; } }
if (script.promptCopy) fs.writeFileSync(script.promptCopy, prompt);
for (const [target, text] of Object.entries(script.edits ?? {})) { fs.mkdirSync(path.dirname(target), { recursive: true }); fs.writeFileSync(target, text); }
const get = (url) => new Promise((resolve) => {
  const proxy = new URL(process.env.HTTP_PROXY);
  const request = require('node:http').request({ host: proxy.hostname, port: proxy.port, path: url, headers: { host: new URL(url).host } }, (response) => { response.resume(); response.on('end', () => resolve(url + ' ' + response.statusCode)); });
  request.on('error', (error) => resolve(url + ' ' + error.code));
  request.end();
});
const talk = async () => { const seen = []; for (const url of script.requests ?? []) seen.push(await get(url)); if (script.networkCopy) fs.writeFileSync(script.networkCopy, seen.join('\\n')); };
const lines = script.stream.split('\\n').filter((line) => line !== '');
const stopAt = script.end === 'crash' ? Math.ceil(lines.length / 2) : lines.length;
let i = 0;
const next = () => {
  if (i < stopAt) { process.stdout.write(lines[i++] + '\\n'); return setTimeout(next, script.lineDelayMs ?? 2); }
  if (script.end === 'crash') return process.kill(process.pid, 'SIGKILL');
  if (script.end === 'hang') return setInterval(() => {}, 1000);
  process.exitCode = script.exitCode ?? 0;
};
talk().then(next);
`;
  await writeFile(file, body);
  await chmod(file, 0o755);
  return file;
}
