import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listLiveRuns } from '../../../src/adapters/run-document/list-live-runs.ts';
import { loopRunId, workOrderOfLoopRun } from '../../../src/core/loop/loop-run-id.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

describe('runs in progress, for the roadmap', () => {
  it('counts a run whose writer lock names a live process, not one a killed run left', async () => {
    const store = await makeTempDir('shopfloor-runs-');
    const live = loopRunId(Date.UTC(2026, 11, 5, 6, 0, 0), 'add-cache', 'abc123');
    const dead = loopRunId(Date.UTC(2026, 11, 5, 6, 1, 0), 'old-one', 'def456');
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    for (const [runId, pid] of [[live, process.pid], [dead, gone]] as const) {
      await mkdir(join(store, runId), { recursive: true });
      await writeFile(join(store, runId, 'writer.lock'), `${pid}\n`);
    }
    await mkdir(join(store, 'finished-run'));
    expect(await listLiveRuns(store)).toEqual([live]);
    expect(live).toBe('20261205T060000Z-add-cache-abc123');
    expect(workOrderOfLoopRun(live)).toBe('add-cache');
    expect(workOrderOfLoopRun('cli')).toBeUndefined();
    expect(await listLiveRuns(join(store, 'missing'))).toEqual([]);
  });
});
