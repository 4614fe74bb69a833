/** One uploaded artifact: its id, and the page a user downloads it from. */
export interface UploadedArtifact {
  readonly id: number;
  readonly url: string;
}

/**
 * Uploads files as an Actions artifact with `@actions/artifact` (loaded on first use, so commands that
 * upload nothing start fast). `runUrl` is this run's page; GitHub serves an artifact at
 * `<runUrl>/artifacts/<id>`. Needs the runner's ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL; without
 * them it rejects, and callers keep going.
 */
export async function uploadActionsArtifact(name: string, files: readonly string[], rootDir: string, runUrl: string, retentionDays = 14): Promise<UploadedArtifact> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const result = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDir, { retentionDays });
  if (result.id === undefined) throw new Error(`artifact ${name} was uploaded but GitHub returned no id`);
  return { id: result.id, url: `${runUrl}/artifacts/${result.id}` };
}
