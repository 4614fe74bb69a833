import type { ServerResponse } from 'node:http';
import type { RunEvent } from '../../core/run-document/run-events.ts';

/** One server-sent-events response: `id:` is the revision, so a reconnect names where it stopped. */
export interface SseStream {
  readonly send: (event: RunEvent) => void;
  readonly resync: (revision: number) => void;
  readonly close: () => void;
}

export function openSseStream(response: ServerResponse, retryMs: number): SseStream {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  response.write(`retry: ${retryMs}\n\n`);
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
  heartbeat.unref();
  response.on('close', () => clearInterval(heartbeat));
  return {
    // JSON has no raw newlines, so one data line carries the whole event.
    send: (event) => void response.write(`id: ${event.revision}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
    resync: (revision) => void response.write(`event: resync\ndata: ${JSON.stringify({ revision })}\n\n`),
    close: () => {
      clearInterval(heartbeat);
      response.destroy();
    },
  };
}
