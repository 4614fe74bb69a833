import type { Redactor } from '../../core/redaction/redact-secrets.ts';
import { validateProposedWorkOrders } from '../../core/agents/role-outputs.ts';
import { sanitizeUntrustedText } from '../../core/agents/sanitize-untrusted-text.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { ChatAgentProvider } from '../../ports/agent-provider.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';
import { runStructuredRole, type StructuredRoleResult } from './run-structured-role.ts';

/**
 * The coordinator's intake step: sanitize an issue, record the hash of what the model reads, and ask for
 * work orders that pass the work-order schema and name only known dependencies.
 */
export async function coordinateIssue(options: {
  readonly issue: { readonly number: number; readonly title: string; readonly body: string };
  readonly existingIds: readonly string[];
  readonly provider: ChatAgentProvider;
  readonly recorder: RunRecorder;
  readonly redact: Redactor;
  readonly hash: (text: string) => string;
}): Promise<StructuredRoleResult<readonly WorkOrder[]> & { readonly inputSha256: string }> {
  const sanitized = sanitizeUntrustedText(`${options.issue.title}\n\n${options.issue.body}`, options.hash);
  const removed = sanitized.removed.map((entry) => `${entry.count} ${entry.kind}`).join(', ');
  await options.recorder.appendLine('conductor', `coordinator reads issue #${options.issue.number}: sha256 ${sanitized.sha256}${removed ? `; hidden content removed: ${removed}` : ''}`, { source: 'system', target: 'canon' });
  const result = await runStructuredRole<readonly WorkOrder[]>({
    role: 'coordinator',
    provider: options.provider,
    recorder: options.recorder,
    redact: options.redact,
    values: {},
    untrusted: [{ label: `issue #${options.issue.number}`, text: sanitized.text }],
    check: (value) => {
      const checked = validateProposedWorkOrders((value as { workOrders: unknown[] }).workOrders, options.existingIds);
      return checked.ok ? { ok: true, value: checked.workOrders } : checked;
    },
  });
  return { ...result, inputSha256: sanitized.sha256 };
}
