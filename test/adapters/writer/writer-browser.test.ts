import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createFileRunStore } from '../../../src/adapters/run-document/file-run-store.ts';
import { openRunWriter, type RunWriter } from '../../../src/adapters/run-document/run-writer.ts';
import { createRunFeed } from '../../../src/adapters/writer/run-feed.ts';
import { startWriterServer } from '../../../src/adapters/writer/writer-server.ts';
import type { RunDocument } from '../../../src/core/run-document/document-model.ts';
import type { PatchBody } from '../../../src/core/run-document/patch-types.ts';
import { diffProposal, splitLines } from '../../../src/core/run-document/proposal-diff.ts';
import { launchChromium, runBrowserTests } from '../../helpers/chromium.ts';
import { patch } from '../../helpers/run-document-fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { writerRoadmap } from '../../../src/entrypoints/cli/writer-roadmap.ts';
import { writerCommit } from '../../../src/entrypoints/cli/writer-commit.ts';
import { writerTrain } from '../../../src/entrypoints/cli/writer-train.ts';
import { encodeTrainRecord, trainStateRef } from '../../../src/core/github/train-record.ts';
import type { TrainState } from '../../../src/core/train/train-types.ts';

const script = join(import.meta.dirname, '../../../scripts/stream-agent-session.ts');

/** What the page must show for each section: rows of [kind, text], as the diff of canon and proposal. */
function expectedRows(document: RunDocument): Record<string, [string, string][]> {
  return Object.fromEntries(document.sections.map((s) => [s.id, s.proposal === undefined ? splitLines(s.canon).map((t): [string, string] => ['same', t]) : diffProposal(s.canon, s.proposal).map((l): [string, string] => [l.kind, l.text])]));
}

async function shownRows(page: Page): Promise<Record<string, [string, string][]>> {
  return page.evaluate(() =>
    Object.fromEntries(
      Array.from(document.querySelectorAll('section[data-section]')).map((section) => [
        (section as HTMLElement).dataset.section,
        Array.from(section.querySelectorAll('.body > *')).map((row) => [row.classList.contains('proposal-added') ? 'added' : row.classList.contains('proposal-removed') ? 'removed' : 'same', row.textContent ?? '']),
      ]),
    ),
  );
}

async function waitForRevision(page: Page, revision: number): Promise<void> {
  await page.waitForFunction((r) => document.getElementById('revision')?.textContent === String(r), revision, { timeout: 45_000 });
}

