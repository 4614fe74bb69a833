import { describe, expect, it } from 'vitest';
import { approvalsForHead, readApprovals, renderApprovalRecord } from '../../../src/core/github/approval-record.ts';
import { authorizeCommand, type CommandContext } from '../../../src/core/github/authorize-command.ts';

const base: CommandContext = { command: 'approve', actor: { login: 'mona', type: 'User' }, permission: 'write', ownAppId: 42, allowedBotAppIds: [7], requester: 'octocat', agentActor: 'shopfloor[bot]' };

describe('authorizeCommand', () => {
  it.each<[string, Partial<CommandContext>, string | true, boolean?]>([
    ['write user approves', {}, true],
    ['maintainer retries', { command: 'retry', permission: 'maintain' }, true],
    ['read user', { command: 'retry', permission: 'read' }, 'has read permission'],
    ['triage user', { permission: 'triage' }, 'needs write or above'],
    ['permission API failed', { permission: 'none' }, 'has none permission'],
    ['requester approves own work', { actor: { login: 'OctoCat', type: 'User' } }, 'requested this work and cannot approve it'],
    ['agent approves', { actor: { login: 'shopfloor[bot]', type: 'User' } }, 'agent cannot approve its own work'],
    ['dangerous change, write user', { dangerous: true }, 'needs admin permission'],
    ['dangerous change, admin', { dangerous: true, permission: 'admin' }, true],
    ['requester may still hold', { command: 'hold', actor: { login: 'octocat', type: 'User' } }, true],
    ['our own App', { actor: { login: 'shopfloor[bot]', type: 'Bot', appId: 42 } }, 'written by Shopfloor itself', true],
    ['unknown bot whose login looks trusted', { actor: { login: 'dependabot[bot]', type: 'Bot', appId: 999 } }, 'not allowlisted by App id', true],
    ['bot without an App id', { actor: { login: 'evil[bot]', type: 'Bot' } }, 'not allowlisted', true],
    ['allowlisted bot with write', { command: 'retry', actor: { login: 'ci[bot]', type: 'Bot', appId: 7 } }, true],
  ])('%s', (_name, override, expected, silent = false) => {
    const verdict = authorizeCommand({ ...base, ...override });
    if (expected === true) return expect(verdict).toEqual({ allowed: true });
    expect(verdict).toMatchObject({ allowed: false, silent });
    expect((verdict as { reason: string }).reason).toContain(expected);
  });
});

describe('approval records', () => {
  const a = 'a'.repeat(40);
  const b = 'b'.repeat(40);
  it('reads approvals only from our own App comments and keeps only those for the current head', () => {
    const record = renderApprovalRecord({ user: 'mona', sha: a, permission: 'write' });
    const comments = [
      { body: `Approved.\n${record}`, appId: 42 },
      { body: renderApprovalRecord({ user: 'eve', sha: b, permission: 'admin' }), appId: undefined },
      { body: renderApprovalRecord({ user: 'hubot', sha: b, permission: 'admin' }), appId: 7 },
    ];
    const approvals = readApprovals(comments, 42);
    expect(approvals).toEqual([{ user: 'mona', sha: a, permission: 'write' }]);
    expect(approvalsForHead(approvals, a)).toHaveLength(1);
    expect(approvalsForHead(approvals, b)).toEqual([]);
  });
});
