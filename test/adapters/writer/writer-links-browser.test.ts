import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createFileRunStore } from '../../../src/adapters/run-document/file-run-store.ts';
import { runStoreDir } from '../../../src/adapters/run-document/run-store-layout.ts';
import { createRunFeed } from '../../../src/adapters/writer/run-feed.ts';
import { startWriterServer } from '../../../src/adapters/writer/writer-server.ts';
import { writerCommit } from '../../../src/entrypoints/cli/writer-commit.ts';
import { writerMetrics } from '../../../src/entrypoints/cli/writer-metrics.ts';
import { writerObjects } from '../../../src/entrypoints/cli/writer-objects.ts';
import { writerRoadmap } from '../../../src/entrypoints/cli/writer-roadmap.ts';
import { launchChromium, runBrowserTests } from '../../helpers/chromium.ts';
import { runShopfloor } from '../../helpers/run-cli.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

const shots = '/tmp/shopfloor-writer-crawl';

/**
 * The whole demo (runs, merges, a canary revert, its bisect and bug work order), then every page of its
 * Writer crawled in Chromium: each same-origin link on each page must answer 200 and render under the
 * page's Content-Security-Policy.
 */
describe.skipIf(!runBrowserTests)('every link in the Writer resolves', () => {
  it('crawls the demo repository\'s Writer: runs, commits, reports with signature status, logs, work orders, branches, patches', async () => {
    const dir = join(await makeTempDir('shopfloor-writer-crawl-'), 'demo');
    const demo = await runShopfloor(['demo', '--dir', dir], { cwd: dir.replace(/\/demo$/, ''), env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });
    expect(demo.code, demo.stderr).toBe(0);
    const env = { PATH: process.env.PATH ?? '' };
    const storeDir = runStoreDir(dir);
    const server = await startWriterServer({ feed: createRunFeed(createFileRunStore(storeDir)), storeDir, roadmap: writerRoadmap(dir), metrics: writerMetrics(dir, env), showCommit: writerCommit(dir, env), objects: writerObjects(dir, env) });
    onTestFinished(() => server.close());
    const context = await launchChromium();
    const blocked: string[] = [];
    await mkdir(shots, { recursive: true });

    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const kinds = new Map<string, number>();
    const enqueue = (href: string, on: string) => {
      const url = new URL(href, `${server.url}${on}`);
      if (url.origin !== server.url) {
        expect(url.protocol, `${href} on ${on}`).toBe('https:');
        return;
      }
      const next = url.pathname + url.search; // a fragment is the same page
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    };
    // Every page answers 200; the first few of each kind are rendered in the browser (under the CSP, links
    // read from the live DOM), the rest are read as the server sends them: pages other than a run's are
    // rendered on the server, so their links are all in the HTML.
    const rendered = 6;
    const fetchVisit = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, `GET ${path}`).toBe(200);
      const body = await response.text();
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return;
      for (const match of body.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) enqueue(match[1]!.replaceAll('&amp;', '&'), path);
    };
    const visit = async (page: Page, path: string) => {
      const kind = path.split('/')[1] || 'list';
      if (kind !== 'runs' && (kinds.get(kind) ?? 0) >= rendered) return await fetchVisit(path);
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), `GET ${path}`).toBe(200);
      if (!(response?.headers()['content-type'] ?? '').startsWith('text/html')) return;
      if (path.startsWith('/runs/')) {
        // A run page fills itself in: wait until its document and its objects are there.
        await page.waitForFunction(() => document.body.dataset.objects === 'loaded' && document.getElementById('connection')?.textContent === 'finished', undefined, { timeout: 60_000 });
      }
      expect(await page.locator('h1').first().innerText(), `heading of ${path}`).not.toBe('');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (kinds.get(kind) === 1) await page.screenshot({ path: join(shots, `${kind}.png`), fullPage: true });
      // HTML and SVG anchors alike (the roadmap's boxes are SVG links).
      const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => new URL(a.getAttribute('href')!, location.href).href));
      for (const href of hrefs) enqueue(href, path);
    };
    // Three tabs take pages off one queue; the crawl ends when the queue is empty and no tab is busy.
    let busy = 0;
    const tab = async () => {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
      });
      for (;;) {
        const path = queue.shift();
        if (path === undefined) {
          if (busy === 0) return;
          await new Promise((done) => setTimeout(done, 20));
          continue;
        }
        busy++;
        try {
          await visit(page, path);
        } finally {
          busy--;
        }
      }
    };
    await Promise.all([tab(), tab(), tab()]);
    const page = await context.newPage();
    expect(blocked).toEqual([]);
    expect(seen.size).toBeGreaterThan(50);
    // What a reader of the demo must be able to reach, each by a link from some page.
    const reached = [...seen];
    for (const pattern of [/^\/runs\//, /^\/commits\/[0-9a-f]+$/, /^\/workorders\/slug-speedup$/, /^\/workorders\/fix-[0-9a-f]{12}$/, /^\/branches\/agent\//, /^\/patches\/[a-z0-9-]+$/, /^\/patches\/[a-z0-9-]+\/.+\.patch$/, /^\/artifacts\/[0-9a-f]{64}$/, /^\/roadmap$/, /^\/metrics$/]) {
      expect(reached.some((path) => pattern.test(path)), `a link to ${pattern}`).toBe(true);
    }
    // The slug-speedup run links its report, its gate logs, the revert's report, and the bug work order.
    const slug = reached.find((path) => /^\/runs\/.*-slug-speedup-/.test(path))!;
    await page.goto(`${server.url}${slug}`);
    await page.waitForFunction(() => document.body.dataset.objects === 'loaded', undefined, { timeout: 60_000 });
    const labels = await page.locator('#objects a').allInnerTexts();
    expect(labels).toEqual(expect.arrayContaining(['work order slug-speedup', 'report (attempt 1)', 'report (revert, merged)', 'unit.log (attempt 1)', 'bisect plan']));
    expect(labels.some((label) => /^work order fix-[0-9a-f]{12}$/.test(label))).toBe(true);
    expect(labels.some((label) => label.startsWith('branch agent/slug-speedup/'))).toBe(true);
    expect(await page.locator('section[data-section="conductor"] a[href^="/artifacts/"]').count()).toBeGreaterThanOrEqual(2);
    // The bisect plan: the range, every probe with its result, the culprit.
    await page.locator('#objects a', { hasText: 'bisect plan' }).click();
    await page.waitForURL(/\/artifacts\/[0-9a-f]{64}$/);
    expect(JSON.parse(await page.locator('pre.object').innerText())).toMatchObject({ plan: { kind: 'found' }, probes: expect.any(Array) });
    await page.screenshot({ path: join(shots, 'bisect.png'), fullPage: true });
    await page.goBack();
    await page.waitForFunction(() => document.body.dataset.objects === 'loaded', undefined, { timeout: 60_000 });
    await page.locator('#objects a', { hasText: 'report (attempt 1)' }).click();
    await page.waitForURL(/\/artifacts\/[0-9a-f]{64}$/);
    expect(await page.locator('[data-signature]').getAttribute('data-signature')).toBe('valid');
    await page.screenshot({ path: join(shots, 'report.png'), fullPage: true });
    await page.locator('tr[data-gate="unit"] a').click();
    await page.waitForURL(/\/artifacts\/[0-9a-f]{64}$/);
    expect(await page.locator('pre.object').innerText()).toContain('slugify');
    await page.screenshot({ path: join(shots, 'log.png'), fullPage: true });
    // A path that tries to leave its directory is not served.
    for (const bad of ['/patches/..%2F..%2Fkeys', '/patches/slug-speedup/..%2F..%2Fkeys%2Fx.patch', '/artifacts/..%2F..%2Fkeys', '/workorders/..%2Fx', '/branches/main']) {
      expect((await fetch(`${server.url}${bad}`)).status, bad).toBe(404);
    }
  }, 900_000);
});
