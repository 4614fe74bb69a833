import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockGitHubApi, type GitHubApiMock } from '../helpers/github-api.ts';
import { createTestProbot, testAppId } from '../helpers/github-app.ts';
import { createGitHubFake } from '../helpers/github-fake.ts';
import { examplePayload, type Payload } from '../helpers/github-payloads.ts';

let api: GitHubApiMock;
beforeEach(() => {
  api = mockGitHubApi();
});
afterEach(() => api.done());

const branch = 'agent/issue-1/abcdef12';
const headA = 'c'.repeat(40);
const headB = 'd'.repeat(40);
let deliveries = 0;

/** A comment on PR #1 (or on issue #1 with `onIssue`), by `login` as a User unless `edit` says otherwise. */
function comment(body: string, login: string, edit: (p: Payload) => void = () => {}, onIssue = false): Payload {
  return examplePayload('issue_comment.created', (p) => {
    p.comment.body = body;
    p.comment.user.login = login;
    p.comment.performed_via_github_app = null;
    p.comment.id = 5000 + deliveries;
    if (!onIssue) p.issue.pull_request = { url: 'https://api.github.com/repos/Codertocat/Hello-World/pulls/1', html_url: 'https://github.com/Codertocat/Hello-World/pull/1', diff_url: 'https://github.com/x.diff', patch_url: 'https://github.com/x.patch', merged_at: null };
    p.issue.body = 'Agent work for #1\n<!-- shopfloor:requester=octocat -->';
    edit(p);
  });
}

async function setup(changed?: readonly string[]) {
  const { probot } = await createTestProbot();
  const fake = createGitHubFake(api, { appId: testAppId });
  fake.addPull(1, branch, headA, changed);
  fake.permissions.set('mona', 'write').set('octocat', 'admin').set('reader', 'read').set('boss', 'admin');
  const send = (payload: Payload) => probot.receive({ id: `delivery-${++deliveries}`, name: 'issue_comment', payload } as never);
  const replies = () => fake.comments.map((c) => c.body);
  return { fake, send, replies };
}

describe('PR comment commands', () => {
  it('a write user approves: the reply binds the approval to the head SHA, and a push voids it', async () => {
    const { fake, send, replies } = await setup();
    await send(comment('/shopfloor approve', 'mona'));
    expect(replies()).toHaveLength(1);
    expect(replies()[0]).toContain(`Approved by @mona (write) for head \`${headA.slice(0, 7)}\``);
    expect(replies()[0]).toContain(`<!-- shopfloor:approval user=mona sha=${headA} permission=write -->`);
    await send(comment('/shopfloor status', 'mona'));
    expect(replies()[1]).toContain('approved by @mona');
    fake.refs.set(branch, headB);
    await send(comment('/shopfloor status', 'mona'));
    expect(replies()[2]).toContain(`Head \`${headB.slice(0, 7)}\`: no approvals for this head`);
  });

  it.each([
    ['a read user', 'reader', '/shopfloor approve', 'has read permission'],
    ['the requester', 'octocat', '/shopfloor approve', 'requested this work and cannot approve it'],
    ['a user the permission API does not know (fails closed)', 'ghost', '/shopfloor retry', 'has none permission'],
  ])('%s is refused with the reason', async (_who, login, body, reason) => {
    const { fake, send, replies } = await setup();
    await send(comment(body, login));
    expect(replies()).toHaveLength(1);
    expect(replies()[0]).toContain(`Not done: `);
    expect(replies()[0]).toContain(reason);
    expect(fake.dispatches).toEqual([]);
  });

  it('a dangerous change needs an admin to approve', async () => {
    const { send, replies } = await setup(['.github/workflows/ci.yml']);
    await send(comment('/shopfloor approve', 'mona'));
    expect(replies()[0]).toContain('needs admin permission');
    await send(comment('/shopfloor approve', 'boss'));
    expect(replies()[1]).toContain('including its dangerous changes');
  });

  it('the permission API failing is a refusal, not an approval', async () => {
    const { fake, send, replies } = await setup();
    // Retried first (one 5xx must not refuse a command that is answered once), then refused.
    for (let i = 0; i < 4; i++) fake.fail('GET', /\/collaborators\/mona\/permission$/, 500);
    await send(comment('/shopfloor approve', 'mona'));
    expect(replies()[0]).toContain('has none permission');
  });

  it('ignores our own comments and bots that are not allowlisted, without an API call', async () => {
    const { send } = await setup();
    const before = api.calls.length;
    await send(comment('/shopfloor approve', 'shopfloor[bot]', (p) => {
      p.comment.user.type = 'Bot';
      p.comment.performed_via_github_app = { ...p.repository.owner, id: testAppId, slug: 'shopfloor', name: 'Shopfloor', owner: p.repository.owner, description: '', external_url: 'https://x.test', html_url: 'https://github.com/apps/shopfloor', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', permissions: {}, events: [] };
    }));
    await send(comment('/shopfloor approve', 'evil[bot]', (p) => {
      p.comment.user.type = 'Bot';
    }));
    expect(api.calls.length).toBe(before);
  });

  it('ignores commands in quotes, fences and HTML comments', async () => {
    const { send, replies } = await setup();
    await send(comment('> /shopfloor approve\n```\n/shopfloor approve\n```\n<!--\n/shopfloor approve\n-->', 'mona', (p) => {
      p.issue.pull_request = null;
      delete p.issue.pull_request;
    }, true));
    expect(replies()).toEqual([]);
  });

  it('retry dispatches the implement workflow again for the agent branch; unknown commands get the list', async () => {
    const { fake, send, replies } = await setup();
    await send(comment('/shopfloor retry\n/shopfloor merge-now', 'mona'));
    expect(fake.dispatches).toMatchObject([{ ref: 'main', inputs: { work_order: 'issue-1', branch, retry: 'true' } }]);
    expect(replies().join('\n')).toMatch(/Unknown command `merge-now`. Shopfloor understands: `approve`/);
    expect(replies().join('\n')).toContain('Dispatched shopfloor-implement.yml again');
  });

  it('accept-drop records the decision for the head it was given on', async () => {
    const { fake, send, replies } = await setup();
    await send(comment('/shopfloor accept-drop', 'mona'));
    expect(replies()[0]).toContain('Recorded: @mona accepts dropping what the agent changed outside the work order\'s scope');
    expect(replies()[0]).toMatch(/<!-- shopfloor:accept-drop user=mona sha=[0-9a-f]{40} -->/);
    expect(fake.dispatches).toEqual([]);
  });
});

describe('/shopfloor run on an issue', () => {
  it('works like the label, and a read user cannot start it', async () => {
    const { fake, send, replies } = await setup();
    await send(comment('/shopfloor run', 'reader', () => {}, true));
    expect(fake.dispatches).toEqual([]);
    expect(replies()[0]).toContain('has read permission');
    await send(comment('/shopfloor run', 'mona', (p) => {
      p.issue.body = 'Fix the typo in README.md';
    }, true));
    expect(fake.dispatches).toHaveLength(1);
    expect(replies().some((body) => body.startsWith('<!-- shopfloor:run-document run=issue-1-'))).toBe(true);
    expect(replies().some((body) => body.includes('Started run `issue-1-'))).toBe(true);
  });
});
