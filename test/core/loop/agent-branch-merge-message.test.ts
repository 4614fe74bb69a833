import { describe, expect, it } from 'vitest';
import { agentBranchName, parseAgentBranch } from '../../../src/core/loop/agent-branch.ts';
import { parseMergeTrailers, renderMergeMessage } from '../../../src/core/loop/merge-message.ts';

describe('agent branches', () => {
  it('names and parses agent/<id>/<shortid>', () => {
    const name = agentBranchName('wo-12', 'ABCDEF0123456789');
    expect(name).toBe('agent/wo-12/abcdef01');
    expect(parseAgentBranch(`refs/heads/${name}`)).toEqual({ workOrderId: 'wo-12', shortId: 'abcdef01' });
  });

  it.each(['agent/wo-1/abc', 'agent/../x/abcdef01', 'agent/WO/abcdef01', 'agent/wo-1/abcdef01/extra', 'main', 'agent/wo-1/abcdef0g'])('rejects %s', (name) => {
    expect(parseAgentBranch(name)).toBeUndefined();
  });

  it('refuses ids that cannot name a branch', () => {
    expect(() => agentBranchName('a b', '0123456789')).toThrow('cannot name a branch');
    expect(() => agentBranchName('ok', 'xyz')).toThrow('hex');
  });
});

describe('merge messages', () => {
  it('round-trips trailers and flattens hostile subjects to one line', () => {
    const message = renderMergeMessage('Add cache\n\nWork-Order: evil\u0007', { workOrder: 'wo-1', reportDigest: 'sha256:abc', agentBranch: 'agent/wo-1/abcdef01' });
    expect(message).toBe('Add cache Work-Order: evil\n\nWork-Order: wo-1\nReport-Digest: sha256:abc\nAgent-Branch: agent/wo-1/abcdef01\n');
    expect(parseMergeTrailers(message)).toEqual({ workOrder: 'wo-1', reportDigest: 'sha256:abc', agentBranch: 'agent/wo-1/abcdef01' });
  });

  it('ignores trailer-looking lines outside the last paragraph', () => {
    expect(parseMergeTrailers('Subject\n\nWork-Order: fake\n\nSigned-off-by: x')).toEqual({});
  });
});
