import { formatDuration } from '../duration.ts';
import type { VerificationReport } from '../report/report-schema.ts';

/** Where a gate's log (or the report) was uploaded, by artifact name. */
export type ArtifactLinks = Readonly<Record<string, string>>;

const mark = { pass: '✅ pass', fail: '❌ fail', flaky: '⚠️ flaky', error: '💥 error', skipped: '⏭️ skipped', cached: '♻️ cached' } as const;
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** Gate reasons quote paths and output from the change: shown as text, never as Markdown, links or HTML. */
const plain = (text: string) => cell(text.replace(/[\\`*_[\]<>#!~]/g, '\\$&').replace(/@(?=[A-Za-z0-9])/g, '@\u2060'));

/**
 * The job summary of `verify`: verdict, one table row per gate with a link to its uploaded log, and where
 * the report is. `notes` are lines said below the table (an upload that failed, a report too big to envelope).
 */
export function renderVerifySummary(input: {
  readonly report: VerificationReport;
  readonly passed: boolean;
  readonly reportDigest: string;
  readonly logLinks: ArtifactLinks;
  readonly reportLink?: string;
  readonly notes: readonly string[];
}): string {
  const { report } = input;
  const lines = [
    `## Shopfloor verify: ${input.passed ? '✅ passed' : '❌ failed'}`,
    '',
    `Head \`${report.head.slice(0, 12)}\`${report.workOrder ? `, work order \`${report.workOrder.id}\`` : ''}; ${report.signature ? `signed by \`${report.signature.keyId}\`` : 'unsigned (set the `signing-key` input)'}.`,
    '',
    '| gate | result | attempts | duration | log | why |',
    '|---|---|---|---|---|---|',
    ...report.gates.map((gate) => {
      const link = gate.logDigest ? input.logLinks[gate.id] : undefined;
      return `| ${cell(gate.id)} | ${mark[gate.status]}${gate.exitCode !== undefined && gate.status !== 'pass' ? ` (exit ${gate.exitCode})` : ''} | ${gate.attempts} | ${formatDuration(gate.durationMs)} | ${link ? `[log](${link})` : gate.logDigest ? `\`${gate.logDigest.slice(0, 19)}\`` : '—'} | ${gate.status !== 'pass' && gate.reason ? plain(gate.reason) : ''} |`;
    }),
    '',
    `Report \`${input.reportDigest.slice(0, 19)}\`${input.reportLink ? ` ([download](${input.reportLink}))` : ''}.`,
    ...input.notes.map((note) => `\n> ${note}`),
  ];
  return `${lines.join('\n')}\n`;
}
