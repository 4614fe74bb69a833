import { Probot } from 'probot';
import { createShopfloorApp } from '../../src/entrypoints/probot-app.ts';
import type { GitHubAppSettings } from '../../src/workflows/github/github-app-deps.ts';
import { testPrivateKey, TestOctokit } from './github-octokit.ts';

export const testAppId = 4242;
export const testSettings: GitHubAppSettings = { appId: testAppId, implementWorkflow: 'shopfloor-implement.yml', allowedBotAppIds: [777], workOrderDir: 'workorders', canaryWorkflow: 'shopfloor-canary.yml' };

let key: string | undefined;

/**
 * A real Probot with the Shopfloor app loaded, Octokit's retry and throttling off (ecosystem.md: they
 * would sleep for seconds), the adapter's own retry on an instant sleep whose waits are recorded.
 */
export async function createTestProbot(settings: Partial<GitHubAppSettings> = {}, options: { answerWithinMs?: number; sleep?: (ms: number) => Promise<void>; instanceId?: string; onConflict?: (runId: string) => void } = {}) {
  key ??= testPrivateKey();
  const sleeps: number[] = [];
  const sleep = async (ms: number) => {
    sleeps.push(ms);
    await options.sleep?.(ms);
  };
  const app = createShopfloorApp({ settings: { ...testSettings, ...settings }, retry: { sleep, attempts: 4 }, now: () => '2026-11-22T05:00:00.000Z', ...(options.answerWithinMs ? { answerWithinMs: options.answerWithinMs } : {}),
    ...(options.instanceId ? { instanceId: options.instanceId } : {}), ...(options.onConflict ? { onConflict: options.onConflict } : {}) });
  const probot = new Probot({ appId: testAppId, privateKey: key, secret: "It's a Secret to Everybody", logLevel: 'fatal', Octokit: TestOctokit });
  await probot.load(app);
  return { probot, app, sleeps };
}
