import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/adapters/agents/sha256-hex.ts';
import { writeAttemptNote } from '../../../src/workflows/loop/attempt-notes.ts';
import { writerRoadmap } from '../../../src/entrypoints/cli/writer-roadmap.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';

const text = (id: string) => `apiVersion: shopfloor/v1\nid: ${id}\ntitle: ${id}\ngoal: g\nkind: feature\nscope:\n  paths: ["src/${id}.js"]\nacceptance:\n  criteria: [x]\n`;

describe("the Writer's roadmap", () => {
  it('shows a held work order released as soon as `shopfloor approve` records the approval, though no ref moved', async () => {
    const { dir, git } = await createGitRepo({ 'workorders/a.yml': text('a') });
    await git.raw(dir, ['checkout', '-q', '-b', 'agent/a/0123abcd']);
    await writeFile(join(dir, 'a.txt'), 'attempt\n');
    await git.addAll(dir);
    const sha = await git.commit(dir, 'attempt at a');
    await git.raw(dir, ['checkout', '-q', 'main']);
    await writeAttemptNote(git, dir, sha, { workOrderHash: `sha256:${sha256Hex(text('a'))}`, attempt: 1, runId: 'r1', held: { runId: 'r1', at: '2026-12-05T00:00:00Z', reasons: ['gate "unit" failed'], codes: ['gate-failed'], approvals: 0 } });
    const roadmap = writerRoadmap(dir);
    const state = async () => (await roadmap([])).entries.find((entry) => entry.id === 'a')?.state;
    expect(await state()).toBe('held');

    // What `shopfloor approve a --sha <sha>` appends: a local file, no ref.
    await mkdir(join(dir, '.shopfloor'), { recursive: true });
    await writeFile(join(dir, '.shopfloor', 'approvals.jsonl'), `${JSON.stringify({ workOrder: 'a', sha, user: 'ann', permission: 'write', at: '2026-12-05T00:01:00Z' })}\n`);
    expect(await state()).toBe('ready');
  });
});
