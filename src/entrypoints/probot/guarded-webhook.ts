import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Probot } from 'probot';

/** GitHub caps a delivery's payload at 25 MB; anything larger is not from GitHub. */
export const webhookBodyLimit = 25 * 1024 * 1024;

type BodyRead = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly reason: string };

/**
 * The body, or a refusal as soon as it is known to pass `limit` (by its declared length, or while it
 * streams). On a refusal the request is paused, not destroyed: destroying it would take the socket the
 * 413 must still go out on (an async iterator left early does exactly that), and the client would see
 * a reset instead of the answer.
 */
export function readDeliveryBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve({ ok: false, reason: `the body is ${declared} bytes, over the ${limit}-byte limit` });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (read: BodyRead) => {
      request.off('data', onData).off('end', onEnd).off('error', onError);
      resolve(read);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.pause();
      settle({ ok: false, reason: `the body passed the ${limit}-byte limit` });
    };
    const onEnd = () => settle({ ok: true, body: Buffer.concat(chunks).toString('utf8') });
    const onError = (error: Error) => settle({ ok: false, reason: `the body could not be read (${error.message})` });
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/** How long a refused body still coming is read and thrown away before its connection is cut. */
const lingerMs = 2_000;

/**
 * After a refusal, the rest of the body is read and thrown away (never kept) for a moment, then the
 * socket goes. Closing it at once with body bytes unread makes TCP send a reset, and a client still
 * sending can lose the answer already on its way (it sees ECONNRESET, not 413): the lingering close web
 * servers do. A client that reads the answer and stops ends it sooner.
 */
function lingerThenClose(request: IncomingMessage): void {
  if (request.complete) return;
  const timer = setTimeout(() => request.destroy(), lingerMs);
  timer.unref();
  request.once('close', () => clearTimeout(timer));
  request.resume();
}

export interface GuardedWebhookOptions {
  readonly probot: Probot;
  readonly path: string;
  /** One line per rejected delivery: its id and why, never its body. */
  readonly log: (line: string) => void;
  readonly limit?: number;
}

/**
 * The webhook endpoint with GitHub's limits in front of Probot: a body over 25 MB gets 413 without being
 * buffered (what is still coming is thrown away for at most 2 s, then the connection is cut), the
 * signature is checked over the raw body, a signed body that is not a JSON object gets 400, and each
 * refusal is logged once in one line. What passes goes to
 * `probot.receive`; the answer is 200 once the App's handlers return (they answer within their budget).
 */
export function createGuardedWebhookHandler(options: GuardedWebhookOptions): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const limit = options.limit ?? webhookBodyLimit;
  return async (request, response) => {
    if ((request.url ?? '/').split('?')[0] !== options.path) return false;
    const id = String(request.headers['x-github-delivery'] ?? 'unknown').slice(0, 100);
    const refuse = (status: number, reason: string) => {
      options.log(`shopfloor: rejected delivery ${id}: ${reason}`);
      // No "Connection: close": the server would half-close the socket while a client still sends, and that
      // client's write fails (EPIPE) before it reads the answer. The rest is discarded, then cut (`lingerThenClose`).
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${reason}\n`);
      lingerThenClose(request);
      return true;
    };
    if (request.method !== 'POST') return refuse(405, `${request.method} is not a delivery; GitHub POSTs`);
    const read = await readDeliveryBody(request, limit);
    if (!read.ok) return refuse(413, read.reason);
    const signature = request.headers['x-hub-signature-256'];
    if (typeof signature !== 'string') return refuse(400, 'no X-Hub-Signature-256 header');
    if (!(await options.probot.webhooks.verify(read.body, signature).catch(() => false))) return refuse(401, 'the X-Hub-Signature-256 signature does not match the body');
    const name = request.headers['x-github-event'];
    if (typeof name !== 'string' || !name) return refuse(400, 'no X-GitHub-Event header');
    let payload: unknown;
    try {
      payload = JSON.parse(read.body);
    } catch {
      return refuse(400, 'the body is not JSON');
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return refuse(400, 'the body is not a JSON object');
    try {
      await options.probot.receive({ id, name, payload } as never);
    } catch (error) {
      options.log(`shopfloor: delivery ${id} (${name}) failed: ${String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 300)}`);
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('handler failed\n');
      return true;
    }
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('ok\n');
    return true;
  };
}
