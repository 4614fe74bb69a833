import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRunId } from '../../core/run-document/document-model.ts';
import type { RunFeed, RunSummary } from './run-feed.ts';
import { runListScript } from './run-list-script.ts';
import { runPageScript } from './run-page-script.ts';
import { openSseStream, type SseStream } from './sse-stream.ts';
import { renderCommitPage, renderNotFoundPage, renderRoadmapPage, renderRunListPage, renderRunPage } from './writer-pages.ts';
import { roadmapScript } from './roadmap-script.ts';
import { runListStatuses, workOrderOf } from './render-run-rows.ts';
import { renderRoadmapSvg } from '../../core/roadmap/render-roadmap-svg.ts';
import type { Roadmap } from '../../core/roadmap/build-roadmap.ts';
import type { ThroughputMetrics } from '../../core/metrics/metrics-types.ts';
import { renderMetricsPage } from './render-metrics-page.ts';
import { writerStyle } from './writer-style.ts';
import { runObjects, serveObjectPage, type WriterObjects } from './object-routes.ts';
import { linkifyHtml, resolveObjectLinks } from './link-objects.ts';
import { workOrderOfObjective, type ObjectRef } from '../../core/run-document/object-refs.ts';
import { findTrainPlace, trainPlaceLines } from '../../core/train/render-train-place.ts';
import type { TrainState } from '../../core/train/train-types.ts';

export interface WriterServerOptions {
  readonly feed: RunFeed;
  /** Shown on the run list. */
  readonly storeDir: string;
  /** Default 127.0.0.1: the Writer shows agent output, so it is not offered to the network unless asked. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** How often the run store is read for new runs and events (default 200 ms). */
  readonly pollMs?: number;
  /** Reconnect delay the browser is told to use after a dropped stream (default 1,000 ms). */
  readonly retryMs?: number;
  readonly onError?: (error: unknown) => void;
  /** The repository's roadmap with live states, for /roadmap (absent: the Writer serves a run store alone). */
  readonly roadmap?: (runs: readonly RunSummary[]) => Promise<Roadmap>;
  /** The repository's metrics (what `shopfloor metrics` computes), for /metrics. */
  readonly metrics?: () => Promise<ThroughputMetrics>;
  /** A commit of the repository (`git show --stat`, its report note), for /commits/<sha>; undefined when there is none. */
  readonly showCommit?: (sha: string) => Promise<{ readonly full?: string; readonly commit: string; readonly report?: string } | undefined>;
  /** The repository's objects (work-order files, branches, reports, logs, patches): pages for each, and links to them from every run. */
  readonly objects?: WriterObjects;
  /** The merge trains the repository holds; a run's page shows its work order's place in one. */
  readonly train?: () => Promise<readonly TrainState[]>;
  /**
   * Handlers tried, in order, before the Writer's own routes (`shopfloor serve` mounts the GitHub App
   * webhook here). One that returns true has answered the request; false passes it on.
   */
  readonly handlers?: readonly ((request: IncomingMessage, response: ServerResponse) => Promise<boolean>)[];
}

export interface WriterServer {
  readonly url: string;
  /** Ends every open event stream (browsers reconnect with Last-Event-ID); for tests and restarts. */
  readonly dropStreams: () => number;
  readonly close: () => Promise<void>;
}

const securityHeaders = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
} as const;

const assets: Record<string, { type: string; body: string }> = {
  '/assets/writer.css': { type: 'text/css; charset=utf-8', body: writerStyle },
  '/assets/run-page.js': { type: 'text/javascript; charset=utf-8', body: runPageScript },
  '/assets/run-list.js': { type: 'text/javascript; charset=utf-8', body: runListScript },
  '/assets/roadmap.js': { type: 'text/javascript; charset=utf-8', body: roadmapScript },
};

/**
 * The Writer web view: a run list and a live page per run over server-sent events, on plain node:http.
 * It follows the run store through the feed, so runs written by other processes appear live.
 */
