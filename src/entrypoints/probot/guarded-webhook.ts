import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Probot } from 'probot';

/** GitHub caps a delivery's payload at 25 MB; anything larger is not from GitHub. */
export const webhookBodyLimit = 25 * 1024 * 1024;

type BodyRead = { readonly ok: true; readonly body: string } | { readonly ok: false; readonly reason: string };

/** The body, or a refusal as soon as it is known to pass `limit` (by its declared length, or while it streams). */
export async function readDeliveryBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: `the body is ${declared} bytes, over the ${limit}-byte limit` };
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return { ok: false, reason: `the body passed the ${limit}-byte limit` };
    chunks.push(chunk);
  }
  return { ok: true, body: Buffer.concat(chunks).toString('utf8') };
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
 * buffered (the connection is closed), the signature is checked over the raw body, a signed body that is
 * not a JSON object gets 400, and each refusal is logged once in one line. What passes goes to
 * `probot.receive`; the answer is 200 once the App's handlers return (they answer within their budget).
 */
export function createGuardedWebhookHandler(options: GuardedWebhookOptions): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const limit = options.limit ?? webhookBodyLimit;
  return async (request, response) => {
    if ((request.url ?? '/').split('?')[0] !== options.path) return false;
    const id = String(request.headers['x-github-delivery'] ?? 'unknown').slice(0, 100);
    const refuse = (status: number, reason: string) => {
      options.log(`shopfloor: rejected delivery ${id}: ${reason}`);
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end(`${reason}\n`);
      // Whatever of the body is still coming is not read: the socket goes once the answer is out.
      response.on('finish', () => request.destroy());
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
