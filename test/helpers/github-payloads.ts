import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import examples from '@octokit/webhooks-examples';

/**
 * Webhook payloads from `@octokit/webhooks-examples` (GitHub's own recorded deliveries), given an
 * `installation` (most examples lack one and Probot needs it), changed by `edit`, then validated against
 * the `@octokit/openapi-webhooks` schema subset in `test/fixtures/github/webhooks-subset.json`, so a test
 * cannot drift into a payload GitHub would never send.
 */
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: InstanceType<typeof Ajv>) => void;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(JSON.parse(readFileSync(new URL('../fixtures/github/webhooks-subset.json', import.meta.url), 'utf8')), 'webhooks-subset');

const schemaFor = { 'issues.labeled': 'webhook-issues-labeled', 'issues.opened': 'webhook-issues-opened', 'issue_comment.created': 'webhook-issue-comment-created',
  'pull_request.opened': 'webhook-pull-request-opened', 'pull_request.reopened': 'webhook-pull-request-reopened',
  'pull_request.ready_for_review': 'webhook-pull-request-ready-for-review', 'check_run.completed': 'webhook-check-run-completed', 'workflow_run.completed': 'webhook-workflow-run-completed',
  'pull_request_review_comment.created': 'webhook-pull-request-review-comment-created', 'pull_request_review.submitted': 'webhook-pull-request-review-submitted',
  'check_run.created': 'webhook-check-run-created', 'check_run.rerequested': 'webhook-check-run-rerequested',
  'issue_comment.edited': 'webhook-issue-comment-edited', 'issue_comment.deleted': 'webhook-issue-comment-deleted' } as const;
export type ExampleEvent = keyof typeof schemaFor;

export const installationId = 2;

/** Actions whose recorded examples all predate the current schema, and the sibling action to borrow from. */
const borrowFrom: Partial<Record<ExampleEvent, string>> = { 'check_run.rerequested': 'completed' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Payload = any;

export function examplePayload(event: ExampleEvent, edit: (payload: Payload) => void = () => {}): Payload {
  const [name, action] = event.split('.') as [string, string];
  const group = (examples as unknown as { name: string; examples: Payload[] }[]).find((entry) => entry.name === name)!;
  const validate = ajv.getSchema(`webhooks-subset#/components/schemas/${schemaFor[event]}`)!;
  const withInstallation = (example: Payload) => {
    const copy = structuredClone(example);
    copy.installation ??= { id: installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==' };
    // The fakes model a repository whose default branch is `main`; some recordings say `master`, and the
    // App takes the default branch from the payload, as GitHub would send it for that repository.
    if (copy.repository?.default_branch) copy.repository.default_branch = 'main';
    // The pull_request_review_comment examples were recorded before GitHub added `has_discussions` to repositories.
    for (const side of ['base', 'head'] as const) if (copy.pull_request?.[side]?.repo) copy.pull_request[side].repo.has_discussions ??= false;
    return copy;
  };
  // Some older recorded examples predate fields the current schema requires; take the first current one.
  // An action whose every recording is old borrows a current recording of a sibling action (same object),
  // renamed; it must still pass this action's own schema below.
  const borrowed = borrowFrom[event];
  const candidates = [...group.examples.filter((entry) => entry.action === action), ...group.examples.filter((entry) => entry.action === borrowed).map((entry) => ({ ...entry, action }))];
  const example = candidates.map(withInstallation).find((entry) => validate(entry));
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${event} example that matches the current schema`);
  const payload = example;
  edit(payload);
  if (!validate(payload)) throw new Error(`${event} payload does not match @octokit/openapi-webhooks: ${ajv.errorsText(validate.errors, { dataVar: 'payload' })}`);
  return payload;
}
