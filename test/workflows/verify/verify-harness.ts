import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createContentAddressedStore } from '../../../src/adapters/artifacts/content-addressed-store.ts';
import { createNodeRepoFiles } from '../../../src/adapters/files/node-repo-files.ts';
import { createNodeCommandLocator } from '../../../src/adapters/process/node-command-locator.ts';
import { createJudgedRunner } from '../../../src/adapters/process/create-judged-runner.ts';
import { checkPolicyFile } from '../../../src/core/policy/check-policy-file.ts';
import { checkWorkOrderFile } from '../../../src/core/workorder/check-work-order-file.ts';
import type { PackageRegistries, PackageRegistry } from '../../../src/ports/package-registry.ts';
import type { Git } from '../../../src/ports/git.ts';
import type { VerifyChangeOptions } from '../../../src/workflows/verify/verify-types.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

let runCounter = 0;

/** The same registry for every ecosystem; a version list a test does not give is unreachable. */
export const everyEcosystem = (registry: Pick<PackageRegistry, 'publishTime'> & Partial<PackageRegistry>): PackageRegistries => {
  const full: PackageRegistry = { releases: async (name) => ({ kind: 'unreachable', reason: `the test did not expect a version list of ${name}` }), ...registry };
  return { npm: full, cargo: full, pypi: full };
};

/** Registries that must not be asked: a test that changes a dependency passes its own. */
export const silentRegistries = everyEcosystem({ publishTime: async (name, version) => ({ kind: 'unreachable', reason: `the test did not expect a look-up of ${name}@${version}` }) });

/** verifyChange options over real adapters for a temp repository, with a fixed clock step. */
export async function verifyOptions(dir: string, git: Git, overrides: Partial<VerifyChangeOptions> & { workOrderFile?: string } = {}): Promise<VerifyChangeOptions> {
  const policyText = (await createNodeRepoFiles(dir).read('.github/shopfloor.yml'))!;
  const { policy, findings } = checkPolicyFile(policyText);
  if (!policy) throw new Error(`test policy is invalid: ${JSON.stringify(findings)}`);
  const { workOrderFile, ...rest } = overrides;
  const workOrder = workOrderFile ? await loadWorkOrder(dir, workOrderFile) : undefined;
  return {
    repoDir: dir, base: 'HEAD', head: 'HEAD', policy, policyFile: '.github/shopfloor.yml', policyText,
    ...(workOrder ? { workOrder } : {}),
    runner: createJudgedRunner(), git, store: createContentAddressedStore(join(dir, '.shopfloor/artifacts')), registry: silentRegistries,
    locator: createNodeCommandLocator(), filesAt: (d) => createNodeRepoFiles(d), clock: { now: () => Date.now() },
    sourceEnv: { PATH: process.env.PATH, HOME: process.env.HOME }, scratchDir: await makeTempDir('shopfloor-scratch-'),
    runId: `run-${++runCounter}`, environment: { os: 'linux', arch: 'x64', node: process.version, runner: 'test', cpus: 4 },
    ...rest,
  };
}

async function loadWorkOrder(dir: string, file: string) {
  const text = (await createNodeRepoFiles(dir).read(file))!;
  const checked = checkWorkOrderFile(text, file);
  if (!checked.workOrder) throw new Error(`test work order is invalid: ${JSON.stringify(checked.findings)}`);
  return { value: checked.workOrder, file, text };
}

export function storeExists(dir: string): boolean {
  return existsSync(join(dir, '.shopfloor'));
}
