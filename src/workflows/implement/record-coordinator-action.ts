import { formatCoordinatorAction, parseCoordinatorAction, type CoordinatorAction } from '../../core/agents/coordinator-actions.ts';
import type { Redactor } from '../../core/redaction/redact-secrets.ts';
import type { RunRecorder } from '../../ports/run-recorder.ts';

/**
 * Records one coordinator decision in the Conductor section (canon: decisions are facts, not proposals).
 * Anything outside the closed set of actions is refused and recorded as such, never acted on.
 */
export async function recordCoordinatorAction(recorder: RunRecorder, redact: Redactor, candidate: unknown): Promise<{ ok: true; action: CoordinatorAction } | { ok: false; error: string }> {
  const parsed = parseCoordinatorAction(candidate);
  const line = parsed.ok ? formatCoordinatorAction(parsed.action) : `✗ refused coordinator decision: ${parsed.error}`;
  await recorder.appendLine('conductor', redact(line), { source: 'system', target: 'canon' });
  if (parsed.ok && parsed.action.action === 'complete') await recorder.setStatus('completing', redact(parsed.action.summary));
  if (parsed.ok && parsed.action.action === 'block') await recorder.setStatus('blocked', redact(parsed.action.reason));
  return parsed;
}
