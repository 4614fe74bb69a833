import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import examples from '@octokit/webhooks-examples';
import { examplePayload, installationId, type Payload } from './github-payloads.ts';

const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: InstanceType<typeof Ajv>) => void;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(JSON.parse(readFileSync(new URL('../fixtures/github/webhooks-subset.json', import.meta.url), 'utf8')), 'webhooks-subset');

export type PullAction = 'opened' | 'reopened' | 'synchronize' | 'ready_for_review';

/**
 * A `pull_request.<action>` delivery for an agent PR in the example's repository. The recorded
 * `synchronize` example predates fields GitHub now sends (`has_discussions`), so every action starts
 * from the current `opened` example and is validated against its own action's schema.
 */
export function pullRequestPayload(action: PullAction, pull: { readonly number: number; readonly ref: string; readonly sha: string; readonly before?: string; readonly draft?: boolean }): Payload {
  const payload = examplePayload('pull_request.opened');
  payload.action = action;
  payload.number = pull.number;
  Object.assign(payload.pull_request, { number: pull.number, draft: pull.draft ?? false });
  payload.pull_request.head.ref = pull.ref;
  payload.pull_request.head.sha = pull.sha;
  // GitHub sends `has_discussions` on every repository object today; the recorded example predates it.
  for (const side of [payload.pull_request.head, payload.pull_request.base]) side.repo.has_discussions ??= false;
  if (action === 'synchronize') Object.assign(payload, { before: pull.before ?? '0'.repeat(40), after: pull.sha });
  const validate = ajv.getSchema(`webhooks-subset#/components/schemas/webhook-pull-request-${action.replace(/_/g, '-')}`)!;
  if (!validate(payload)) throw new Error(`pull_request.${action} payload does not match @octokit/openapi-webhooks: ${ajv.errorsText(validate.errors, { dataVar: 'payload' })}`);
  return payload;
}

/** A `check_run.completed` delivery for the `shopfloor/gates` check on an agent PR's head. */
export function gatesCheckPayload(pull: { readonly number: number; readonly ref: string; readonly sha: string }, appId: number): Payload {
  return examplePayload('check_run.completed', (p) => {
    p.check_run.name = 'shopfloor/gates';
    p.check_run.head_sha = pull.sha;
    p.check_run.app.id = appId;
    p.check_run.check_suite.head_branch = pull.ref;
    p.check_run.check_suite.head_sha = pull.sha;
    const [first] = p.check_run.pull_requests;
    p.check_run.pull_requests = [{ ...first, number: pull.number, head: { ...first.head, ref: pull.ref, sha: pull.sha } }];
  });
}

/** A `workflow_run.completed` delivery for a workflow that ran on an agent branch (the payload lists no PR, as for many runs). */
export function workflowRunPayload(ref: string, sha: string): Payload {
  return examplePayload('workflow_run.completed', (p) => {
    p.workflow_run.head_branch = ref;
    p.workflow_run.head_sha = sha;
    p.workflow_run.pull_requests = [];
    // The recorded example is from another repository; the rest of a test's events are about Codertocat/Hello-World.
    Object.assign(p.repository, { name: 'Hello-World', full_name: 'Codertocat/Hello-World' });
    p.repository.owner.login = 'Codertocat';
  });
}

/**
 * A `merge_group.checks_requested` delivery for the queue entry of PR `pullNumber` at `prHead`. The
 * recorded example's repository has a homepage the current schema rejects, so the repository object
 * comes from the (valid) `check_run` example, which is also Codertocat/Hello-World like every other event.
 */
export function mergeGroupPayload(pullNumber: number, prHead: string, groupSha: string): Payload {
  const group = (examples as unknown as { name: string; examples: Payload[] }[]).find((entry) => entry.name === 'merge_group')!.examples.find((entry) => entry.action === 'checks_requested')!;
  const payload = structuredClone(group);
  payload.installation ??= { id: installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==' };
  payload.repository = examplePayload('check_run.completed').repository;
  payload.merge_group.head_ref = `refs/heads/gh-readonly-queue/main/pr-${pullNumber}-${prHead}`;
  payload.merge_group.head_sha = groupSha;
  const validate = ajv.getSchema('webhooks-subset#/components/schemas/webhook-merge-group-checks-requested')!;
  if (!validate(payload)) throw new Error(`merge_group.checks_requested payload does not match @octokit/openapi-webhooks: ${ajv.errorsText(validate.errors, { dataVar: 'payload' })}`);
  return payload;
}
