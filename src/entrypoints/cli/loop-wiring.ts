import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm } from 'node:fs/promises';
import { arch, availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicKey } from 'node:crypto';
import { loadTranscript } from '../../adapters/agents/load-transcript.ts';
import { createNodeAgentWorkspace } from '../../adapters/agents/node-agent-workspace.ts';
import { createReplayProvider } from '../../adapters/agents/replay-provider.ts';
import { sha256Hex } from '../../adapters/agents/sha256-hex.ts';
import { openRunWriter } from '../../adapters/run-document/run-writer.ts';
import { runStoreDir } from '../../adapters/run-document/run-store-layout.ts';
import { createRunStoreRecorder } from '../../adapters/run-document/run-store-recorder.ts';
import { createGitCli } from '../../adapters/git/git-cli.ts';
import { createNodeScratchSpace } from '../../adapters/scratch/node-scratch-space.ts';
import { createEd25519Signer, ed25519Verifier } from '../../adapters/signing/ed25519-keys.ts';
import { keyFiles, refusedKeyMessage } from '../../adapters/signing/own-key-files.ts';
import { secretValues } from '../../core/agents/agent-environment.ts';
import type { Policy } from '../../core/policy/policy-schema.ts';
import type { WorkOrder } from '../../core/workorder/work-order-schema.ts';
import type { Git } from '../../ports/git.ts';
import type { ReportSigner } from '../../ports/report-signer.ts';
import type { LoopOptions, LoopPorts, ProviderChoice, VerifyBase } from '../../workflows/loop/loop-types.ts';
import { readApprovals } from './approve-command.ts';
import type { CliIo } from './cli-io.ts';
import { UsageError } from './cli-io.ts';
import { findTranscript } from './find-transcript.ts';
import { writeSigningKey } from './write-signing-key.ts';
import { loadStreamReplay, selectProvider } from './implement-command.ts';
import { createVerifyAdapters } from './verify-command.ts';

export type ProviderType = 'replay' | 'openai' | 'command';

/** The local signing key of this repository (`.shopfloor/keys/`), created on first use. */
export async function ensureLocalKey(root: string): Promise<{ signer: ReportSigner; keyId: string; publicKey: string; path: string; created: boolean }> {
  const files = await keyFiles(root, createGitCli());
  const refused = files.find((file) => !file.own);
  if (refused && !refused.own) throw new UsageError(refusedKeyMessage(refused));
  let path = files[0]?.path;
  let created = false;
  if (!path) {
    path = (await writeSigningKey(root)).path;
    created = true;
  }
  const pem = await readFile(path, 'utf8');
  const signer = createEd25519Signer(pem);
  const publicKey = createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
  return { signer, keyId: signer.keyId, publicKey, path, created };
}

/**
 * What every local verification runs on: the real adapters, the repository's local signing key (made
 * on first use), the wall clock, and the gate concurrency shared out between `parallel` workers.
 */
export async function loopVerifyBase(root: string, io: CliIo, parallel: number, signer?: ReportSigner): Promise<VerifyBase> {
  const adapters = createVerifyAdapters(root);
  const cpus = availableParallelism();
  return {
    ...adapters, signer: signer ?? (await ensureLocalKey(root)).signer, clock: { now: () => Date.now() }, sourceEnv: io.env,
    environment: { os: adapters.runner.platform, arch: arch(), node: process.version, runner: 'local', cpus },
    concurrency: Math.max(1, Math.floor(cpus / parallel)),
  };
}

/** Where the loop's worktrees go: `.shopfloor/worktrees` when git ignores it, else a per-repo temp dir. */
export function loopWorktreesDir(root: string, ignored: boolean): string {
  return ignored ? join(root, '.shopfloor', 'worktrees') : join(tmpdir(), 'shopfloor-worktrees', sha256Hex(root).slice(0, 12));
}

/**
 * The real ports of `shopfloor run` (and the demo): git, processes, full verify with the local key,
 * the policy's signers plus that key trusted, run documents under `.shopfloor/runs`, providers.
 */
