import type { VerificationReport } from '../report/report-schema.ts';

/** The gate logs that may leave the runner, or why none may. */
export interface PublishableLogs {
  readonly gates: readonly { readonly id: string; readonly logDigest: string }[];
  /** Said in the job summary when logs were held back. */
  readonly withheld?: string;
}

/**
 * Which gate logs may be uploaded. Logs are redacted as they are written, but a secret of a shape nobody
 * knows (a high-entropy assignment, a password in a URL) stays in the text; when the `secrets` gate found
 * anything (or could not run), no log is uploaded at all: they stay on the runner, by digest.
 */
export function publishableLogs(report: VerificationReport): PublishableLogs {
  const withLogs = report.gates.filter((gate) => gate.logDigest).map((gate) => ({ id: gate.id, logDigest: gate.logDigest! }));
  const secrets = report.gates.find((gate) => gate.id === 'secrets');
  if (withLogs.length > 0 && secrets && (secrets.status === 'fail' || secrets.status === 'error')) {
    return { gates: [], withheld: `Gate logs were not uploaded: the \`secrets\` gate ${secrets.status === 'fail' ? 'found possible secrets' : 'could not run'}, so a log may hold one. Read them on the runner by digest, rotate what leaked, and run again.` };
  }
  return { gates: withLogs };
}
