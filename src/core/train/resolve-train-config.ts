import type { MergePolicy } from '../policy/merge-schema.ts';
import type { TrainConfig } from './train-types.ts';

export type MergeQueueMode = 'none' | 'github' | 'shopfloor';

/**
 * `merge.queue` as the driver must apply it: the policy's choice, or, when unset, the repository's
 * GitHub merge queue if it has one and the Shopfloor train otherwise.
 */
export function resolveMergeQueue(merge: Pick<MergePolicy, 'queue'>, repositoryHasGithubQueue: boolean): MergeQueueMode {
  return merge.queue ?? (repositoryHasGithubQueue ? 'github' : 'shopfloor');
}

/** The planner's settings from `merge.train` and `merge.allowFlaky`. */
export function resolveTrainConfig(merge: Pick<MergePolicy, 'train' | 'allowFlaky'>): TrainConfig {
  return { depth: merge.train.depth, batch: merge.train.batch, flakyRetries: merge.train.flakyRetries, retryEveryFailure: merge.allowFlaky };
}
