import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeAgentWorkspace } from '../../src/adapters/agents/node-agent-workspace.ts';
import { sha256Hex } from '../../src/adapters/agents/sha256-hex.ts';
import { createJudgedRunner } from '../../src/adapters/process/create-judged-runner.ts';
import { secretValues } from '../../src/core/agents/agent-environment.ts';
import type { AgentsPolicy } from '../../src/core/policy/agents-schema.ts';
import { workOrderSchema, type WorkOrder, type WorkOrderInput } from '../../src/core/workorder/work-order-schema.ts';
import type { AgentProvider } from '../../src/ports/agent-provider.ts';
import type { ImplementOptions } from '../../src/workflows/implement/implement-work-order.ts';
import { createGitRepo } from './git-repo.ts';
import { createMemoryRunRecorder } from './memory-run-recorder.ts';
import { makeTempDir } from './temp-dir.ts';

/** Canary secrets planted in the orchestrator's environment: none may ever appear in any output. */
export const canaries = {
  GITHUB_TOKEN: 'ghs_CANARYgithubToken0000000000000000000001',
  OPENAI_API_KEY: 'sk-CANARYopenaiKey00000000000000000002',
  ACTIONS_RUNTIME_TOKEN: 'CANARY-actions-runtime-token-000003',
  DEPLOY_PASSWORD: 'CANARY-deploy-password-000004',
  SHOPFLOOR_APP_PRIVATE_KEY: 'CANARY-app-private-key-000005',
} as const;

export const testPolicy: AgentsPolicy = {
  providers: { main: { type: 'openai', model: 'test-model', apiKeyEnv: 'OPENAI_API_KEY' } },
  commands: [['node', 'scripts/check.mjs'], ['git', 'status'], ['git', 'diff']],
  env: ['DEPLOY_PASSWORD'],
};

export const baseFiles = {
  'README.md': '# demo\n',
  'package.json': '{ "name": "demo", "private": true }\n',
  'src/greet.ts': 'export const greet = (name: string) => `hello ${name}`;\n',
  'scripts/check.mjs': "import { readFileSync } from 'node:fs';\nconst text = readFileSync('src/greet.ts', 'utf8');\nconsole.log(text.includes('goodbye') ? 'check ok' : 'check failed: no goodbye');\nconsole.log('env keys:', Object.keys(process.env).sort().join(','));\nprocess.exit(text.includes('goodbye') ? 0 : 1);\n",
} as const;

/** `testWorkOrder()` as the file a repository holds (`workorders/wo-1.yml`). */
export const workOrderFileText = `apiVersion: shopfloor/v1
id: wo-1
title: Add a goodbye function
goal: Add goodbye(name) next to greet in src/greet.ts.
kind: feature
scope:
  paths: ["src/**"]
acceptance:
  commands:
    - name: check
      run: node scripts/check.mjs
`;

export function testWorkOrder(overrides: Partial<WorkOrderInput> = {}): WorkOrder {
  return workOrderSchema.parse({
    apiVersion: 'shopfloor/v1',
    id: 'wo-1',
    title: 'Add a goodbye function',
    goal: 'Add `goodbye(name)` next to `greet` in src/greet.ts.',
    kind: 'feature',
    scope: { paths: ['src/**'], forbidden: ['src/vendor/**'] },
    acceptance: { commands: [{ name: 'check', run: 'node scripts/check.mjs' }] },
    ...overrides,
  });
}

/** A real repository plus everything `implementWorkOrder` needs, with canaries in the environment. */
export async function implementFixture(provider: AgentProvider, options: { workOrder?: WorkOrder; files?: Record<string, string>; issueText?: string; clock?: () => number } = {}) {
  const repo = await createGitRepo({ ...baseFiles, ...(options.files ?? {}) });
  const worktreeDir = join(await realpath(await makeTempDir('shopfloor-wt-')), 'wt');
  const recorder = createMemoryRunRecorder();
  const environment = { PATH: process.env.PATH, HOME: process.env.HOME, ...canaries };
  const implementOptions: ImplementOptions = {
    repoDir: repo.dir,
    workOrder: options.workOrder ?? testWorkOrder(),
    policy: { agents: testPolicy },
    provider,
    recorder,
    git: repo.git,
    runner: createJudgedRunner(),
    clock: options.clock ?? Date.now,
    worktreeDir,
    shortId: 'abc123',
    createWorkspace: (root, scope) => createNodeAgentWorkspace(root, scope),
    hash: sha256Hex,
    environment,
    secrets: secretValues(environment),
    ...(options.issueText !== undefined ? { issueText: options.issueText } : {}),
  };
  return { repo, recorder, worktreeDir, implementOptions };
}
