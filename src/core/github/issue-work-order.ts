import type { z } from 'zod';
import { sanitizeUntrustedText } from '../agents/sanitize-untrusted-text.ts';
import { priorities, riskLevels, workOrderApiVersion, workOrderKinds, workOrderSchema, type WorkOrder } from '../workorder/work-order-schema.ts';
import { sanitizeTitle, workOrderIdForIssue } from './issue-names.ts';
import { readIssueForm, type WorkOrderFormField } from './work-order-form.ts';
import { readProvenanceMarker } from './work-order-provenance-marker.ts';

export interface IssueFacts {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly author: string;
  readonly labels: readonly string[];
  readonly url?: string;
  /** The App the issue was opened through (`performed_via_github_app.id`); absent for a person's issue. */
  readonly authorAppId?: number;
}

export type IssueWorkOrder =
  | { readonly ok: true; readonly value: WorkOrder; readonly removedHidden: number; readonly fromForm: boolean }
  | { readonly ok: false; readonly errors: readonly string[] };

/** A plain labelled issue names no scope; it gets everything but the control plane, which the merge policy guards anyway. */
export const plainIssueScope = { paths: ['**'], forbidden: ['.github/**'] } as const;

/**
 * The WorkOrder an issue asks for: from the issue form's sections when present, else from a plain
 * issue (title, body as the goal, kind from a `bug` label). All issue text is untrusted: hidden text is
 * stripped before it becomes a field, and the result is validated with `workOrderSchema`. Errors are
 * sentences meant for a reply on the issue. An issue opened through `ownAppId` (this App's bug work
 * order issue) also keeps the `repro` and `provenance.revertOf` of its hidden provenance marker, read
 * from the raw body before sanitizing; the same marker in anyone else's issue is ignored.
 */
export function issueToWorkOrder(issue: IssueFacts, sha256: (text: string) => string, ownAppId?: number): IssueWorkOrder {
  let removedHidden = 0;
  const clean = (text: string) => {
    const sanitized = sanitizeUntrustedText(text, sha256);
    removedHidden += sanitized.removed.reduce((sum, entry) => sum + entry.count, 0);
    return sanitized.text.trim();
  };
  const form = readIssueForm(issue.body);
  const field = (id: WorkOrderFormField) => (form?.[id] !== undefined ? clean(form[id]) : undefined);
  const lines = (id: WorkOrderFormField) => (field(id) ?? '').split('\n').map((line) => line.replace(/^\s*[-*]\s+/, '').trim()).filter(Boolean);
  const bug = issue.labels.some((label) => label.toLowerCase() === 'bug');
  const carried = ownAppId !== undefined && issue.authorAppId === ownAppId ? readProvenanceMarker(issue.body) : undefined;
  const repro = carried?.repro && { run: clean(carried.repro.run), ...(carried.repro.notes ? { notes: clean(carried.repro.notes) } : {}) };
  const candidate = {
    apiVersion: workOrderApiVersion,
    id: workOrderIdForIssue(issue.number),
    title: sanitizeTitle(issue.title, sha256),
    goal: form ? field('goal') : clean(issue.body) || sanitizeTitle(issue.title, sha256),
    kind: form ? pick(field('kind'), workOrderKinds) ?? field('kind') : bug ? 'bugfix' : 'feature',
    scope: form ? { paths: lines('scope'), ...(lines('forbidden').length ? { forbidden: lines('forbidden') } : {}) } : { paths: [...plainIssueScope.paths], forbidden: [...plainIssueScope.forbidden] },
    acceptance: form ? acceptance(lines('commands'), lines('criteria')) : { criteria: [`What issue #${issue.number} asks for is done, as its requester describes it.`] },
    ...(form && lines('dependencies').length ? { dependencies: lines('dependencies').flatMap((entry) => entry.split(/[\s,]+/)).filter(Boolean) } : {}),
    ...(form && field('risk') ? { risk: pick(field('risk'), riskLevels) ?? field('risk') } : {}),
    ...(form && field('priority') ? { priority: pick(field('priority'), priorities) ?? field('priority') } : {}),
    ...(form && field('rollback') ? { rollback: field('rollback') } : {}),
    ...(repro ? { repro } : {}),
    provenance: { issue: issue.number, requester: issue.author, ...(carried ? { source: 'canary' as const, revertOf: carried.revertOf } : { source: 'issue' as const }) },
  };
  const parsed = workOrderSchema.safeParse(candidate);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issueError) => describe(issueError, form !== undefined)) };
  return { ok: true, value: parsed.data, removedHidden, fromForm: form !== undefined };
}

/** `name: command` per line; a line without a name gets `check-<n>`. */
function acceptance(commands: readonly string[], criteria: readonly string[]) {
  const parsed = commands.map((line, index) => {
    const named = /^([a-z0-9][a-z0-9._-]*):\s+(.+)$/.exec(line);
    return named ? { name: named[1]!, run: named[2]! } : { name: `check-${index + 1}`, run: line };
  });
  return { ...(parsed.length ? { commands: parsed } : {}), ...(criteria.length ? { criteria: [...criteria] } : {}) };
}

function pick<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  const word = value?.toLowerCase().split(/\s/)[0];
  return allowed.find((entry) => entry === word);
}

const fieldLabels: Record<string, string> = { goal: 'Goal', kind: 'Kind', scope: 'Scope', acceptance: 'Acceptance commands', dependencies: 'Dependencies', risk: 'Risk', priority: 'Priority', rollback: 'Rollback plan' };

function describe(issue: z.core.$ZodIssue, fromForm: boolean): string {
  const top = String(issue.path[0] ?? '');
  const where = fieldLabels[top] ? `the "${fieldLabels[top]}" field` : top || 'the work order';
  const fix = fromForm ? 'edit the issue and fix that field, then remove and re-add the `shopfloor` label' : 'open the issue with the "Work order" form instead, or fix the issue text and re-add the `shopfloor` label';
  return `${where}${issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : ''}: ${issue.message}; ${fix}.`;
}
