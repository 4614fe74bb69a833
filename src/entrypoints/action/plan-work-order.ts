import { sha256Hex } from '../../adapters/agents/sha256-hex.ts';
import { createRunStoreRecorder } from '../../adapters/run-document/run-store-recorder.ts';
import type { RunWriter } from '../../adapters/run-document/run-writer.ts';
import { sanitizeUntrustedText } from '../../core/agents/sanitize-untrusted-text.ts';
import type { ArchitectContract } from '../../core/agents/role-outputs.ts';
import { createRedactor } from '../../core/redaction/redact-secrets.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { AgentProvider } from '../../ports/agent-provider.ts';
import { runStructuredRole } from '../../workflows/implement/run-structured-role.ts';
import { ActionExit, ActionInputError } from './action-context.ts';
import type { RunnerIo } from './runner-io.ts';

/**
 * `implement` with `phase: plan`: only the architect, on the work order's goal (sanitized, read as data),
 * writes its contract (types, invariants, files) into the run document, which the tracking comment
 * shows for the App's plan approval. Nothing is committed or pushed. Closes the writer.
 */
export async function planWorkOrder(options: { readonly io: RunnerIo; readonly writer: RunWriter; readonly provider: AgentProvider; readonly workOrder: WorkOrder; readonly guidance?: string }): Promise<ActionExit> {
  const { io, writer, provider, workOrder } = options;
  try {
    if (provider.kind !== 'chat') throw new ActionInputError('provider', `the plan phase needs a chat provider (openai or replay); "${provider.name}" runs a whole external agent`);
    const recorder = createRunStoreRecorder(writer);
    await recorder.setStatus('running', `planning ${workOrder.id}`);
    const goal = sanitizeUntrustedText(workOrder.goal, sha256Hex);
    const result = await runStructuredRole<ArchitectContract>({
      role: 'architect', provider, recorder, redact: createRedactor([]),
      values: { workOrderId: workOrder.id, title: workOrder.title, scope: workOrder.scope.paths.join(', ') },
      untrusted: [{ label: `work order ${workOrder.id} goal`, text: goal.text }],
      ...(options.guidance ? { guidance: options.guidance } : {}),
      check: (value) => ((value as ArchitectContract).workOrderId === workOrder.id ? { ok: true, value: value as ArchitectContract } : { ok: false, errors: [`workOrderId must be ${workOrder.id}`] }),
    });
    if (!result.ok) {
      await recorder.setStatus('failed', `no plan for ${workOrder.id}: ${result.errors.join('; ')}`);
      io.setOutput('verdict', 'plan-failed');
      await io.appendSummary([`## Shopfloor plan: ${workOrder.id} failed`, '', ...result.errors.map((e) => `- ${e}`)].join('\n'));
      return ActionExit.failed;
    }
    await recorder.commitProposal('architect');
    await recorder.setStatus('waiting', `plan for ${workOrder.id} ready; approve it to implement`);
    const plan = result.value;
    io.setOutput('verdict', 'planned');
    await io.appendSummary([
      `## Shopfloor plan: ${workOrder.id}`, '',
      '| file | purpose |', '|---|---|', ...plan.files.map((f) => `| \`${f.path}\` | ${f.purpose.replace(/\|/g, '\\|')} |`), '',
      ...plan.invariants.map((i) => `- ${i}`),
    ].join('\n'));
    return ActionExit.ok;
  } finally {
    await writer.close();
  }
}
