import { describe, expect, it } from 'vitest';
import { renderHoldCheck, renderMergingCheck, renderRefusedCheck } from '../../../src/core/github/render-merge-check.ts';
import type { HoldReason } from '../../../src/core/merge/merge-decision.ts';

const head = 'abcdef0123456789abcdef0123456789abcdef01';
const noReport: HoldReason = { code: 'no-report', message: 'no verification report for abcdef0', releaseBy: 'run the gates (`shopfloor verify --sign`)' };
const danger: HoldReason = { code: 'dangerous-change', message: 'dangerous change: touches .github/workflows/ci.yml', releaseBy: 'an admin approves abcdef0 (`/shopfloor approve`); not the requester or the agent' };

describe('renderHoldCheck', () => {
  it.each([
    ['only the report is missing: in progress, nothing for a human to do', [noReport], [], { status: 'in_progress', title: 'Waiting for the signed gates report', lines: 1 }],
    ['a dangerous change: action required, with how to release it', [danger], [], { status: 'completed', conclusion: 'action_required', title: 'Held: 1 thing missing', lines: 1 }],
    ['a rejected report and no report: both listed', [noReport], [{ message: 'a report was rejected: bad signature', fix: 'sign again' }], { status: 'completed', conclusion: 'action_required', title: 'Held: 2 things missing', lines: 2 }],
  ] as const)('%s', (_name, reasons, problems, expected) => {
    const state = renderHoldCheck(head, reasons, problems, 'https://github.com/o/r/pull/1');
    expect(state.status).toBe(expected.status);
    expect(state.conclusion).toBe('conclusion' in expected ? expected.conclusion : undefined);
    expect(state.output.title).toBe(expected.title);
    const listed = state.output.summary.split('\n').filter((line) => line.startsWith('- '));
    expect(listed).toHaveLength(expected.lines);
    for (const reason of reasons) expect(state.output.summary).toContain(`- ${reason.message}. To release: ${reason.releaseBy}.`);
    for (const problem of problems) expect(state.output.summary).toContain(`- ${problem.message}. To fix: ${problem.fix}.`);
  });
});

describe('renderMergingCheck and renderRefusedCheck', () => {
  it('say what was proven and what GitHub refused', () => {
    expect(renderMergingCheck(head, `sha256:${'1'.repeat(64)}`, true)).toMatchObject({ conclusion: 'success', output: { title: 'Every requirement met: entering the merge queue' } });
    expect(renderRefusedCheck(head, 'merge conflict', 'u').output.summary).toContain('GitHub refused: merge conflict');
  });
});
