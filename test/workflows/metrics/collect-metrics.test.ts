import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createNodeRepoFiles } from '../../../src/adapters/files/node-repo-files.ts';
import { collectMetrics } from '../../../src/workflows/metrics/collect-metrics.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';

const at = (iso: string) => ({ GIT_AUTHOR_DATE: iso, GIT_COMMITTER_DATE: iso });
const gitIn = (dir: string, args: readonly string[], env: Record<string, string> = {}) => execFileSync('git', args, { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' }).trim();

/** Commits `file` on a new branch off main with `message` and `dates`, then merges it `--no-ff` into main at `mergedAt`. */
async function mergeBranch(dir: string, branch: string, file: string, message: string, dates: Record<string, string>, mergeMessage: string, mergedAt: string) {
  gitIn(dir, ['checkout', '-q', '-b', branch, 'main']);
  await writeFiles(dir, { [file]: `${branch}\n` });
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '-m', message], dates);
  gitIn(dir, ['checkout', '-q', 'main']);
  gitIn(dir, ['merge', '-q', '--no-ff', '-m', mergeMessage, branch], at(mergedAt));
}

const request = (dir: string) => ({ repoDir: dir, rev: 'main', sinceMs: Date.parse('2026-01-01T00:00:00Z'), nowMs: Date.parse('2026-12-31T00:00:00Z'), testGlobs: ['test/**'] });

describe('collectMetrics on a real repository', () => {
  it('measures work order lead time from the attempt start on the agent commit, not from its author time', async () => {
    const { dir, git } = await createGitRepo();
    gitIn(dir, ['branch', '-M', 'main']);
    // The agent's commit is made one second before the merge; its attempt started 70 s before it.
    await mergeBranch(dir, 'agent/wo-1/abcd1234', 'a.txt', 'wo-1: add a\n\ndid it\n\nShopfloor-Work-Order: wo-1\nShopfloor-Started: 2026-06-01T10:00:00.000Z\nShopfloor-Terminal: finished', at('2026-06-01T10:01:09Z'), 'Merge wo-1: add a\n\nWork-Order: wo-1', '2026-06-01T10:01:10Z');
    // A patch applied with `git am` keeps its author's time from years ago: that is no start of this work order.
    await mergeBranch(dir, 'patch/wo-2', 'b.txt', 'add b', { GIT_AUTHOR_DATE: '2019-03-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-06-02T09:00:00Z' }, 'Merge wo-2: add b\n\nWork-Order: wo-2', '2026-06-02T09:00:05Z');
    const { metrics } = await collectMetrics(request(dir), { git, files: createNodeRepoFiles(dir) });
    expect(metrics.leadTimes.map((l) => [l.workOrder, l.ms / 1000])).toEqual([['wo-1', 70]]);
    expect(metrics.leadTimeP50Ms).toBe(70_000);
  });

  it('counts merge success per work order by its first decision, reading held, failed and older merged records', async () => {
    const { dir, git } = await createGitRepo();
    const lines = [
      { type: 'merge-attempt', at: '2026-06-01T10:00:00Z', workOrder: 'wo-1', result: 'merged' },
      { type: 'merge-attempt', at: '2026-06-01T11:00:00Z', workOrder: 'wo-2', result: 'held', reasons: ['approval-missing'] },
      { type: 'merge-attempt', at: '2026-06-01T12:00:00Z', workOrder: 'wo-2', result: 'merged' },
      { type: 'merge-attempt', at: '2026-06-01T13:00:00Z', workOrder: 'wo-3', result: 'held', reasons: ['dangerous-change'] },
      { type: 'merge-attempt', at: '2026-06-01T14:00:00Z', workOrder: 'wo-4', result: 'failed', reasons: ['gate-failed'] },
    ];
    await writeFiles(dir, { '.shopfloor/records/loop.jsonl': `${lines.map((line) => JSON.stringify(line)).join('\n')}\n` });
    const { metrics, skippedRecords } = await collectMetrics(request(dir), { git, files: createNodeRepoFiles(dir) });
    expect(skippedRecords).toBe(0);
    expect(metrics.mergeSuccess).toEqual({ count: 1, of: 4, rate: 0.25, held: 2, failed: 1, attempts: { merged: 2, held: 2, failed: 1 } });
  });
});
