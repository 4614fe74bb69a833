import type { CheckRunCompletedEvent, IssueCommentCreatedEvent, IssueCommentDeletedEvent, IssueCommentEditedEvent, IssuesLabeledEvent, MergeGroupChecksRequestedEvent, PullRequestOpenedEvent, PullRequestReviewCommentCreatedEvent, PullRequestReviewSubmittedEvent, WorkflowRunCompletedEvent, WorkflowRunInProgressEvent, WorkflowRunRequestedEvent } from '@octokit/webhooks-types';
import { z } from 'zod';

/**
 * The one schema every handled webhook payload is read through at the edge: only the fields Shopfloor
 * reads, checked before any handler runs, so a payload of an older or newer shape is logged and ignored
 * instead of throwing inside a handler. Each schema accepts GitHub's typed payload
 * (`@octokit/webhooks-types`), checked at compile time below.
 */
const user = z.object({ login: z.string(), type: z.string().optional() }).nullable();
const app = z.object({ id: z.number() }).nullable().optional();
const repository = z.object({ full_name: z.string(), default_branch: z.string().optional() });
const issue = z.object({
  number: z.number(), title: z.string(), body: z.string().nullable().optional(), user, html_url: z.string().optional(),
  labels: z.array(z.union([z.string(), z.object({ name: z.string().optional() })])).optional(), performed_via_github_app: app,
  pull_request: z.object({}).passthrough().nullable().optional(),
});
const written = z.object({ id: z.number(), body: z.string().nullable().optional(), html_url: z.string(), user, performed_via_github_app: app });
const pullRef = z.object({ number: z.number(), head: z.object({ ref: z.string() }) });

export const webhookPayloads = {
  'issues.labeled': z.object({ label: z.object({ name: z.string() }).optional(), issue, repository }),
  'issue_comment.created': z.object({ comment: written, issue, repository }),
  'pull_request': z.object({ pull_request: z.object({ number: z.number(), head: z.object({ ref: z.string(), repo: z.object({ full_name: z.string() }).nullable() }) }), repository }),
  'pull_request_review_comment.created': z.object({ comment: written, pull_request: z.object({ number: z.number() }), repository }),
  'pull_request_review.submitted': z.object({ review: written, pull_request: z.object({ number: z.number() }), repository }),
  'check_run': z.object({ check_run: z.object({ id: z.number(), name: z.string(), head_sha: z.string(), app: app, pull_requests: z.array(pullRef), check_suite: z.object({ head_branch: z.string().nullable() }).nullable().optional() }), repository }),
  'workflow_run.completed': z.object({
    workflow_run: z.object({
      path: z.string().optional(), conclusion: z.string().nullable(), head_branch: z.string().nullable(), head_sha: z.string(), html_url: z.string(), event: z.string(),
      head_repository: z.object({ full_name: z.string() }).nullable().optional(), triggering_actor: user.optional(), pull_requests: z.array(pullRef),
    }),
    repository,
  }),
  'workflow_run.started': z.object({
    workflow_run: z.object({ path: z.string().optional(), display_title: z.string(), html_url: z.string() }),
    repository,
  }),
  'issue_comment.changed': z.object({
    comment: z.object({ id: z.number(), body: z.string().nullable().optional(), performed_via_github_app: app }),
    changes: z.object({ body: z.object({ from: z.string() }).optional() }).optional(),
    issue: z.object({ number: z.number(), pull_request: z.object({}).passthrough().nullable().optional() }).optional(),
    sender: z.object({ type: z.string() }), repository,
  }),
  'merge_group.checks_requested': z.object({ merge_group: z.object({ head_sha: z.string(), head_ref: z.string() }), repository: repository.optional() }),
} as const;

export type WebhookPayloadName = keyof typeof webhookPayloads;
export type WebhookPayload<N extends WebhookPayloadName> = z.infer<(typeof webhookPayloads)[N]>;

/** A payload read through its schema, or the first reason it does not fit (one line, no payload text). */
export function readWebhookPayload<N extends WebhookPayloadName>(name: N, payload: unknown): { readonly ok: true; readonly value: WebhookPayload<N> } | { readonly ok: false; readonly reason: string } {
  const parsed = webhookPayloads[name].safeParse(payload);
  if (parsed.success) return { ok: true, value: parsed.data as WebhookPayload<N> };
  const first = parsed.error.issues[0];
  return { ok: false, reason: `${first?.path.join('.') || '(root)'}: ${first?.message ?? 'does not fit'}`.replace(/\s+/g, ' ').slice(0, 200) };
}

/** The repository a payload is about and its default branch, when the payload names both. */
export function payloadDefaultBranch(payload: unknown): { readonly repo: string; readonly name: string } | undefined {
  const parsed = z.object({ repository: repository.required() }).safeParse(payload);
  return parsed.success ? { repo: parsed.data.repository.full_name, name: parsed.data.repository.default_branch } : undefined;
}

// GitHub's typed payloads fit these schemas (a compile-time check; nothing runs).
type Fits<Schema extends z.ZodType, Typed> = Typed extends z.input<Schema> ? true : never;
export const typedPayloadsFit: readonly true[] = [
  true satisfies Fits<(typeof webhookPayloads)['issues.labeled'], IssuesLabeledEvent>,
  true satisfies Fits<(typeof webhookPayloads)['issue_comment.created'], IssueCommentCreatedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['pull_request'], PullRequestOpenedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['pull_request_review_comment.created'], PullRequestReviewCommentCreatedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['pull_request_review.submitted'], PullRequestReviewSubmittedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['check_run'], CheckRunCompletedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['workflow_run.completed'], WorkflowRunCompletedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['workflow_run.started'], WorkflowRunRequestedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['workflow_run.started'], WorkflowRunInProgressEvent>,
  true satisfies Fits<(typeof webhookPayloads)['workflow_run.started'], WorkflowRunCompletedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['merge_group.checks_requested'], MergeGroupChecksRequestedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['issue_comment.changed'], IssueCommentEditedEvent>,
  true satisfies Fits<(typeof webhookPayloads)['issue_comment.changed'], IssueCommentDeletedEvent>,
];
