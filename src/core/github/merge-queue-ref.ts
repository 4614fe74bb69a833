/**
 * GitHub names a merge group's branch `gh-readonly-queue/<base>/pr-<number>-<head sha>`
 * (https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/configuring-pull-request-merges/managing-a-merge-queue):
 * the PR that entered the queue last and the head it entered with.
 */
export function parseMergeQueueRef(ref: string): { readonly base: string; readonly pullNumber: number; readonly headSha: string } | undefined {
  const match = /^(?:refs\/heads\/)?gh-readonly-queue\/(.+)\/pr-(\d+)-([0-9a-f]{40})$/.exec(ref);
  return match ? { base: match[1]!, pullNumber: Number(match[2]), headSha: match[3]! } : undefined;
}
