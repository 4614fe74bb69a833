import { describe, expect, it, onTestFinished } from 'vitest';
import { createFileRunStore } from '../../../src/adapters/run-document/file-run-store.ts';
import { openRunWriter } from '../../../src/adapters/run-document/run-writer.ts';
import { createRunFeed, type FeedMessage } from '../../../src/adapters/writer/run-feed.ts';
import { patch } from '../../helpers/run-document-fixtures.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('the run feed', () => {
  it('reads the store once more however many ask while it reads, and what that read returns includes every write made before they asked', async () => {
    const storeDir = await makeTempDir('shopfloor-run-feed-');
    const writer = await openRunWriter({ storeDir, runId: 'r1', objective: 'A run' });
    onTestFinished(() => writer.close());
    const store = createFileRunStore(storeDir);
    let reads = 0;
    const feed = createRunFeed({ ...store, listRunIds: () => (reads++, store.listRunIds()) });
    await feed.poll();
    const told: FeedMessage[] = [];
    feed.subscribe('r1', (message) => told.push(message));

    // The timer's read may still be under way when the run has written and four pages ask at once.
    const timer = feed.poll();
    for (let i = 0; i < 5; i++) await writer.submit(patch('r1', `p${i}`, { kind: 'append-log-line', section: 'terminal', target: 'canon', text: `line ${i}` }));
    await writer.submit(patch('r1', 'end', { kind: 'set-status', status: 'completed' }));
    await Promise.all([timer, feed.poll(), feed.poll(), feed.poll(), feed.poll()]);
    expect(reads).toBe(3);
    expect(feed.list().map((run) => run.status)).toEqual(['completed']);
    expect(told.map((message) => (message.kind === 'event' ? message.event.revision : `resync ${message.revision}`))).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
