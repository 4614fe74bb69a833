import { describe, expect, it } from 'vitest';
import { createCheckRunSink } from '../../../src/adapters/run-document/check-run-sink.ts';
import { createCommentSink } from '../../../src/adapters/run-document/comment-sink.ts';
import { createRunDocument } from '../../../src/core/run-document/document-model.ts';
import type { PatchBody } from '../../../src/core/run-document/patch-types.ts';
import { renderRunComment } from '../../../src/core/run-document/render-comment.ts';
import { createRunLedger } from '../../../src/core/run-document/run-ledger.ts';
import type { RunDocumentSink } from '../../../src/ports/run-document-sink.ts';
import { createFakeClock } from '../../helpers/fake-clock.ts';
import { createFakeForge } from '../../helpers/fake-forge.ts';
import { patch } from '../../helpers/run-document-fixtures.ts';

const target = { repo: 'acme/app', issueNumber: 7 };

function setup(options: { intervalMs?: number; objective?: string } = {}) {
  const clock = createFakeClock(1_000_000);
  const forge = createFakeForge(() => clock.now());
  const errors: unknown[] = [];
  const sink = createCommentSink({ forge, target, clock, fullLogUrl: 'https://ci.example/run/1/log', onError: (e) => errors.push(e), ...(options.intervalMs ? { intervalMs: options.intervalMs } : {}) });
  const ledger = createRunLedger(createRunDocument('run-1', options.objective ?? 'Add a --json flag'));
  let n = 0;
  const send = async (body: PatchBody, into: RunDocumentSink = sink) => {
    const outcome = ledger.submit(patch('run-1', `p${n++}`, body), 't');
    if (outcome.kind === 'applied') await into.publish(outcome.event, outcome.document);
  };
  const start = () => sink.publish({ type: 'run.started', runId: 'run-1', revision: 0, objective: 'x', at: 't' }, ledger.document());
  const writeTimes = () => forge.calls.filter((c) => c.kind === 'update-comment').map((c) => c.at);
  return { clock, forge, sink, ledger, send, start, writeTimes, errors };
}

const line = (text: string): PatchBody => ({ kind: 'append-log-line', section: 'terminal', target: 'canon', text });

