import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createFileRunStore } from '../../../src/adapters/run-document/file-run-store.ts';
import { openRunWriter } from '../../../src/adapters/run-document/run-writer.ts';
import { createRunFeed } from '../../../src/adapters/writer/run-feed.ts';
import { startWriterServer } from '../../../src/adapters/writer/writer-server.ts';
import { writerRoadmap } from '../../../src/entrypoints/cli/writer-roadmap.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { patch } from '../../helpers/run-document-fixtures.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

async function setup(historySize?: number) {
  const storeDir = await makeTempDir('shopfloor-writer-http-');
  const writer = await openRunWriter({ storeDir, runId: 'r1', objective: '<script>alert("x")</script> & "quotes"' });
  onTestFinished(() => writer.close());
  for (let i = 0; i < 10; i++) await writer.submit(patch('r1', `p${i}`, { kind: 'append-log-line', section: 'terminal', target: 'canon', text: `line ${i}` }));
  const feed = createRunFeed(createFileRunStore(storeDir), historySize ? { historySize } : {});
  const server = await startWriterServer({ feed, storeDir, pollMs: 20 });
  onTestFinished(() => server.close());
  return { storeDir, writer, feed, server };
}

/** Reads an SSE response for a short while and returns the raw text. */
function readStream(url: string, headers: Record<string, string> = {}, ms = 300): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      setTimeout(() => {
        req.destroy();
        resolve(text);
      }, ms);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Writer HTTP server', () => {
  it('lists runs with everything escaped and a strict content security policy', async () => {
    const { server } = await setup();
    const response = await fetch(`${server.url}/`);
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain('<script>alert');
    expect(await (await fetch(`${server.url}/api/runs`)).json()).toEqual([{ runId: 'r1', objective: '<script>alert("x")</script> & "quotes"', status: 'initializing', statusDetail: '', revision: 10, startedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
  });

  it('lists runs newest first, one row per work order with earlier attempts folded, with times, filterable by status', async () => {
    const storeDir = await makeTempDir('shopfloor-writer-list-');
    const open = async (runId: string, objective: string, status?: 'completed' | 'blocked') => {
      const writer = await openRunWriter({ storeDir, runId, objective });
      if (status) await writer.submit(patch(runId, `${runId}-s`, { kind: 'set-status', status }));
      await writer.close();
      await new Promise((done) => setTimeout(done, 15));
    };
    await open('20261205T050000Z-a-1', 'Land work order a: First', 'blocked');
    await open('20261205T050100Z-b-1', 'Land work order b: Second', 'completed');
    await open('20261205T050200Z-a-2', 'Land work order a: First', 'completed');
    await open('other', 'A session by hand');
    const server = await startWriterServer({ feed: createRunFeed(createFileRunStore(storeDir)), storeDir, pollMs: 20 });
    onTestFinished(() => server.close());
    const html = await (await fetch(`${server.url}/`)).text();
    const rows = [...html.matchAll(/<tr data-run-id="([^"]+)" data-status="(\w+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(rows).toEqual(['other initializing', '20261205T050200Z-a-2 completed', '20261205T050100Z-b-1 completed']);
    expect(html).toMatch(/<details class="attempts"><summary>1 earlier attempt<\/summary><ul><li><a href="\/runs\/20261205T050000Z-a-1">[^<]+<\/a> <span class="status status-blocked">blocked<\/span> <time/);
    expect(html).toMatch(/<td class="times"><time datetime="[^"]+">\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC<\/time> → <time datetime="[^"]+">[^<]+<\/time> \(\d+\.\d s\)<\/td>/);
    const filtered = await (await fetch(`${server.url}/?status=initializing`)).text();
    expect([...filtered.matchAll(/<tr data-run-id="([^"]+)"/g)].map((m) => m[1])).toEqual(['other']);
    expect(filtered).toContain('<option value="initializing" selected>');
  });

  it('serves an earlier revision rebuilt from the event log, and refuses one that does not exist', async () => {
    const { server } = await setup();
    const past = (await (await fetch(`${server.url}/api/runs/r1/document?revision=3`)).json()) as { revision: number; sections: { id: string; canon: string }[] };
    expect(past.revision).toBe(3);
    expect(past.sections.find((s) => s.id === 'terminal')!.canon).toBe('line 0\nline 1\nline 2\n');
    for (const bad of ['11', 'x', '-1']) {
      const response = await fetch(`${server.url}/api/runs/r1/document?revision=${bad}`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: 'revision must be a whole number from 0 to 10' });
    }
  });

  it('replays the events after Last-Event-ID, then streams live ones', async () => {
    const { server, writer } = await setup();
    const streamed = readStream(`${server.url}/api/runs/r1/events`, { 'last-event-id': '7' }, 500);
    await new Promise((done) => setTimeout(done, 100));
    await writer.submit(patch('r1', 'live', { kind: 'set-status', status: 'running' }));
    const text = await streamed;
    expect([...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]))).toEqual([8, 9, 10, 11]);
    expect(text).toMatch(/^retry: \d+$/m);
    expect(text).toMatch(/event: run\.status\ndata: \{"type":"run\.status","runId":"r1","revision":11/);
  });

  it('tells a client that is too far behind to resync instead of replaying a partial history', async () => {
    const { server } = await setup(3);
    expect(await readStream(`${server.url}/api/runs/r1/events?after=2`)).toMatch(/event: resync\ndata: \{"revision":10\}/);
    expect(await readStream(`${server.url}/api/runs/r1/events?after=99`)).toMatch(/event: resync/);
  });

  it('answers unknown runs and paths with 404 and refuses foreign Host headers', async () => {
    const { server } = await setup();
    expect((await fetch(`${server.url}/runs/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/runs/nope/document`)).status).toBe(404);
    expect((await fetch(`${server.url}/runs/..%2Fetc`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/runs/r1`, { method: 'POST' })).status).toBe(405);
    const port = new URL(server.url).port;
    const status = await new Promise<number>((resolve) => request({ host: '127.0.0.1', port, path: '/api/runs', headers: { host: `attacker.example:${port}` } }, (r) => resolve(r.statusCode!)).end());
    expect(status).toBe(421);
  });

  it('shows what a run wrote before a page was asked for, however long since the timer last read the store', async () => {
    const { dir: repo } = await createGitRepo({ 'workorders/a.yml': 'apiVersion: shopfloor/v1\nid: a\ntitle: A\ngoal: g\nkind: feature\nscope:\n  paths: ["src/a.js"]\nacceptance:\n  criteria: [x]\n' });
    const storeDir = join(repo, '.shopfloor', 'runs');
    const run = await openRunWriter({ storeDir, runId: 'run-a', objective: 'Land work order a: A' });
    onTestFinished(() => run.close());
    await run.submit(patch('run-a', 'a-1', { kind: 'set-status', status: 'running' }));
    // The timer never reads the store during the test: only the requests can.
    const server = await startWriterServer({ feed: createRunFeed(createFileRunStore(storeDir)), storeDir, pollMs: 3_600_000, roadmap: writerRoadmap(repo) });
    onTestFinished(() => server.close());
    const roadmapState = async () => /<g class="node" data-id="a" data-state="(\w+)"/.exec(await (await fetch(`${server.url}/roadmap`)).text())?.[1];
    expect(await roadmapState()).toBe('running');

    await run.submit(patch('run-a', 'a-2', { kind: 'set-status', status: 'completed' }));
    expect(await roadmapState()).toBe('done');
    expect(((await (await fetch(`${server.url}/api/runs`)).json()) as { status: string }[]).map((r) => r.status)).toEqual(['completed']);
    const late = await openRunWriter({ storeDir, runId: 'late', objective: 'Late run' });
    onTestFinished(() => late.close());
    expect((await fetch(`${server.url}/runs/late`)).status).toBe(200);
  });

  it('picks up a run created after it started', async () => {
    const { server, storeDir } = await setup();
    const late = await openRunWriter({ storeDir, runId: 'late', objective: 'Late run' });
    onTestFinished(() => late.close());
    await expect.poll(async () => (await fetch(`${server.url}/api/runs/late/document`)).status).toBe(200);
  });
});

describe('shopfloor serve', () => {
  it('rejects a bad port with a usage error', async () => {
    const result = await runShopfloor(['serve', '--port', 'eighty'], { cwd: await makeTempDir() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port "eighty" is not a port number; use 0-65535');
  });
});
