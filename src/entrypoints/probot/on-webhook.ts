import type { Context, Probot } from 'probot';
import { readWebhookPayload, type WebhookPayload, type WebhookPayloadName } from './webhook-payloads.ts';

type EventNames = Parameters<Probot['on']>[0];

/**
 * `app.on` with the payload read at the edge through `webhookPayloads[schema]`: a payload that does not
 * fit is logged in one line (event, delivery id, why) and ignored, and an error the handler throws is
 * logged in one line too, so nothing escapes into Probot's delivery handling.
 */
export function onWebhook<N extends WebhookPayloadName>(app: Probot, events: EventNames, schema: N, handler: (context: Context, payload: WebhookPayload<N>) => Promise<unknown>): void {
  app.on(events, async (raw) => {
    const context: Context = raw;
    const action = (context.payload as { action?: unknown }).action;
    const event = `${context.name}${typeof action === 'string' ? `.${action}` : ''}`;
    const read = readWebhookPayload(schema, context.payload);
    if (!read.ok) return void context.log.info(`shopfloor: ignored ${event} delivery ${context.id}: the payload does not fit (${read.reason})`);
    try {
      await handler(context, read.value);
    } catch (error) {
      context.log.error(`shopfloor: ${event} delivery ${context.id} failed: ${String((error as Error)?.message ?? error).replace(/\s+/g, ' ').slice(0, 300)}`);
    }
  });
}
