import { describe, expect, it } from 'vitest';
import { appendCanaryNote } from '../../../src/workflows/canary/canary-notes.ts';
import { readLedger } from '../../../src/workflows/revert/gather-revert-facts.ts';
import { createGitRepo, writeFiles } from '../../helpers/git-repo.ts';

describe('readLedger', () => {
  it('counts reverts made today, the one in flight, and reverts after which the canary stayed red', async () => {
    const { dir, git } = await createGitRepo();
    const shas: string[] = [];
    for (const culprit of ['aaaaaaaaaaaa', 'bbbbbbbbbbbb']) {
      await writeFiles(dir, { [`${culprit}.txt`]: 'x\n' });
      await git.addAll(dir);
      const sha = await git.commit(dir, `Revert "Merge agent/wo-${culprit}"\n\nThis reverts commit ${culprit}.\n\nShopfloor-Revert: ${culprit}\n`);
      await appendCanaryNote(git, dir, sha, { verdict: 'RED', at: new Date().toISOString(), regressed: ['smoke'] });
      shas.push(sha);
    }
    await git.createBranch(dir, 'shopfloor/revert/cccccccccccc', 'HEAD~1');
    await git.checkout(dir, 'shopfloor/revert/cccccccccccc');
    await writeFiles(dir, { 'c.txt': 'x\n' });
    await git.addAll(dir);
    await git.commit(dir, 'Revert "Merge agent/wo-c"\n\nThis reverts commit cccccccccccc.\n\nShopfloor-Revert: cccccccccccc\n');
    await git.checkout(dir, 'main');

    const ledger = await readLedger(git, dir, 'main', Date.now());
    expect(ledger).toEqual({ createdToday: 3, autoMergedToday: 2, inFlight: ['shopfloor/revert/cccccccccccc'], failedInARow: 2 });
  });
});