export async function startWriterServer(options: WriterServerOptions): Promise<WriterServer> {
  const { feed } = options;
  const streams = new Set<SseStream>();
  const retryMs = options.retryMs ?? 1_000;
  await feed.poll();
  let polling = false;
  const timer = setInterval(() => {
    if (polling) return;
    polling = true;
    feed.poll().catch((error: unknown) => options.onError?.(error)).finally(() => (polling = false));
  }, options.pollMs ?? 200);

  const send = (response: ServerResponse, status: number, type: string, body: string) => {
    response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...securityHeaders });
    response.end(body);
  };
  const json = (response: ServerResponse, status: number, value: unknown) => send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));

  // Bound to loopback, only loopback names are served: a web page elsewhere cannot rebind its own
  // domain to 127.0.0.1 and read agent output through the visitor's browser.
  const loopback = ['127.0.0.1', '::1', 'localhost'].includes(options.host ?? '127.0.0.1');
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const hostname = (request.headers.host ?? '').replace(/:\d+$/, '');
    if (loopback && !['127.0.0.1', 'localhost', '[::1]'].includes(hostname)) return json(response, 421, { error: `host "${hostname}" is not served; open the Writer at 127.0.0.1 or localhost` });
    if (request.method !== 'GET' && request.method !== 'HEAD') return json(response, 405, { error: 'the Writer is read-only: use GET' });
    const url = new URL(request.url ?? '/', 'http://writer.invalid');
    const path = url.pathname;
    const asset = assets[path];
    if (asset) return send(response, 200, asset.type, asset.body);
    if (path === '/metrics') return void sendMetrics(response);
    const commit = /^\/commits\/([0-9a-f]{7,40})$/.exec(path);
    if (commit) return void sendCommit(response, commit[1]!);
    if (/^\/(workorders|branches|artifacts|patches)\//.test(path)) return void sendObject(response, path, url.searchParams);
    // The rest answer from the runs. The timer can leave the feed a poll behind the store, so it reads the
    // store first: a page asked for after a run wrote its end shows that end (the roadmap says done, not running).
    await feed.poll().catch((error: unknown) => options.onError?.(error));
    return handleRuns(request, response, url);
  };

  const handleRuns = (request: IncomingMessage, response: ServerResponse, url: URL) => {
    const path = url.pathname;
    if (path === '/') {
      const status = url.searchParams.get('status') ?? '';
      return send(response, 200, 'text/html; charset=utf-8', renderRunListPage(feed.list(), options.storeDir, (runListStatuses as readonly string[]).includes(status) ? status : undefined));
    }
    if (path === '/api/runs') return json(response, 200, feed.list());
    if (path === '/roadmap') return void sendRoadmap(response);
    const match = /^\/(runs|api\/runs)\/([^/]+)(\/document|\/events|\/times|\/objects)?$/.exec(path);
    const runId = match ? decodeURIComponent(match[2]!) : '';
    if (!match || !checkRunId(runId).ok) return send(response, 404, 'text/html; charset=utf-8', renderNotFoundPage(`There is no page at ${path}.`));
    const document = feed.document(runId);
    if (match[1] === 'runs' && !match[3]) return send(response, document ? 200 : 404, 'text/html; charset=utf-8', document ? renderRunPage(runId) : renderNotFoundPage(`No run "${runId}" in ${options.storeDir} (yet).`));
    if (!document) return json(response, 404, { error: `no run "${runId}" in the run store` });
    if (match[3] === '/document' && url.searchParams.has('revision')) return void sendRevision(response, runId, url.searchParams.get('revision')!, document.revision);
    if (match[3] === '/document') return json(response, 200, document);
    if (match[3] === '/times' && match[1] === 'api/runs') return json(response, 200, feed.times(runId));
    if (match[3] === '/objects' && match[1] === 'api/runs') return void sendRunObjects(response, runId);
    if (match[3] === '/events') return streamEvents(request, response, runId, url);
    return send(response, 404, 'text/html; charset=utf-8', renderNotFoundPage(`There is no page at ${path}.`));
  };

  const sendRoadmap = async (response: ServerResponse) => {
    if (!options.roadmap) return send(response, 404, 'text/html; charset=utf-8', renderNotFoundPage('This Writer serves a run store without a repository, so it has no roadmap; run shopfloor serve --repo DIR.'));
    try {
      const runs = feed.list();
      const newest = new Map<string, string>();
      for (const run of runs) if (workOrderOf(run) && !newest.has(workOrderOf(run)!)) newest.set(workOrderOf(run)!, run.runId);
      const svg = renderRoadmapSvg(await options.roadmap(runs), (id) => (newest.has(id) ? `/runs/${encodeURIComponent(newest.get(id)!)}` : '#'));
      return send(response, 200, 'text/html; charset=utf-8', renderRoadmapPage(svg));
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: 'internal error; see the server log' });
    }
  };

  const sendObject = async (response: ServerResponse, path: string, query: URLSearchParams) => {
    try {
      const page = options.objects ? await serveObjectPage(options.objects, path, query) : undefined;
      return page ? send(response, page.status, page.type, page.body) : send(response, 404, 'text/html; charset=utf-8', renderNotFoundPage(options.objects ? `Nothing at ${path} in the repository behind this Writer.` : 'This Writer serves a run store without a repository; run shopfloor serve --repo DIR to follow its objects.'));
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: 'internal error; see the server log' });
    }
  };

  const sendRunObjects = async (response: ServerResponse, runId: string) => {
    try {
      const document = feed.document(runId)!;
      const showCommit = options.showCommit;
      // Without a repository's objects: GitHub pages, and commits when the Writer can show them.
      const resolve = options.objects?.repo.resolve ?? (async (ref: ObjectRef) => (ref.kind === 'github' ? ref.key : ref.kind === 'commit' && showCommit && (await showCommit(ref.key)) ? `/commits/${ref.key}` : undefined));
      const found = options.objects ? await runObjects(options.objects, runId, document) : { links: Object.fromEntries(await resolveObjectLinks(document.sections.flatMap((s) => [s.canon, s.proposal ?? '']).join('\n'), resolve)), objects: [] };
      const workOrder = workOrderOfObjective(document.objective);
      const place = options.train && workOrder ? findTrainPlace(await options.train(), workOrder) : undefined;
      const train = place ? trainPlaceLines(place) : [];
      const trainLinks = Object.fromEntries(await resolveObjectLinks(train.join('\n'), resolve));
      return json(response, 200, { ...found, links: { ...found.links, ...trainLinks }, train });
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: 'internal error; see the server log' });
    }
  };

  const sendCommit = async (response: ServerResponse, sha: string) => {
    try {
      const shown = await options.showCommit?.(sha);
      const linked = shown && options.objects ? await linkifyHtml(shown.commit, options.objects.repo.resolve) : undefined;
      return shown ? send(response, 200, 'text/html; charset=utf-8', renderCommitPage(sha, shown, linked)) : send(response, 404, 'text/html; charset=utf-8', renderNotFoundPage(`No commit ${sha} in the repository behind this Writer.`));
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: 'internal error; see the server log' });
    }
  };

  const sendMetrics = async (response: ServerResponse) => {
    if (!options.metrics) return send(response, 404, 'text/html; charset=utf-8', renderNotFoundPage('This Writer serves a run store without a repository, so it has no metrics; run shopfloor serve --repo DIR.'));
    try {
      return send(response, 200, 'text/html; charset=utf-8', renderMetricsPage(await options.metrics()));
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: 'internal error; see the server log' });
    }
  };

  /** An earlier revision of a run (the page's revision slider), rebuilt from its event log. */
  const sendRevision = async (response: ServerResponse, runId: string, value: string, latest: number) => {
    const revision = Number(value);
    if (!/^\d+$/.test(value) || revision > latest) return json(response, 400, { error: `revision must be a whole number from 0 to ${latest}` });
    try {
      const past = await feed.documentAt(runId, revision);
      return past ? json(response, 200, past) : json(response, 404, { error: `revision ${revision} of "${runId}" is no longer in its event log` });
    } catch (error) {
      options.onError?.(error);
      return json(response, 500, { error: 'internal error; see the server log' });
    }
  };

  const streamEvents = (request: IncomingMessage, response: ServerResponse, runId: string, url: URL) => {
    const stream = openSseStream(response, retryMs);
    streams.add(stream);
    const lastEventId = request.headers['last-event-id'];
    const after = Number(typeof lastEventId === 'string' && lastEventId !== '' ? lastEventId : (url.searchParams.get('after') ?? feed.document(runId)!.revision));
    const backlog = Number.isInteger(after) ? feed.eventsAfter(runId, after) : 'resync';
    if (backlog === 'resync') stream.resync(feed.document(runId)!.revision);
    else for (const event of backlog) stream.send(event);
    const unsubscribe = feed.subscribe(runId, (message) => (message.kind === 'event' ? stream.send(message.event) : stream.resync(message.revision)));
    response.on('close', () => {
      unsubscribe();
      streams.delete(stream);
    });
  };

  const handlers = options.handlers ?? [];
  const server = createServer(async (request, response) => {
    try {
      for (const handler of handlers) if (await handler(request, response)) return;
      await handle(request, response);
    } catch (error) {
      options.onError?.(error);
      if (!response.headersSent) json(response, 500, { error: 'internal error; see the server log' });
      else response.destroy();
    }
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
    });
  } catch (error) {
    // A busy port must not leave the poll timer holding the process open.
    clearInterval(timer);
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    dropStreams: () => {
      const count = streams.size;
      for (const stream of [...streams]) stream.close();
      return count;
    },
    close: async () => {
      clearInterval(timer);
      for (const stream of streams) stream.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Browsers keep idle keep-alive sockets open; without this, close waits for them to time out.
      server.closeAllConnections();
      await closed;
    },
  };
}
