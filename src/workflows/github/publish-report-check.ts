import { renderCheckRun } from '../../core/report/render-check-run.ts';
import { renderReportEnvelope } from '../../core/report/report-envelope.ts';
import type { VerificationReport } from '../../core/report/report-schema.ts';
import type { CheckAnnotation, Forge, PullRequestInfo } from '../../ports/forge.ts';

/** The check run that carries a signed report's gates on the PR head. */
export const gatesCheckName = 'shopfloor/gates';

export type PublishedReport = { readonly published: true; readonly checkRunId: number } | { readonly published: false; readonly reason: string };

/**
 * A checked report (see `checkReport`) as the `shopfloor/gates` check run on the PR's current head:
 * summary within GitHub's limit, annotations in batches of 50. A report for any other head is ignored
 * (no API call): it proves nothing about this one.
 */
export async function publishReportCheck(forge: Forge, repo: string, pull: PullRequestInfo, report: VerificationReport, reportFile?: string): Promise<PublishedReport> {
  if (report.head !== pull.headSha) return { published: false, reason: `the report is for ${report.head.slice(0, 7)}, the pull request head is ${pull.headSha.slice(0, 7)}` };
  const published = await publishGatesCheck(forge, repo, report, reportFile);
  return { published: true, checkRunId: published.checkRunId };
}

/**
 * The `shopfloor/gates` check run on the report's own head. With `reportFile` (the signed file's exact
 * text), its `output.text` also carries the report envelope the App verifies; `enveloped: false` says the
 * file did not fit GitHub's 65,535-character limit, so the App must get the report another way.
 * `attestationNote` (Markdown) leads the text: where the report's in-toto attestation was stored.
 */
export async function publishGatesCheck(forge: Forge, repo: string, report: VerificationReport, reportFile?: string, detailsUrl?: string, attestationNote?: string): Promise<{ readonly checkRunId: number; readonly enveloped: boolean }> {
  const output = renderCheckRun(report);
  const annotations: CheckAnnotation[] = output.annotationBatches.flat().map((a) => ({
    path: a.path, startLine: a.start_line, endLine: a.end_line, level: a.annotation_level, message: a.message, ...(a.title ? { title: a.title } : {}),
  }));
  const text = reportFile === undefined ? undefined : renderReportEnvelope(reportFile, attestationNote);
  const ensured = await forge.ensureCheckRun(repo, {
    name: gatesCheckName, headSha: report.head, status: 'completed', conclusion: output.conclusion, externalId: report.runId,
    output: { title: output.title, summary: output.summary, ...(text ? { text } : {}) }, annotations, ...(detailsUrl ? { detailsUrl } : {}),
  });
  return { checkRunId: ensured.value.id, enveloped: text !== undefined };
}
