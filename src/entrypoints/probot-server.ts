import { readFileSync } from 'node:fs';
import { startAppServer } from './probot/app-server.ts';

/**
 * `node dist/probot-server.js`: the GitHub App alone, with GitHub's webhook limits in front of it (what
 * the container image runs). Configuration from the environment only: APP_ID, PRIVATE_KEY or
 * PRIVATE_KEY_PATH, WEBHOOK_SECRET, optional WEBHOOK_PATH, PORT, HOST, LOG_LEVEL and the SHOPFLOOR_* settings.
 */
async function main(): Promise<void> {
  const level = process.env.LOG_LEVEL;
  const logLevel = level === 'trace' || level === 'debug' || level === 'info' || level === 'warn' || level === 'error' || level === 'fatal' ? level : undefined;
  const started = await startAppServer({ env: process.env, readText: (path) => readFileSync(path, 'utf8'), ...(logLevel ? { logLevel } : {}) });
  if (!started.ok) {
    for (const error of started.errors) process.stderr.write(`shopfloor: ${error}\n`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`Shopfloor GitHub App: webhook at ${started.url}${started.webhookPath}, health at ${started.url}/shopfloor/health\n`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => started.server.close(() => process.exit(0)));
}

try {
  await main();
} catch (error) {
  process.stderr.write(`shopfloor: the App server failed to start: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
  process.exitCode = 1;
}
