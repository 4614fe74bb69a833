import { createFileRunStore } from '../../adapters/run-document/file-run-store.ts';
import { runStoreDir } from '../../adapters/run-document/run-store-layout.ts';
import { createRunFeed } from '../../adapters/writer/run-feed.ts';
import { startWriterServer } from '../../adapters/writer/writer-server.ts';
import type { CliCommand } from './cli-command.ts';
import { ExitCode, UsageError } from './cli-io.ts';
import { repoRoot, withRepoOption } from './repo-option.ts';

export const serveCommand: CliCommand = (program, io, done) => {
  withRepoOption(program.command('serve'))
    .description('serve the Writer: live run documents of the repository\'s run store (.shopfloor/runs/) in the browser')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '4646')
    .option('--host <address>', 'address to bind; anything but loopback shows agent output to your network', '127.0.0.1')
    .option('--store <dir>', 'run store directory (default: <repo>/.shopfloor/runs)')
    .action(async (options: { port: string; host: string; store?: string; repo?: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`--port "${options.port}" is not a port number; use 0-65535`);
      const storeDir = options.store ?? runStoreDir(repoRoot(options, io));
      const feed = createRunFeed(createFileRunStore(storeDir), { onError: (error) => io.stderr(`shopfloor serve: ${error instanceof Error ? error.message : String(error)}\n`) });
      let server;
      try {
        server = await startWriterServer({ feed, storeDir, host: options.host, port, onError: (error) => io.stderr(`shopfloor serve: ${error instanceof Error ? error.message : String(error)}\n`) });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') throw new UsageError(`cannot listen on ${options.host}:${port} (${code}); pick another --port or --host`, { cause: error });
        throw error;
      }
      io.stdout(`Writer: ${server.url}/  (run store ${storeDir}; Ctrl-C to stop)\n`);
      if (!['127.0.0.1', '::1', 'localhost'].includes(options.host)) io.stderr(`warning: bound to ${options.host}; anyone who can reach it can read agent output\n`);
      await new Promise<void>((resolve) => (io.signal.aborted ? resolve() : io.signal.addEventListener('abort', () => resolve(), { once: true })));
      await server.close();
      done(ExitCode.ok);
    });
};