describe('comment sink', () => {
  it('creates the comment at run start, before any patch', async () => {
    const { forge, start, clock } = setup();
    await start();
    await clock.advance(0);
    expect(forge.calls.map((c) => c.kind)).toEqual(['list-comments', 'create-comment']);
    expect([...forge.comments.values()][0]!.body).toMatch(/^<!-- shopfloor:run-document run=run-1 -->\n### ⏳ Initializing: Add a --json flag/);
  });

  it('edits at most once per 2 s at 500 patches per second, and the final flush lands', async () => {
    const { forge, sink, send, start, clock, writeTimes, ledger } = setup();
    await start();
    for (let i = 0; i < 5_000; i++) {
      await send(line(`output line ${i}`));
      await clock.advance(2); // 500 patches per second
    }
    await sink.flush();
    const edits = forge.calls.filter((c) => c.kind === 'update-comment').length;
    expect(edits).toBeLessThanOrEqual(10 / 2 + 1);
    expect(edits).toBeGreaterThanOrEqual(4);
    const times = writeTimes();
    // Every edit but the final flush keeps 2 s from the one before.
    for (let i = 1; i < times.length - 1; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(2_000);
    expect([...forge.comments.values()][0]!.body).toBe(renderRunComment(ledger.document(), { fullLogUrl: 'https://ci.example/run/1/log' }));
  });

  it('honours a configured interval', async () => {
    const { forge, sink, send, start, clock } = setup({ intervalMs: 500 });
    await start();
    for (let i = 0; i < 1_000; i++) {
      await send(line(`line ${i}`));
      await clock.advance(2);
    }
    await sink.flush();
    expect(forge.calls.filter((c) => c.kind === 'update-comment').length).toBeLessThanOrEqual(2_000 / 500 + 1);
  });

  it('writes nothing when the rendered text is unchanged', async () => {
    const { forge, sink, start, clock, ledger } = setup();
    await start();
    await clock.advance(5_000);
    const before = forge.calls.length;
    await sink.publish({ type: 'run.progress', runId: 'run-1', revision: 0, note: 'turn 2', at: 't' }, ledger.document());
    await clock.advance(5_000);
    await sink.flush();
    expect(forge.calls.length).toBe(before);
  });

  it('lands the final flush at once, even inside the interval', async () => {
    const { forge, sink, send, start, clock } = setup();
    await start();
    await clock.advance(100);
    await send({ kind: 'set-status', status: 'completed' });
    await sink.flush();
    expect([...forge.comments.values()][0]!.body).toMatch(/✅ Completed/);
  });

  it('keeps the body under GitHub\'s limit by cutting the oldest Terminal lines, never the canon', async () => {
    const { forge, sink, send, start } = setup();
    await start();
    await send({ kind: 'append-log-line', section: 'conductor', target: 'canon', text: 'PLAN: keep this canon whole' });
    for (let i = 0; i < 3_000; i++) await send(line(`${String(i).padStart(5, '0')} ${'x'.repeat(60)}`));
    await sink.flush();
    const body = [...forge.comments.values()][0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('PLAN: keep this canon whole');
    expect(body).toContain('02999 ');
    expect(body).not.toContain('\n00000 ');
    expect(body).toMatch(/_\d[\d,]* earlier lines left out to fit GitHub's size limit; \[full log\]\(https:\/\/ci\.example\/run\/1\/log\)\._/);
  });

  it('edits the same comment again after a restart instead of creating a second one', async () => {
    const first = setup();
    await first.start();
    await first.sink.flush();
    const again = createCommentSink({ forge: first.forge, target, clock: first.clock });
    const outcome = first.ledger.submit(patch('run-1', 'after-restart', line('resumed')), 't');
    if (outcome.kind === 'applied') await again.publish(outcome.event, outcome.document);
    await again.flush();
    expect(first.forge.comments.size).toBe(1);
    expect([...first.forge.comments.values()][0]!.body).toContain('resumed');
  });

  it('survives a failed edit and retries with the latest text', async () => {
    const { forge, sink, send, start, clock, errors } = setup();
    await start();
    await clock.advance(3_000);
    forge.failNext = 1;
    await send(line('first'));
    await clock.advance(0);
    expect(errors).toHaveLength(1);
    await send(line('second'));
    await sink.flush();
    expect([...forge.comments.values()][0]!.body).toMatch(/first\nsecond/);
  });

  it('keeps hostile objective text from forming mentions, links or HTML', async () => {
    const { forge, start, sink } = setup({ objective: '@admins <img src=x> [click](http://evil) `code`' });
    await start();
    await sink.flush();
    const heading = [...forge.comments.values()][0]!.body.split('\n')[1]!;
    expect(heading).toBe('### ⏳ Initializing: @\u2060admins \\<img src=x\\> \\[click\\](http://evil) \\`code\\`');
  });
});

describe('check-run sink', () => {
  it('mirrors the document into a coalesced check run and concludes it', async () => {
    const { forge, clock, ledger } = setup();
    const sink = createCheckRunSink({ forge, repo: 'acme/app', headSha: 'abc123', name: 'shopfloor / implement', clock });
    let n = 0;
    const send = async (body: PatchBody) => {
      const outcome = ledger.submit(patch('run-1', `c${n++}`, body), 't');
      if (outcome.kind === 'applied') await sink.publish(outcome.event, outcome.document);
    };
    await send({ kind: 'set-status', status: 'running' });
    for (let i = 0; i < 200; i++) {
      await send(line(`line ${i}`));
      await clock.advance(10);
    }
    await send({ kind: 'set-status', status: 'failed', detail: 'gate unit failed' });
    await sink.flush();
    const run = [...forge.checkRuns.values()][0]!;
    expect(forge.calls.filter((c) => c.kind === 'update-check').length).toBeLessThanOrEqual(2);
    expect(run).toMatchObject({ name: 'shopfloor / implement', headSha: 'abc123', status: 'completed', conclusion: 'failure' });
    expect(run.output.title).toBe('failed · revision 202: Add a --json flag');
    expect(run.output.summary).toContain('line 199');
  });
});
