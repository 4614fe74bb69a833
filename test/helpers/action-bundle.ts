import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkRequest, type RecordedCall } from './github-api.ts';
import { packageRoot } from './sample-loop-repo.ts';
import { makeTempDir } from './temp-dir.ts';

const run = promisify(execFile);

/** Bundles the entry points with scripts/build.mjs into a temp dir (dist/ is left alone); `remove` deletes it. */
export async function buildActionBundle(): Promise<{ readonly bundle: string; readonly outdir: string; readonly remove: () => Promise<void> }> {
  const outdir = await mkdtemp(join(tmpdir(), 'shopfloor-dist-'));
  await run(process.execPath, ['scripts/build.mjs'], { cwd: packageRoot, env: { ...process.env, SHOPFLOOR_DIST_DIR: outdir } });
  return { bundle: join(outdir, 'action.js'), outdir, remove: () => rm(outdir, { recursive: true, force: true }) };
}

export type Reply = readonly [number, unknown?];
export type ApiRoute = (method: string, path: string, body: Record<string, unknown>, query: URLSearchParams) => Reply | undefined;

/**
 * GitHub's REST API on 127.0.0.1 for a child process (nock cannot reach one): every request is checked
 * against the committed OpenAPI subset like `mockGitHubApi` does, then answered by the first route that
 * knows it. Unknown requests answer 501 and are problems too.
 */
export async function startGitHubServer(routes: readonly ApiRoute[]): Promise<{ url: string; calls: RecordedCall[]; problems: string[]; close: () => Promise<void> }> {
  const calls: RecordedCall[] = [];
  const problems: string[] = [];
  const server = createServer(async (req, res) => {
    const text = await readBody(req);
    const body = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const verdict = checkRequest(method, url.pathname, body);
    if ('problem' in verdict) problems.push(verdict.problem);
    else calls.push({ method, path: decodeURIComponent(url.pathname), operationId: verdict.operationId, body });
    if (!String(req.headers.authorization ?? '').startsWith('token ')) problems.push(`${method} ${url.pathname} had no token authorization`);
    const reply = routes.reduce<Reply | undefined>((found, route) => found ?? route(method, decodeURIComponent(url.pathname), body ?? {}, url.searchParams), undefined);
    if (!reply) problems.push(`no route for ${method} ${url.pathname}`);
    const [status, data] = reply ?? [501, { message: 'not implemented by the test server' }];
    res.writeHead(status, { 'content-type': 'application/json' }).end(data === undefined ? '' : JSON.stringify(data));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls, problems, close: () => new Promise((done) => server.close(() => done())) };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

export interface ActionRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  /** The run's RUNNER_TEMP, where verify keeps its store (gate logs, reports) in a fresh shopfloor-state-* directory. */
  readonly runnerTemp: string;
}

/**
 * Runs the bundled action as a runner does: `node action.js` with `INPUT_*` (hyphens kept, upper-cased),
 * GITHUB_* variables, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH as temp files.
 */
export async function runActionBundle(bundle: string, options: { readonly workspace: string; readonly inputs: Readonly<Record<string, string>>; readonly apiUrl?: string; readonly event?: unknown; readonly env?: Readonly<Record<string, string>> }): Promise<ActionRun> {
  const dir = await makeTempDir('shopfloor-runner-');
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), event: join(dir, 'event.json') };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, JSON.stringify(options.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: options.workspace, GITHUB_REPOSITORY: 'octo/shop', GITHUB_SHA: 'f'.repeat(40), GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: options.apiUrl ?? 'http://127.0.0.1:9', GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, RUNNER_TEMP: dir, RUNNER_NAME: 'test-runner',
    ...Object.fromEntries(Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...options.env,
  };
  const result = await run(process.execPath, [bundle], { cwd: options.workspace, env, maxBuffer: 16 * 1024 * 1024 }).then(
    (r) => ({ exitCode: 0, stdout: r.stdout, stderr: r.stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ exitCode: typeof error.code === 'number' ? error.code : -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
  return { ...result, outputs: parseOutputs(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8'), runnerTemp: dir };
}

/** GITHUB_OUTPUT's `name<<DELIMITER ... DELIMITER` blocks, as the runner reads them. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.indexOf(m[2]!, i + 1);
    outputs[m[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}
