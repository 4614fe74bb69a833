import { z } from 'zod';
import type { ChatMessage } from '../../core/agents/chat-messages.ts';
import { renderRolePrompt, roleDefinitions, wrapUntrusted, type AgentRole } from '../../core/agents/roles.ts';
import type { Redactor } from '../../core/redaction/redact-secrets.ts';
import type { ChatAgentProvider } from '../../ports/agent-provider.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';

export type StructuredRoleResult<T> = { readonly ok: true; readonly value: T; readonly attempts: number } | { readonly ok: false; readonly errors: readonly string[]; readonly attempts: number };

/**
 * Asks a role that answers with structured output (coordinator, architect, verifier, triage) for its
 * answer: the role's JSON schema goes to the provider, the answer is validated with the role's zod schema
 * plus an optional cross-check (e.g. work orders against the work-order schema), and a wrong answer is
 * sent back with the problems, up to the role's turn budget. Everything is written, redacted, to its section.
 */
export async function runStructuredRole<T>(options: {
  readonly role: Exclude<AgentRole, 'implementer'>;
  readonly provider: ChatAgentProvider;
  readonly recorder: RunRecorder;
  readonly redact: Redactor;
  readonly values: Readonly<Record<string, string>>;
  /** Sanitized untrusted text (issue body, logs) the role reads as data. */
  readonly untrusted: readonly { readonly label: string; readonly text: string }[];
  readonly check?: (value: unknown) => { ok: true; value: T } | { ok: false; errors: readonly string[] };
  /** Trusted repository guidance (instruction files from the default branch), added to the system prompt. */
  readonly guidance?: string;
}): Promise<StructuredRoleResult<T>> {
  const role = roleDefinitions[options.role];
  const append = (text: string) => options.recorder.appendLine(role.section, options.redact(text), { source: 'agent', target: 'proposal' });
  const schema = z.toJSONSchema(role.output) as Record<string, unknown>;
  const messages: ChatMessage[] = [
    { role: 'system', content: options.guidance ? `${renderRolePrompt(role, options.values)}\n\n${options.guidance}` : renderRolePrompt(role, options.values) },
    { role: 'user', content: options.untrusted.map((part) => wrapUntrusted(part.label, part.text)).join('\n\n') || '(no input)' },
  ];
  const turns = role.budget.turns ?? 3;
  let errors: readonly string[] = [];
  await options.recorder.markSection(role.section, 'active');
  for (let attempt = 1; attempt <= turns; attempt++) {
    const outcome = await options.provider.complete({ messages, tools: [], outputSchema: { name: `${options.role}_output`, schema } });
    if (!outcome.ok) {
      await append(`✗ model call failed: ${outcome.error}`);
      await options.recorder.markSection(role.section, 'failed');
      return { ok: false, errors: [outcome.error], attempts: attempt };
    }
    messages.push(outcome.message);
    const verdict = validate<T>(outcome.message.content ?? '', role.output, options.check);
    if (verdict.ok) {
      const value = verdict.value;
      await append(`${options.role} answered (attempt ${attempt}): ${outcome.message.content}`);
      await options.recorder.markSection(role.section, 'done');
      return { ok: true, value, attempts: attempt };
    }
    errors = verdict.errors;
    await append(`✗ answer rejected (attempt ${attempt}): ${errors.join('; ')}`);
    messages.push({ role: 'user', content: `Your answer was rejected: ${errors.join('; ')}. Answer again with JSON only.` });
  }
  await options.recorder.markSection(role.section, 'failed');
  return { ok: false, errors, attempts: turns };
}

function validate<T>(content: string, schema: z.ZodType, check: ((value: unknown) => { ok: true; value: T } | { ok: false; errors: readonly string[] }) | undefined): { ok: true; value: T } | { ok: false; errors: readonly string[] } {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, errors: [`not JSON: ${(error as Error).message}`] };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'answer'}: ${issue.message}`) };
  return check ? check(parsed.data) : { ok: true, value: parsed.data as T };
}
