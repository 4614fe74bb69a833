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
export function renderReportTable(report: VerificationReport, options: { readonly markdown?: boolean; readonly logUrl?: (digest: string) => string } = {}): string {
  const rows = report.gates.map((gate) => {
    const detail = gate.reason ?? gate.annotations[0]?.message ?? '';
    const cached = gate.cachedFrom ? ` (proven by run ${gate.cachedFrom.runId})` : '';
    const log = gate.logDigest && options.logUrl ? ` [log](${options.logUrl(gate.logDigest)})` : '';
    return [statusMarks[gate.status], gate.id, gate.status, String(gate.attempts), formatSeconds(gate.durationMs), `${oneLine(detail)}${cached}${options.markdown ? log : ''}`];
  });
  const header = ['', 'gate', 'status', 'tries', 'time', 'detail'];
  if (options.markdown) {
    const escape = (cell: string) => cell.replace(/\|/g, '\\|');
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(escape).join(' | ')} |`)].join('\n') + '\n';
  }
  const widths = header.map((_, column) => Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd();
  const problems = report.gates.filter((gate) => gate.status !== 'pass' && gate.status !== 'cached').flatMap((gate) => [
    ...gate.annotations.slice(0, 10).map((a) => `  ${a.path}:${a.line}${a.column ? `:${a.column}` : ''} ${a.level} ${oneLine(a.message)} (${gate.id})`),
    ...(gate.annotations.length > 10 ? [`  … ${gate.annotations.length - 10} more from ${gate.id}`] : []),
  ]);
  const problemText = problems.length > 0 ? `\nProblems:\n${problems.join('\n')}\n` : '';
  const verdict = report.verdict.passed ? `PASSED${report.verdict.complete ? '' : ' (only the selected gates)'}` : `FAILED\n${report.verdict.reasons.map((r) => `  - ${r}`).join('\n')}`;
  return `${[line(header), ...rows.map(line)].join('\n')}\n${problemText}\n${verdict}\n`;
}

function oneLine(text: string): string {
  const first = text.split('\n')[0] ?? '';
  return first.length > 100 ? `${first.slice(0, 99)}…` : first;
}