describe.skipIf(!runBrowserTests)('Writer in a real browser', () => {
  it('shows three concurrent runs live, each with exactly its own text, and recovers from dropped streams', async () => {
    const storeDir = await makeTempDir('shopfloor-writer-');
    const feed = createRunFeed(createFileRunStore(storeDir), { historySize: 20 });
    const server = await startWriterServer({ feed, storeDir, pollMs: 40, retryMs: 2_500 });
    onTestFinished(() => server.close());
    const context = await launchChromium();

    const writers: Record<string, RunWriter> = {};
    for (const runId of ['alpha', 'bravo']) writers[runId] = await openRunWriter({ storeDir, runId, objective: `Objective ${runId} <script>window.__pwned = 1</script>` });
    onTestFinished(async () => {
      await Promise.all(Object.values(writers).map((w) => w.close()));
    });
    const counters: Record<string, number> = { alpha: 0, bravo: 0 };
    const send = (runId: string, body: PatchBody) => writers[runId]!.submit(patch(runId, `${runId}-${counters[runId]!++}`, body));
    const say = (runId: string, section: 'terminal' | 'implementer', text: string, target: 'canon' | 'proposal' = 'canon') => send(runId, { kind: 'append-log-line', section, target, text });

    // The third run is written by another process, as an agent in another terminal would.
    const child = spawn(process.execPath, ['--import', 'tsx', script, '--store', storeDir, '--run-id', 'charlie', '--delay-ms', '30'], { stdio: 'ignore' });
    const childExit = new Promise((done) => child.on('exit', done));
    onTestFinished(async () => {
      child.kill('SIGKILL');
      await childExit;
    });
    await send('alpha', { kind: 'set-status', status: 'running' });
    await send('bravo', { kind: 'set-status', status: 'running' });
    await expect.poll(() => feed.document('charlie') !== undefined, { timeout: 30_000 }).toBe(true);

    const pages: Record<string, Page> = {};
    for (const runId of ['alpha', 'bravo', 'charlie']) {
      pages[runId] = await context.newPage();
      await pages[runId].goto(`${server.url}/runs/${runId}`);
    }
    await Promise.all(['alpha', 'bravo'].map((runId) => waitForRevision(pages[runId]!, 1)));

    for (let i = 0; i < 30; i++) {
      await Promise.all([
        say('alpha', 'terminal', `alpha output ${i} <img src=x onerror="window.__pwned=2">`),
        say('bravo', 'terminal', `bravo output ${i} ## User <!-- revision:9 -->`),
      ]);
    }
    await say('alpha', 'implementer', 'keep this line\ndrop this line\n');
    await say('alpha', 'implementer', 'a proposed line', 'proposal');
    await send('alpha', { kind: 'edit', section: 'implementer', target: 'proposal', ops: [{ op: 'retain', count: 15 }, { op: 'delete', count: 15 }] });
    await waitForRevision(pages.alpha!, writers.alpha!.document().revision);

    // Drop every stream; alpha moves further than the server's 20-event history (resync), bravo
    // only a little (replayed from Last-Event-ID). The browsers' reconnections are held until the server
    // has read every new event, so what each page gets back does not depend on how fast this machine is.
    let release = () => {};
    const released = new Promise<void>((done) => (release = done));
    for (const runId of ['alpha', 'bravo']) await pages[runId]!.route('**/events?*', async (route) => {
      await released;
      await route.continue();
    });
    expect(server.dropStreams()).toBeGreaterThanOrEqual(3);
    await Promise.all(Array.from({ length: 40 }, (_, i) => say('alpha', 'terminal', `alpha after drop ${i}`)));
    await Promise.all(Array.from({ length: 5 }, (_, i) => say('bravo', 'terminal', `bravo after drop ${i}`)));
    await send('bravo', { kind: 'set-status', status: 'blocked', detail: 'waiting for approval' });
    await expect.poll(() => ['alpha', 'bravo'].every((runId) => feed.document(runId)?.revision === writers[runId]!.document().revision), { timeout: 30_000 }).toBe(true);
    release();
    await childExit;

    const store = createFileRunStore(storeDir);
    for (const runId of ['alpha', 'bravo', 'charlie']) {
      const stored = (await store.readDocument(runId))!;
      const page = pages[runId]!;
      await waitForRevision(page, stored.revision);
      expect(await shownRows(page)).toEqual(expectedRows(stored));
      expect(await page.locator('#status').getAttribute('data-status')).toBe(stored.status);
      expect(await page.locator('#objective').textContent()).toBe(stored.objective);
      const text = await page.locator('#sections').innerText();
      for (const other of ['alpha', 'bravo', 'charlie'].filter((id) => id !== runId)) expect(text).not.toContain(`${other} output`);
      // A finished run (bravo blocked, charlie completed) is not "live".
      const connection = ['completed', 'failed', 'blocked'].includes(stored.status) ? 'finished' : 'live';
      await page.waitForFunction((want) => document.getElementById('connection')?.textContent === want, connection, { timeout: 30_000 });
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('#sections script, #sections img').count()).toBe(0);
    }
    expect(await pages.alpha!.evaluate(() => Number(document.body.dataset.resyncs))).toBeGreaterThanOrEqual(2);
    expect(await pages.bravo!.evaluate(() => Number(document.body.dataset.resyncs))).toBe(1);
    expect(await pages.charlie!.locator('#status').getAttribute('data-status')).toBe('completed');

    // Proposal styling: added lines gray, deletions gray and struck through, canon plain.
    const alpha = pages.alpha!;
    const style = (selector: string) => alpha.locator(selector).first().evaluate((el) => ({ color: getComputedStyle(el).color, decoration: getComputedStyle(el).textDecorationLine }));
    const added = await style('section[data-section="implementer"] .proposal-added');
    const removed = await style('section[data-section="implementer"] .proposal-removed');
    const canon = await style('section[data-section="implementer"] .body > span');
    expect(await alpha.locator('section[data-section="implementer"] .proposal-removed').textContent()).toBe('drop this line');
    expect(await alpha.locator('section[data-section="implementer"] .proposal-added').textContent()).toBe('a proposed line');
    expect(removed.decoration).toBe('line-through');
    expect(added.decoration).toBe('none');
    expect(added.color).toBe(removed.color);
    expect(canon.color).not.toBe(added.color);

    await alpha.screenshot({ path: '/tmp/shopfloor-writer-run.png', fullPage: true });
    await alpha.emulateMedia({ colorScheme: 'dark' });
    await alpha.screenshot({ path: '/tmp/shopfloor-writer-run-dark.png', fullPage: true });

    await pages.charlie!.screenshot({ path: '/tmp/shopfloor-writer-session.png', fullPage: true });

    const list = await context.newPage();
    await list.goto(server.url);
    for (const [runId, status] of [['alpha', 'running'], ['bravo', 'blocked'], ['charlie', 'completed']]) {
      await expect.poll(() => list.locator(`tr[data-run-id="${runId}"] .status`).textContent()).toBe(status);
    }
    expect(await list.locator('tr[data-run-id="alpha"] .objective').textContent()).toBe('Objective alpha <script>window.__pwned = 1</script>');
    await list.screenshot({ path: '/tmp/shopfloor-writer-list.png' });
    // Newest first, and the status filter works under the page's CSP (a GET form to the page itself).
    expect(await list.locator('#runs tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.runId))).toEqual(['charlie', 'bravo', 'alpha']);
    await list.locator('#status-filter').selectOption('blocked');
    await list.waitForURL(/\?status=blocked$/);
    await expect.poll(() => list.locator('#runs tr').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.runId))).toEqual(['bravo']);
  }, 180_000);

  it('a run that finishes while watched says so without a reload: sections never used, a proposal never accepted, not live', async () => {
    const storeDir = await makeTempDir('shopfloor-writer-end-');
    const feed = createRunFeed(createFileRunStore(storeDir));
    const server = await startWriterServer({ feed, storeDir, pollMs: 40, showCommit: async (sha) => (sha === 'abcdef1234567890' ? { commit: 'commit abcdef1234567890\n src/a.js | 1 +' } : undefined) });
    onTestFinished(() => server.close());
    const writer = await openRunWriter({ storeDir, runId: 'end', objective: 'Land work order end: Finish' });
    onTestFinished(() => writer.close());
    let n = 0;
    const send = (body: PatchBody) => writer.submit(patch('end', `end-${n++}`, body));
    await send({ kind: 'set-status', status: 'running' });
    await send({ kind: 'mark-section-state', section: 'implementer', state: 'active' });
    await send({ kind: 'append-log-line', section: 'implementer', target: 'canon', text: 'working' });
    await send({ kind: 'append-log-line', section: 'verifier', target: 'proposal', text: 'a proposal nobody took' });
    const context = await launchChromium();
    const page = await context.newPage();
    await page.goto(`${server.url}/runs/end`);
    await waitForRevision(page, writer.document().revision);
    await page.waitForFunction(() => document.getElementById('connection')?.textContent === 'live', undefined, { timeout: 10_000 });
    const stateOf = (id: string) => page.locator(`section[data-section="${id}"] .state`).textContent();
    expect(await stateOf('architect')).toBe('pending');
    expect(await stateOf('verifier')).toBe('pending · has a proposal');
    await expect.poll(() => stateOf('implementer')).toMatch(/^active · since \d\d:\d\d:\d\d UTC$/);

    await send({ kind: 'append-log-line', section: 'conductor', target: 'canon', text: 'merged as abcdef1234567890 <b>not html</b>' });
    await send({ kind: 'mark-section-state', section: 'implementer', state: 'done' });
    await send({ kind: 'set-status', status: 'completed', detail: 'merged' });
    await waitForRevision(page, writer.document().revision);
    await expect.poll(() => page.locator('#connection').textContent()).toBe('finished');
    expect(await stateOf('architect')).toBe('not used in this run');
    await expect.poll(() => stateOf('implementer')).toMatch(/^done · \d+\.\d s$/);
    await expect.poll(() => page.locator('#times').textContent()).toMatch(/^started \d\d:\d\d:\d\d UTC, ended \d\d:\d\d:\d\d UTC \(\d+\.\d s\)$/);
    expect(await stateOf('verifier')).toBe('not finished · proposal never accepted');
    expect(await page.locator('#status').getAttribute('data-status')).toBe('completed');
    await page.screenshot({ path: '/tmp/shopfloor-writer-finished.png', fullPage: true });
    // A commit id in the text is a link to its commit page; the rest stays text.
    const link = page.locator('section[data-section="conductor"] a.commit');
    expect(await link.getAttribute('href')).toBe('/commits/abcdef1234567890');
    expect(await page.locator('section[data-section="conductor"] .body').innerText()).toBe('merged as abcdef1234567890 <b>not html</b>');
    const commitPage = await context.newPage();
    await commitPage.goto(`${server.url}/commits/abcdef1234567890`);
    expect(await commitPage.locator('pre.commit').innerText()).toContain('src/a.js | 1 +');

    // The history slider shows an earlier revision whole (rebuilt from the event log), then the latest again.
    await page.locator('#revision-slider').fill('3');
    await expect.poll(() => page.locator('#viewing').textContent()).toBe(`showing revision 3 of ${writer.document().revision}`);
    expect(await stateOf('implementer')).toBe('active');
    expect(await page.locator('section[data-section="implementer"] .body').innerText()).toBe('working');
    expect(await page.locator('section[data-section="verifier"] .body').innerText()).toBe('');
    await page.screenshot({ path: '/tmp/shopfloor-writer-revision.png', fullPage: true });
    await page.locator('#back-live').click();
    await expect.poll(() => stateOf('verifier')).toBe('not finished · proposal never accepted');
    expect(await page.locator('#back-live').isHidden()).toBe(true);
  }, 60_000);

  it('draws the roadmap as an SVG DAG whose states follow the runs live, each box a link to its newest run', async () => {
    const repo = await makeTempDir('shopfloor-writer-roadmap-');
    await runShopfloor(['new', 'a', '--title', 'A', '--scope', 'src/a/**'], { cwd: repo });
    await runShopfloor(['new', 'b', '--title', 'B', '--scope', 'src/b/**', '--depends-on', 'a'], { cwd: repo });
    await runShopfloor(['new', 'c', '--title', 'C <x>', '--scope', 'src/c/**', '--depends-on', 'a', 'b'], { cwd: repo });
    const storeDir = join(repo, '.shopfloor', 'runs');
    const a = await openRunWriter({ storeDir, runId: 'run-a', objective: 'Land work order a: A' });
    await a.submit(patch('run-a', 'a-1', { kind: 'set-status', status: 'completed' }));
    await a.close();
    const b = await openRunWriter({ storeDir, runId: 'run-b', objective: 'Land work order b: B' });
    onTestFinished(() => b.close());
    await b.submit(patch('run-b', 'b-1', { kind: 'set-status', status: 'running' }));
    const server = await startWriterServer({ feed: createRunFeed(createFileRunStore(storeDir)), storeDir, pollMs: 40, roadmap: writerRoadmap(repo) });
    onTestFinished(() => server.close());
    const context = await launchChromium();
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) blocked.push(message.text()); });
    await page.goto(`${server.url}/roadmap`);
    const states = () => page.locator('svg.roadmap g.node').evaluateAll((nodes) => Object.fromEntries(nodes.map((n) => [(n as SVGElement).dataset.id, (n as SVGElement).dataset.state])));
    expect(await states()).toEqual({ a: 'done', b: 'running', c: 'waiting' });
    expect(await page.locator('svg.roadmap line.edge').count()).toBe(3);
    expect(await page.locator('svg.roadmap a:has(g[data-id="a"])').getAttribute('href')).toBe('/runs/run-a');
    expect(await page.locator('svg.roadmap g[data-id="c"] title').textContent()).toBe('c: C <x> (waiting)');

    await b.submit(patch('run-b', 'b-2', { kind: 'set-status', status: 'completed' }));
    await expect.poll(states, { timeout: 15_000 }).toEqual({ a: 'done', b: 'done', c: 'ready' });
    expect(blocked).toEqual([]);
    await page.screenshot({ path: '/tmp/shopfloor-writer-roadmap.png', fullPage: true });
  }, 60_000);

  it("shows a work order's place in the merge train the repository holds, with the staging commit linked", async () => {
    const repo = await makeTempDir('shopfloor-writer-train-');
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();
    git('init', '-q', '-b', 'main');
    git('commit', '-q', '--allow-empty', '-m', 'main');
    const main = git('rev-parse', 'HEAD');
    git('commit', '-q', '--allow-empty', '-m', 'staging car 1');
    const staging = git('rev-parse', 'HEAD');
    git('reset', '-q', '--hard', main);
    const state: TrainState = {
      version: 1, main, nextCar: 2,
      queue: [
        { key: 'pr#11', workOrderId: 'first', priority: 'normal', dependsOn: [], enqueuedAt: 1, headSha: 'e'.repeat(40) },
        { key: 'pr#12', workOrderId: 'second', priority: 'normal', dependsOn: [], enqueuedAt: 2, headSha: 'f'.repeat(40) },
      ],
      cars: [{ id: 1, members: ['pr#11', 'pr#12'], status: 'verifying', base: main, sha: staging, attempt: 1 }],
      evictions: [{ key: 'pr#13', workOrderId: 'third', headSha: 'd'.repeat(40), reason: 'broke-build', evidence: { car: 1, base: main, sha: staging, failingGates: ['unit'], attempts: 2, detail: 'report failed <img src=x onerror="window.__pwned=3"> https://github.com/o/r/runs/77' }, requeue: 're-run the shopfloor/merge check' }],
    };
    const tree = git('rev-parse', 'HEAD^{tree}');
    const record = execFileSync('git', ['-C', repo, 'commit-tree', tree, '-F', '-'], { input: encodeTrainRecord(state, 'test'), encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } }).trim();
    git('update-ref', trainStateRef('main'), record);
    const storeDir = join(repo, '.shopfloor', 'runs');
    for (const [runId, workOrder] of [['run-second', 'second'], ['run-third', 'third']] as const) {
      const writer = await openRunWriter({ storeDir, runId, objective: `Land work order ${workOrder}: ${workOrder}` });
      await writer.submit(patch(runId, `${runId}-1`, { kind: 'set-status', status: 'waiting', detail: 'in the merge train' }));
      await writer.close();
    }
    const server = await startWriterServer({ feed: createRunFeed(createFileRunStore(storeDir)), storeDir, pollMs: 40, showCommit: writerCommit(repo, process.env), train: writerTrain(repo, process.env) });
    onTestFinished(() => server.close());
    const context = await launchChromium();
    const page = await context.newPage();
    await page.goto(`${server.url}/runs/run-second`);
    await expect.poll(() => page.locator('#train').innerText(), { timeout: 30_000 }).toContain('position 2 of 2');
    expect(await page.locator('#train').innerText()).toContain(`Rides in car 1 (the only car, on main) with #11: staging commit ${staging} (on ${main}) is being verified.`);
    expect(await page.locator(`#train a[href="/commits/${staging}"]`).count()).toBe(1);
    await page.screenshot({ path: '/tmp/shopfloor-writer-train.png', fullPage: true });
    await page.locator(`#train a[href="/commits/${staging}"]`).click();
    await page.waitForURL(new RegExp(`/commits/${staging}$`));
    expect(await page.locator('pre.commit').innerText()).toContain('staging car 1');

    await page.goto(`${server.url}/runs/run-third`);
    await expect.poll(() => page.locator('#train').innerText(), { timeout: 30_000 }).toContain('Evicted from the merge train (car 1)');
    expect(await page.locator('#train').innerText()).toContain('report failed <img src=x onerror="window.__pwned=3">');
    expect(await page.locator('#train a[href="https://github.com/o/r/runs/77"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#train img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.screenshot({ path: '/tmp/shopfloor-writer-train-evicted.png', fullPage: true });
  }, 60_000);
});