export async function createLoopPorts(root: string, io: CliIo, input: { provider?: ProviderType; transcripts?: string; policy: Policy; /** Verifications that may run at once (they share the cores). */ parallel: number; worktreesDir: string }): Promise<{ ports: LoopPorts; keyNote: string }> {
  const key = await ensureLocalKey(root);
  const verify = await loopVerifyBase(root, io, input.parallel, key.signer);
  const adapters = verify;
  const scratchRoot = input.worktreesDir;
  const scratch = createNodeScratchSpace(scratchRoot);
  const ports: LoopPorts = {
    git: adapters.git,
    runner: adapters.runner,
    scratch: { makeDir: async (prefix) => (await mkdir(scratchRoot, { recursive: true }), scratch.makeDir(prefix)), remove: scratch.remove },
    verify,
    trusted: [...(input.policy.signers ?? []), { keyId: key.keyId, publicKey: key.publicKey }],
    verifier: ed25519Verifier,
    providerFor: (workOrder) => chooseProvider(workOrder, input, io, root, adapters.git),
    createWorkspace: (dir, scope) => createNodeAgentWorkspace(dir, scope),
    hash: sha256Hex,
    openRun: async (runId, objective) => {
      const writer = await openRunWriter({ storeDir: runStoreDir(root), runId, objective });
      return { runId, recorder: createRunStoreRecorder(writer), close: () => writer.close() };
    },
    approvalsFor: (workOrderId) => readApprovals(root, workOrderId),
    record: async (line) => {
      await mkdir(join(root, '.shopfloor', 'records'), { recursive: true });
      await appendFile(join(root, '.shopfloor', 'records', 'loop.jsonl'), `${JSON.stringify(line)}\n`);
    },
    readText: (path) => readFile(path, 'utf8'),
    clock: Date.now,
    randomHex: (bytes) => randomBytes(bytes).toString('hex'),
  };
  const keyNote = `${key.created ? 'created' : 'using'} the local signing key ${key.keyId} (${key.path}); it is trusted for this repository's local runs only`;
  return { ports, keyNote };
}

/** The options of a run from the CLI's flags. */
export function loopOptions(root: string, io: CliIo, input: { parallel: number; once: boolean; worktreesDir: string; policy: Policy; main?: string }): LoopOptions {
  const keyNames = Object.values(input.policy.agents?.providers ?? {}).flatMap((p) => (p.type !== 'replay' && p.apiKeyEnv ? [p.apiKeyEnv] : []));
  return {
    repoDir: root, main: input.main ?? 'main', parallel: input.parallel, once: input.once, worktreesDir: input.worktreesDir,
    patchesDir: join(root, '.shopfloor', 'patches'), env: io.env, secrets: secretValues(io.env, keyNames), signal: io.signal,
  };
}

/** Removes a directory tree (stale worktrees, old patch series). */
export const removeTree = (dir: string) => rm(dir, { recursive: true, force: true, maxRetries: 3 });

async function chooseProvider(workOrder: WorkOrder, input: { provider?: ProviderType; transcripts?: string; policy: Policy }, io: CliIo, root: string, git: Git): Promise<ProviderChoice> {
  if (input.provider === 'replay' || (!input.provider && input.transcripts)) {
    const { file, lookedFor } = await findTranscript(git, root, input.transcripts ?? join(root, '.shopfloor', 'transcripts'), workOrder);
    // A recorded agent CLI session (`<id>.jsonl`) replays when there is no tool-loop transcript.
    const stream = `${lookedFor[0]}l`;
    if (!file && existsSync(stream)) {
      try {
        return { ok: true, provider: await loadStreamReplay(stream) };
      } catch (error) {
        if (error instanceof UsageError) return { ok: false, reason: error.message, releaseBy: `fix ${stream}` };
        throw error;
      }
    }
    if (!file) return { ok: false, reason: `no recorded transcript for ${workOrder.id} (${lookedFor.join(' or ')})`, releaseBy: `record one (shopfloor implement ${workOrder.id} --provider openai --record ${lookedFor[0]}) or run with --provider openai|command` };
    const loaded = await loadTranscript(file);
    if (!loaded.ok) return { ok: false, reason: loaded.error, releaseBy: `fix ${file}` };
    return { ok: true, provider: createReplayProvider(loaded.transcript) };
  }
  try {
    const chosen = await selectProvider(workOrder, input.policy.agents ?? {}, { ...(input.provider ? { provider: input.provider } : {}) }, io, []);
    return { ok: true, ...chosen };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, reason: error.message, releaseBy: 'configure agents.providers in .github/shopfloor.yml or pass --provider' };
    throw error;
  }
}
