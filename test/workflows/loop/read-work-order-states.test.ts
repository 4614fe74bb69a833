import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/adapters/agents/sha256-hex.ts';
import { buildRoadmap } from '../../../src/core/roadmap/build-roadmap.ts';
import type { WorkOrder } from '../../../src/core/workorder/work-order-schema.ts';
import { writeAttemptNote } from '../../../src/workflows/loop/attempt-notes.ts';
import { readWorkOrderStates } from '../../../src/workflows/loop/read-work-order-states.ts';
import { createGitRepo } from '../../helpers/git-repo.ts';

const text = (id: string) => `apiVersion: shopfloor/v1\nid: ${id}\ntitle: ${id}\ngoal: g\nkind: feature\nscope:\n  paths: ["src/${id}.js"]\nacceptance:\n  criteria: [x]\n`;
const value = (id: string) => ({ apiVersion: 'shopfloor/v1', id, title: id, goal: 'g', kind: 'feature', scope: { paths: [`src/${id}.js`] }, acceptance: { criteria: ['x'] }, priority: 'normal' }) as WorkOrder;

describe('readWorkOrderStates: held attempts from the notes on agent branches', () => {
  it('holds a work order whose unchanged attempt was held, until an approval of that commit or an edit releases it', async () => {
    const { dir, git } = await createGitRepo({ 'workorders/a.yml': text('a'), 'workorders/b.yml': text('b') });
    await git.raw(dir, ['checkout', '-q', '-b', 'agent/a/0123abcd']);
    await writeFile(join(dir, 'a.txt'), 'attempt\n');
    await git.addAll(dir);
    const sha = await git.commit(dir, 'attempt at a');
    await git.raw(dir, ['checkout', '-q', 'main']);
    await writeAttemptNote(git, dir, sha, { workOrderHash: `sha256:${sha256Hex(text('a'))}`, attempt: 1, runId: 'r1', held: { runId: 'r1', at: '2026-12-05T00:00:00Z', reasons: ['gate "unit" failed'], codes: ['gate-failed'], approvals: 0 } });
    const workOrders = [{ value: value('a'), file: 'workorders/a.yml', text: text('a') }, { value: value('b'), file: 'workorders/b.yml', text: text('b') }];
    const noApprovals = async () => [];

    const states = await readWorkOrderStates(git, dir, 'main', workOrders, { hash: sha256Hex, policyText: '', approvalsFor: noApprovals });
    expect([...states.held.keys()]).toEqual(['a']);
    expect(states.held.get('a')).toMatchObject({ runId: 'r1', codes: ['gate-failed'], attempt: { branch: 'agent/a/0123abcd', sha } });
    const roadmap = buildRoadmap(workOrders.map((w) => w.value), { heldIds: new Set(states.held.keys()) });
    expect(roadmap.entries.find((e) => e.id === 'a')!.state).toBe('held');
    expect(roadmap.ready).toEqual(['b']);

    const approved = await readWorkOrderStates(git, dir, 'main', workOrders, { hash: sha256Hex, policyText: '', approvalsFor: async () => [{ sha, user: 'ann', permission: 'write' as const }] });
    expect(approved.held.size).toBe(0);
    const edited = await readWorkOrderStates(git, dir, 'main', [{ ...workOrders[0]!, text: `${text('a')}priority: high\n` }], { hash: sha256Hex, policyText: '', approvalsFor: noApprovals });
    expect(edited.held.size).toBe(0);
    const retried = await readWorkOrderStates(git, dir, 'main', workOrders, { hash: sha256Hex, policyText: '', approvalsFor: noApprovals, releasing: new Set(['a']) });
    expect(retried.held.size).toBe(0);
  });
});
