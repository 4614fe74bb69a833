import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createContentAddressedStore } from '../../../src/adapters/artifacts/content-addressed-store.ts';
import { createFileRunStore } from '../../../src/adapters/run-document/file-run-store.ts';
import { openRunWriter } from '../../../src/adapters/run-document/run-writer.ts';
import { objectSizeCap } from '../../../src/adapters/writer/read-repo-objects.ts';
import { createRunFeed } from '../../../src/adapters/writer/run-feed.ts';
import { startWriterServer } from '../../../src/adapters/writer/writer-server.ts';
import { writerCommit } from '../../../src/entrypoints/cli/writer-commit.ts';
import { writerObjects } from '../../../src/entrypoints/cli/writer-objects.ts';
import { sampleReport } from '../../core/report/report-fixture.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';
import { patch } from '../../helpers/run-document-fixtures.ts';

/** A repository with a work order, exported patches (one a symlink out, one huge), and an artifact store. */
async function setup() {
  const { dir, head } = await createGitRepo({ 'workorders/wo-a.yml': 'id: wo-a\ntitle: "<script>alert(1)</script>"\n' });
  const patches = join(dir, '.shopfloor', 'patches', 'wo-a');
  await mkdir(patches, { recursive: true });
  await writeFile(join(patches, '0001-wo-a.patch'), `From ${head}\nSubject: <b>change</b>\n`);
  await writeFile(join(patches, '0002-huge.patch'), 'x'.repeat(objectSizeCap + 10_000));
  await writeFile(join(dir, 'secret.txt'), 'top secret');
  await symlink(join(dir, 'secret.txt'), join(patches, '0003-link.patch'));
  const store = createContentAddressedStore(join(dir, '.shopfloor', 'artifacts'));
  const refused = await store.put('diff --git a/.github/shopfloor.yml b/.github/shopfloor.yml\n+retries: 0\n');
  const report = await store.put(JSON.stringify(sampleReport()));
  const storeDir = join(dir, '.shopfloor', 'runs');
  const writer = await openRunWriter({ storeDir, runId: 'run-a', objective: 'Land work order wo-a: A' });
  await writer.submit(patch('run-a', 'a1', { kind: 'append-log-line', section: 'conductor', target: 'canon', text: `the agent also changed .github/shopfloor.yml; that part was kept as ${store.pathOf(refused)}; report ${report.slice(0, 19)}… on ${head.slice(0, 12)}, PR https://github.com/o/r/pull/4` }));
  await writer.close();
  const env = { PATH: process.env.PATH ?? '' };
  const server = await startWriterServer({ feed: createRunFeed(createFileRunStore(storeDir)), storeDir, showCommit: writerCommit(dir, env), objects: writerObjects(dir, env) });
  onTestFinished(() => server.close());
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`);
    return { status: response.status, text: await response.text(), csp: response.headers.get('content-security-policy') };
  };
  return { get, refused: refused.slice(7), report: report.slice(7), head };
}

describe('the Writer\'s object pages', () => {
  it('links what a run names, including the refused part of an agent\'s change, and lists it', async () => {
    const { get, refused, report, head } = await setup();
    const objects = JSON.parse((await get('/api/runs/run-a/objects')).text) as { links: Record<string, string>; objects: { label: string; href: string }[] };
    expect(Object.values(objects.links)).toEqual(expect.arrayContaining([`/artifacts/${refused}`, `/artifacts/${report}`, `/commits/${head.slice(0, 12)}`, 'https://github.com/o/r/pull/4']));
    expect(objects.objects).toEqual(expect.arrayContaining([
      { kind: 'work-order', label: 'work order wo-a', href: '/workorders/wo-a' },
      { kind: 'patches', label: 'patches of wo-a', href: '/patches/wo-a' },
      { kind: 'log', label: 'kept patch (refused changes)', href: `/artifacts/${refused}` },
      { kind: 'github', label: 'GitHub pull request', href: 'https://github.com/o/r/pull/4' },
    ]));
    const kept = await get(`/artifacts/${refused}`);
    expect(kept.status).toBe(200);
    expect(kept.text).toContain('+retries: 0');
  });

  it('renders a report with its signature status: an unsigned one says so', async () => {
    const { get, report } = await setup();
    const page = await get(`/artifacts/${report}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('data-signature="invalid"');
    expect(page.text).toMatch(/unsigned/);
    expect(page.text).toContain('<table class="gates">');
  });

  it('escapes what it shows, caps its size, follows no symlink and no path out of its directories', async () => {
    const { get } = await setup();
    const workOrder = await get('/workorders/wo-a');
    expect(workOrder.status).toBe(200);
    expect(workOrder.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(workOrder.text).not.toContain('<script>alert');
    expect(workOrder.csp).toContain("default-src 'none'");
    expect((await get('/patches/wo-a')).text).not.toContain('0003-link.patch"');
    const huge = await get('/patches/wo-a/0002-huge.patch');
    expect(huge.status).toBe(200);
    expect(huge.text).toContain('the rest is cut');
    expect(huge.text.length).toBeLessThan(objectSizeCap + 5_000);
    for (const path of ['/patches/wo-a/0003-link.patch', '/patches/wo-a/..%2F..%2F..%2Fsecret.txt', '/patches/..%2F..%2F', '/workorders/..%2Fsecret', '/branches/main', '/branches/agent/x/..%2F..%2Fmain', '/artifacts/..%2F..%2Fsecret.txt', `/artifacts/${'0'.repeat(64)}`, '/workorders/nope']) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      expect(page.text, path).not.toContain('top secret');
    }
  });
});
