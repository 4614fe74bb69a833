/** The hidden first line that marks a run's tracking comment, so it can be found again by run id. */
export function runCommentMarker(runId: string): string {
  return `<!-- shopfloor:run-document run=${runId} -->`;
}
