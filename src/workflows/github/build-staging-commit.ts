import type { TrainForge } from '../../ports/train-forge.ts';

/** One member of a staging commit: the pull request and the exact head its report and approvals cover. */
export interface StagingMember {
  readonly key: string;
  readonly pullNumber: number;
  readonly headSha: string;
  readonly title: string;
}

export type StagingBuild =
  | { readonly ok: true; readonly sha: string; readonly branch: string }
  | { readonly ok: false; readonly conflict: StagingMember; readonly message: string };

/** The branch a car's staging commit lives on; the verify workflow runs on `push` to `shopfloor/train/*`. */
export const stagingBranch = (car: number) => `shopfloor/train/${car}`;

/**
 * Builds a car's staging commit on the forge: `base` plus each member's head merged in order (real
 * merge commits made by GitHub, so the tree is exactly what git makes of them). The merges happen on a
 * scratch branch private to this builder (`shopfloor/build/<car>-<builder>`, which the verify workflow
 * ignores), and only the finished commit is published as `shopfloor/train/<car>`: one push, one
 * verification. Only the replica whose compare-and-swap write planned the build runs it. A member that conflicts stops the build and is named, so the planner can evict it.
 */
export async function buildStagingCommit(train: TrainForge, repo: string, input: { readonly car: number; readonly base: string; readonly members: readonly StagingMember[]; readonly builder: string }): Promise<StagingBuild> {
  const scratch = `shopfloor/build/${input.car}-${input.builder.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}`;
  await train.setBranch(repo, scratch, input.base);
  try {
    let tip = input.base;
    for (const member of input.members) {
      const merged = await train.mergeIntoBranch(repo, scratch, member.headSha, `Train car ${input.car}: merge #${member.pullNumber} (${member.title})\n\nShopfloor-Train-Member: ${member.key} ${member.headSha}`);
      if (!merged.ok) return { ok: false, conflict: member, message: merged.message };
      tip = merged.sha;
    }
    await train.setBranch(repo, stagingBranch(input.car), tip);
    return { ok: true, sha: tip, branch: stagingBranch(input.car) };
  } finally {
    await train.deleteBranch(repo, scratch);
  }
}
