import { renderAgentSpend } from './render-agent-spend.ts';
import type { VerificationReport } from './report-schema.ts';

export const statusMarks = { pass: '✓', cached: '↺', flaky: '~', fail: '✗', error: '!', skipped: '-' } as const;

/** Seconds with one decimal, for tables. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

/**
 * The gates as a table: plain aligned text for a terminal, or Markdown for a job summary / check run.
 * One row per gate: mark, id, status, attempts, time, and the reason or first annotation.
 */
export function renderReportTable(report: VerificationReport, options: { readonly markdown?: boolean; /** Markdown: also every annotation and the verdict (default true; a check run carries those itself). */ readonly details?: boolean; readonly logUrl?: (digest: string) => string } = {}): string {
  const header = ['', 'gate', 'status', 'tries', 'time', 'detail'];
  if (options.markdown) return renderMarkdown(report, header, options.logUrl, options.details ?? true);
  const rows = report.gates.map((gate) => {
    const detail = gate.reason ?? gate.annotations[0]?.message ?? '';
    const cached = gate.cachedFrom ? ` (proven by run ${gate.cachedFrom.runId})` : '';
    return [statusMarks[gate.status], gate.id, gate.status, String(gate.attempts), formatSeconds(gate.durationMs), `${oneLine(detail)}${cached}`];
  });
  const widths = header.map((_, column) => Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  const problems = report.gates.filter((gate) => gate.status !== 'pass' && gate.status !== 'cached').flatMap((gate) => [
    ...gate.annotations.slice(0, 10).map((a) => `  ${a.path}:${a.line}${a.column ? `:${a.column}` : ''} ${a.level} ${oneLine(a.message)} (${gate.id})`),
    ...(gate.annotations.length > 10 ? [`  … ${gate.annotations.length - 10} more from ${gate.id}`] : []),
  ]);
  const problemText = problems.length > 0 ? `\nProblems:\n${problems.join('\n')}\n` : '';
  const spend = report.agents?.length ? `\nAgent spend:\n${renderAgentSpend(report.agents).map((line) => `  ${line}`).join('\n')}\n` : '';
  const verdict = report.verdict.passed ? `PASSED${report.verdict.complete ? '' : ' (only the selected gates)'}` : `FAILED\n${report.verdict.reasons.map((r) => `  - ${r}`).join('\n')}`;
  return `${[line(header), ...rows.map(line)].join('\n')}\n${problemText}${spend}\n${verdict}\n`;
}

function oneLine(text: string): string {
  const first = text.split('\n')[0] ?? '';
  return first.length > 100 ? `${first.slice(0, 99)}…` : first;
}

/** Report text quotes the change (paths, output): shown as text in Markdown, never as links, HTML or mentions. */
const plain = (text: string) => text.replace(/[\\`*_[\]<>#!|~]/g, '\\$&').replace(/@(?=[A-Za-z0-9])/g, '@\u2060').replace(/\r?\n/g, ' ');

/** Markdown has room: every reason whole, every annotation, and the verdict with its reasons; nothing cut. */
function renderMarkdown(report: VerificationReport, header: readonly string[], logUrl: ((digest: string) => string) | undefined, details: boolean): string {
  const rows = report.gates.map((gate) => {
    const cached = gate.cachedFrom ? ` (proven by run ${plain(gate.cachedFrom.runId)})` : '';
    const log = gate.logDigest && logUrl ? ` [log](${logUrl(gate.logDigest)})` : '';
    return [statusMarks[gate.status], plain(gate.id), gate.status, String(gate.attempts), formatSeconds(gate.durationMs), `${plain(gate.reason ?? (details ? '' : (gate.annotations[0]?.message ?? '')))}${cached}${log}`];
  });
  const table = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
  if (!details) return `${table.join('\n')}\n`;
  const problems = report.gates.flatMap((gate) => gate.annotations.map((a) => `- \`${a.path.replace(/`/g, "'")}:${a.line}${a.column ? `:${a.column}` : ''}\` ${a.level} (${plain(gate.id)}): ${plain(a.message)}`));
  const verdict = report.verdict.passed ? `**Passed**${report.verdict.complete ? '' : ' (only the selected gates)'}` : ['**Failed**', ...report.verdict.reasons.map((r) => `- ${plain(r)}`)].join('\n');
  return [
    ...table,
    ...(problems.length > 0 ? ['', 'Problems:', '', ...problems] : []),
    ...(report.agents?.length ? ['', 'Agent spend:', '', ...renderAgentSpend(report.agents).map((line) => `- ${plain(line)}`)] : []),
    '', verdict,
  ].join('\n') + '\n';
}
