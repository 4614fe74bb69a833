import { createFileRunStore } from '../../adapters/run-document/file-run-store.ts';
import { runStoreDir } from '../../adapters/run-document/run-store-layout.ts';
import { createRunFeed } from '../../adapters/writer/run-feed.ts';
import { startWriterServer } from '../../adapters/writer/writer-server.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliCommand } from './cli-command.ts';
import { readGitHubAppConfig } from './github-app-config.ts';
import { withDotEnv } from './read-dot-env.ts';
import { writerCommit } from './writer-commit.ts';
import { writerObjects } from './writer-objects.ts';
import { writerTrain } from './writer-train.ts';
import { writerMetrics } from './writer-metrics.ts';
import { writerRoadmap } from './writer-roadmap.ts';
import type { RequestHandler } from './github-webhook-handler.ts';
import { ExitCode, UsageError } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

export const serveCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('serve'))
    .description('serve the Writer (live run documents of .shopfloor/runs/) and, when APP_ID, PRIVATE_KEY(_PATH) and WEBHOOK_SECRET are set, the GitHub App webhook')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4646')
    .option('--host <address>', 'address to bind; anything but loopback shows agent output to your network', '127.0.0.1')
    .option('--store <dir>', 'run store directory (default: <repo>/.shopfloor/runs)')
    .action(async (options: { port: string; host: string; store?: string; repo?: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port "${options.port}" is not a port number; use 0-65535`);
      const root = repoRoot(options, io);
      const storeDir = options.store ?? runStoreDir(root);
      // `.env` in the working directory, as `probot run` reads it; the environment wins over the file.
      const { env } = withDotEnv(io.env, io.cwd);
      const app = readGitHubAppConfig(env, (path) => readFileSync(resolve(io.cwd, path), 'utf8'));
      if (app.configured && !app.ok) throw new UsageError(`the GitHub App is half configured:\n${app.errors.map((error) => `  - ${error}`).join('\n')}\n(unset APP_ID, PRIVATE_KEY, PRIVATE_KEY_PATH and WEBHOOK_SECRET to serve the Writer alone)`);
      const handlers: RequestHandler[] = app.configured && app.ok ? [await (await import('./github-webhook-handler.ts')).createGitHubWebhookHandler({ config: app.value, env, logLevel: logLevelFrom(env.LOG_LEVEL) })] : [];
      const feed = createRunFeed(createFileRunStore(storeDir), { onError: (error) => io.stderr(`shopfloor serve: ${error instanceof Error ? error.message : String(error)}\n`) });
      let server;
      try {
        server = await startWriterServer({ feed, storeDir, host: options.host, port, handlers, roadmap: writerRoadmap(root, io.env), metrics: writerMetrics(root, io.env), showCommit: writerCommit(root, io.env), objects: writerObjects(root, io.env), train: writerTrain(root, io.env), onError: (error) => io.stderr(`shopfloor serve: ${error instanceof Error ? error.message : String(error)}\n`) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${options.host}:${port} (${code}); pick another --port or --host`, { cause: error });
        throw error;
      }
      io.stdout(`Writer: ${server.url}/  (run store ${storeDir}; Ctrl-C to stop)\n`);
      if (app.configured && app.ok) {
        io.stdout(`GitHub App ${app.value.appId}: webhook at ${server.url}${app.value.webhookPath}\n`);
        if (app.value.webhookProxyUrl) io.stdout(`  forward GitHub's deliveries here with: npx smee-client --url ${app.value.webhookProxyUrl} --target ${server.url}${app.value.webhookPath}\n`);
        else if (['127.0.0.1', '::1', 'localhost'].includes(options.host)) io.stderr(`note: GitHub cannot reach ${options.host}; set WEBHOOK_PROXY_URL to a smee.io channel, or serve behind an HTTPS reverse proxy\n`);
      }
      if (!['127.0.0.1', '::1', 'localhost'].includes(options.host)) io.stderr(`warning: bound to ${options.host}; anyone who can reach it can read agent output\n`);
      await new Promise<void>((resolve) => (io.signal.aborted ? resolve() : io.signal.addEventListener('abort', () => resolve(), { once: true })));
      await server.close();
      done(ExitCode.ok);
    });
};

const logLevels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;

/** Probot's log level from LOG_LEVEL (as `probot run` reads it); anything else means info. */
function logLevelFrom(value: string | undefined): (typeof logLevels)[number] {
  return logLevels.find((level) => level === value?.toLowerCase()) ?? 'info';
}
