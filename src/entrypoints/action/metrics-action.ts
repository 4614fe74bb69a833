import { withKeyMarker } from '../../core/github/forge-key.ts';
import { renderMetricsMarkdown } from '../../core/metrics/render-metrics-markdown.ts';
import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { collectMetrics } from '../../workflows/metrics/collect-metrics.ts';
import { loadPolicy } from '../cli/load-policy.ts';
import { ActionExit, ActionInputError, runLink, type ActionContext } from './action-context.ts';

/** The key that finds the metrics issue again, week after week (pin it once; it is updated in place). */
export const metricsIssueKey = 'shopfloor-metrics';

/**
 * `metrics`: the throughput report (with Mermaid trend charts) over the checked-out branch's history, as
 * the job summary and as one keyed issue that is created once and then updated every run.
 */
export async function metricsAction({ inputs, io, root, git, forge }: ActionContext<'metrics'>): Promise<ActionExit> {
  if (!(await git.revParse(root, 'HEAD'))) throw new ActionInputError('working-directory', `${root} is not a git checkout with a commit; run actions/checkout with \`fetch-depth: 0\` first`);
  const shallow = await git.raw(root, ['rev-parse', '--is-shallow-repository']);
  if (shallow.stdout.trim() === 'true') io.warning('the checkout is shallow, so older merges are missing from the metrics; use actions/checkout with `fetch-depth: 0`');
  const policy = await loadPolicy(root);
  const nowMs = Date.now();
  const { metrics, skippedRecords } = await collectMetrics({ repoDir: root, rev: 'HEAD', sinceMs: nowMs - inputs.sinceMs, nowMs, testGlobs: policy.revert.testGlobs }, { git, files: createNodeRepoFiles(root) });
  const report = `${renderMetricsMarkdown(metrics)}${skippedRecords ? `\n${skippedRecords} unreadable run record line(s) in .shopfloor/records were skipped.\n` : ''}\nLast ${inputs.since}, updated by [this run](${runLink(io)}).\n`;
  await io.appendSummary(report);
  const issue = { title: inputs.issueTitle, body: report };
  const ensured = await forge().ensureIssue(io.context.repo, metricsIssueKey, issue);
  if (!ensured.created) await forge().updateIssue(io.context.repo, ensured.value.number, { title: issue.title, body: withKeyMarker(metricsIssueKey, report) });
  io.setOutput('issue-number', String(ensured.value.number));
  io.log(`metrics issue #${ensured.value.number} ${ensured.created ? 'created' : 'updated'}: ${ensured.value.url}`);
  return ActionExit.ok;
}
