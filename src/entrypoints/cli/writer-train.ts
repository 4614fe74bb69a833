import { createGitCli } from '../../adapters/git/git-cli.ts';
import { decodeTrainRecord } from '../../core/github/train-record.ts';
import type { TrainState } from '../../core/train/train-types.ts';

/**
 * The merge trains the repository at `root` holds (`refs/shopfloor/train/<branch>`, where the App keeps
 * each one; a clone has them after `git fetch origin '+refs/shopfloor/*:refs/shopfloor/*'`). A ref that
 * holds no train state is skipped.
 */
export function writerTrain(root: string, env: Readonly<Record<string, string | undefined>>): () => Promise<readonly TrainState[]> {
  const git = createGitCli({ env });
  return async () => {
    const refs = await git.raw(root, ['for-each-ref', '--format=%(refname)', 'refs/shopfloor/train/']);
    if (refs.exitCode !== 0) return [];
    const states: TrainState[] = [];
    for (const ref of refs.stdout.split('\n').filter(Boolean)) {
      const message = await git.raw(root, ['log', '-1', '--format=%B', ref, '--']);
      const decoded = message.exitCode === 0 ? decodeTrainRecord(message.stdout) : undefined;
      if (decoded?.ok) states.push(decoded.state);
    }
    return states;
  };
}
