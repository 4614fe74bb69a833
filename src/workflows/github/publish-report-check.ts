import { renderCheckRun } from '../../core/report/render-check-run.ts';
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
export async function publishReportCheck(forge: Forge, repo: string, pull: PullRequestInfo, report: VerificationReport): Promise<PublishedReport> {
  if (report.head !== pull.headSha) return { published: false, reason: `the report is for ${report.head.slice(0, 7)}, the pull request head is ${pull.headSha.slice(0, 7)}` };
  const output = renderCheckRun(report);
  const annotations: CheckAnnotation[] = output.annotationBatches.flat().map((a) => ({
    path: a.path, startLine: a.start_line, endLine: a.end_line, level: a.annotation_level, message: a.message, ...(a.title ? { title: a.title } : {}),
  }));
  const ensured = await forge.ensureCheckRun(repo, {
    name: gatesCheckName, headSha: report.head, status: 'completed', conclusion: output.conclusion, externalId: report.runId,
    output: { title: output.title, summary: output.summary }, annotations,
  });
  return { published: true, checkRunId: ensured.value.id };
}
