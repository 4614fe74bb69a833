import { createNodeRepoFiles } from '../../adapters/files/node-repo-files.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import type { ThroughputMetrics } from '../../core/metrics/metrics-types.ts';
import { collectMetrics } from '../../workflows/metrics/collect-metrics.ts';
import { loadPolicy } from './load-policy.ts';

const fourWeeksMs = 28 * 24 * 3_600_000;

/** The Writer's /metrics of the repository at `root`: what `shopfloor metrics` computes for the last four weeks of HEAD. */
export function writerMetrics(root: string, env: Readonly<Record<string, string | undefined>>): () => Promise<ThroughputMetrics> {
  return async () => {
    const policy = await loadPolicy(root);
    const nowMs = Date.now();
    const { metrics } = await collectMetrics({ repoDir: root, rev: 'HEAD', sinceMs: nowMs - fourWeeksMs, nowMs, testGlobs: policy.revert.testGlobs }, { git: createGitCli({ env }), files: createNodeRepoFiles(root) });
    return metrics;
  };
}
