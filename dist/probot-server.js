import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  readGitHubAppConfig
} from "./chunks/chunk-FKUB775L.js";
import {
  createGitHubWebhookHandler
} from "./chunks/chunk-ZTAGKWIY.js";
import "./chunks/chunk-ESH4SOE6.js";
import "./chunks/chunk-Q7AZTRKS.js";
import "./chunks/chunk-6VF7UYTO.js";
import "./chunks/chunk-XUB6JFXV.js";
import "./chunks/chunk-5FYM5LCL.js";
import "./chunks/chunk-RMU52COZ.js";
import "./chunks/chunk-YO5ZKEKR.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-IFW33L46.js";
import "./chunks/chunk-TNGS7UKQ.js";
import "./chunks/chunk-R5P5ICFY.js";
import "./chunks/chunk-YK3QSR6F.js";
import "./chunks/chunk-4LBIUF4J.js";
import "./chunks/chunk-MAAELMKE.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-6UYLTFXC.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";

// src/entrypoints/probot-server.ts
import { readFileSync } from "node:fs";

// src/entrypoints/probot/app-server.ts
import { createServer } from "node:http";
async function startAppServer(options) {
  const config = readGitHubAppConfig(options.env, options.readText);
  if (!config.configured) return { ok: false, errors: ['APP_ID, PRIVATE_KEY (or PRIVATE_KEY_PATH) and WEBHOOK_SECRET are not set; set them in the environment (docker run --env-file .env); docs/github-app.md "Install and run"'] };
  if (!config.ok) return config;
  const port = Number(options.env.PORT ?? 3e3);
  if (!Number.isSafeInteger(port) || port < 0 || port > 65535) return { ok: false, errors: [`PORT "${options.env.PORT}" is not a port number (0-65535)`] };
  const webhook = await createGitHubWebhookHandler({ config: config.value, env: options.env, ...options.Octokit ? { Octokit: options.Octokit } : {}, ...options.logLevel ? { logLevel: options.logLevel } : {} });
  const server = createServer((request, response) => {
    void (async () => {
      if (await webhook(request, response)) return;
      const path = (request.url ?? "/").split("?")[0];
      if (request.method === "GET" && path === "/shopfloor/health") return void response.writeHead(200, { "content-type": "text/plain" }).end("ok");
      response.writeHead(404, { "content-type": "text/plain", connection: "close" }).end("not found\n");
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise((resolve, reject) => server.once("error", reject).listen(port, options.env.HOST || "localhost", resolve));
  const address = server.address();
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return { ok: true, server, url: `http://${host}:${address.port}`, webhookPath: config.value.webhookPath };
}

// src/entrypoints/probot-server.ts
async function main() {
  const level = process.env.LOG_LEVEL;
  const logLevel = level === "trace" || level === "debug" || level === "info" || level === "warn" || level === "error" || level === "fatal" ? level : void 0;
  const started = await startAppServer({ env: process.env, readText: (path) => readFileSync(path, "utf8"), ...logLevel ? { logLevel } : {} });
  if (!started.ok) {
    for (const error of started.errors) process.stderr.write(`shopfloor: ${error}
`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(`Shopfloor GitHub App: webhook at ${started.url}${started.webhookPath}, health at ${started.url}/shopfloor/health
`);
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => started.server.close(() => process.exit(0)));
}
try {
  await main();
} catch (error) {
  process.stderr.write(`shopfloor: the App server failed to start: ${String(error?.message ?? error).split("\n")[0]}
`);
  process.exitCode = 1;
}
