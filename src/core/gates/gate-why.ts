import type { Annotation } from './gate-spec.ts';

const limit = 300;

/**
 * Why a gate did not pass, in one line a person can act on: its reason, then its first error (path:line
 * and message), and how many more there are. A gate that only says "1 dependency problem" tells nobody
 * which dependency; its annotation does.
 */
export function gateWhy(gate: { readonly reason?: string; readonly annotations: readonly Annotation[] }): string | undefined {
  const problems = gate.annotations.filter((annotation) => annotation.level === 'error');
  const first = problems[0] ?? gate.annotations[0];
  const where = first ? `${first.path}${first.line > 0 ? `:${first.line}` : ''}` : '';
  const detail = first ? `${where ? `${where} ` : ''}${first.message.replace(/\s+/g, ' ').trim()}` : '';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  const text = [gate.reason, detail ? `${detail}${more}` : undefined].filter(Boolean).join(': ');
  if (!text) return undefined;
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
