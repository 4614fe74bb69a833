import { join } from 'node:path';
import { createContentAddressedStore, defaultArtifactDir } from '../../adapters/artifacts/content-addressed-store.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { ed25519Verifier } from '../../adapters/signing/ed25519-keys.ts';
import type { WriterObjects } from '../../adapters/writer/object-routes.ts';
import { createRepoObjects } from '../../adapters/writer/read-repo-objects.ts';
import { checkPolicyFile, policyPath } from '../../core/policy/check-policy-file.ts';
import { checkReport, type TrustedKey } from '../../workflows/verify/check-report.ts';
import { localTrustedKeys } from './local-trusted-keys.ts';

/**
 * The Writer's view of the repository at `root`: its objects read-only, and report signatures checked
 * against the keys `report verify` trusts there (the policy's signers on the checked-out branch, and the
 * checkout's local loop keys).
 */
export function writerObjects(root: string, env: Readonly<Record<string, string | undefined>>): WriterObjects {
  const git = createGitCli({ env });
  const store = createContentAddressedStore(join(root, defaultArtifactDir));
  const policySigners = async (): Promise<{ keys: TrustedKey[]; problem?: string }> => {
    const shown = await git.raw(root, ['show', `HEAD:${policyPath}`]);
    if (shown.exitCode !== 0) return { keys: [] };
    const { policy, findings } = checkPolicyFile(shown.stdout, policyPath);
    return policy ? { keys: [...(policy.signers ?? [])] } : { keys: [], problem: `${policyPath} has errors (${findings[0]?.message ?? 'run shopfloor validate'}), so its signers are not trusted` };
  };
  return {
    repo: createRepoObjects(root, git, store),
    checkSignature: async (text) => {
      const signers = await policySigners();
      const checked = checkReport(text, 'this report', [...signers.keys, ...(await localTrustedKeys(root)).keys], ed25519Verifier);
      if (checked.ok) return { ok: true, keyId: checked.keyId };
      return { ok: false, reasons: [...checked.reasons, ...(signers.problem ? [signers.problem] : [])] };
    },
  };
}
