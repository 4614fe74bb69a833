import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The one edit the scripted model asks the CLI to make, then it says `finalText` and stops. */
export interface ModelScript {
  /** A file in the CLI's work copy, relative to it. */
  readonly path: string;
  readonly content: string;
  /** What the file holds before (Codex's `apply_patch` replaces these lines). */
  readonly original: string;
  readonly finalText: string;
}

export interface SeenRequest {
  readonly url: string;
  readonly body: Record<string, unknown>;
}

export interface FakeModelServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly requests: readonly SeenRequest[];
  readonly close: () => Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 that speaks three providers' streaming APIs well enough for their own
 * CLIs: Anthropic Messages (SSE, for Claude Code via ANTHROPIC_BASE_URL), OpenAI Responses (SSE, for
 * Codex via a custom model provider) and Gemini `streamGenerateContent?alt=sse` (for Gemini CLI via
 * GOOGLE_GEMINI_BASE_URL). The agent conversation is scripted by how many tool results it already holds:
 * read the file, then write it (`script`), then finish. Side requests without tools (titles, quota
 * probes) get a short text answer.
 */
export async function startFakeModelServer(script: ModelScript): Promise<FakeModelServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      } catch {
        // Not JSON: answered below by route.
      }
      requests.push({ url: req.url ?? '', body });
      route(req, res, body, script);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function route(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, script: ModelScript): void {
  const url = req.url ?? '';
  if (req.method === 'POST' && /\/v1\/messages(\?|$)/.test(url)) return anthropic(res, body, script);
  if (req.method === 'POST' && /\/v1\/messages\/count_tokens/.test(url)) return json(res, { input_tokens: 100 });
  if (req.method === 'POST' && /\/responses(\?|$)/.test(url)) return openaiResponses(res, body, script);
  if (req.method === 'POST' && /:streamGenerateContent/.test(url)) return gemini(res, body, script, true);
  if (req.method === 'POST' && /:generateContent/.test(url)) return gemini(res, body, script, false);
  if (req.method === 'POST' && /:countTokens/.test(url)) return json(res, { totalTokens: 100 });
  if (req.method === 'GET' && /\/models/.test(url)) return json(res, { data: [], models: [] });
  json(res, { error: { message: `the fake model server has no route for ${req.method} ${url}` } }, 404);
}

function json(res: ServerResponse, value: unknown, status = 200): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function sse(res: ServerResponse, events: readonly { event?: string; data: unknown }[]): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const { event, data } of events) res.write(`${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`);
  res.end();
}

/** Which step of the script a conversation is at: 0 read, 1 write, 2 finish. */
const stepOf = (toolResults: number) => Math.min(toolResults, 2);

// Anthropic Messages: https://docs.anthropic.com/en/api/messages-streaming
let anthropicIds = 0;
function anthropic(res: ServerResponse, body: Record<string, unknown>, script: ModelScript): void {
  const messages = Array.isArray(body.messages) ? (body.messages as { content?: unknown }[]) : [];
  const tools = Array.isArray(body.tools) ? (body.tools as { name?: string }[]).map((tool) => tool.name) : [];
  const results = messages.flatMap((message) => (Array.isArray(message.content) ? (message.content as { type?: string }[]) : [])).filter((block) => block.type === 'tool_result').length;
  // Claude Code's Read/Write, or Copilot CLI's view/edit (its BYOK `anthropic` provider type).
  const claude = tools.includes('Write') && tools.includes('Read');
  const copilot = tools.includes('view') && tools.includes('edit');
  const step = claude || copilot ? stepOf(results) : 2;
  const id = `msg_fake_${++anthropicIds}`;
  const toolUse = (name: string, input: Record<string, string>) => ({ type: 'tool_use', id: `toolu_fake_${anthropicIds}`, name, input });
  const block = step === 0
    ? claude ? toolUse('Read', { file_path: script.path }) : toolUse('view', { path: `${copilotCwd(body)}/${script.path}` })
    : step === 1
      ? claude ? toolUse('Write', { file_path: script.path, content: script.content }) : toolUse('edit', { path: `${copilotCwd(body)}/${script.path}`, old_str: script.original, new_str: script.content })
      : { type: 'text', text: tools.length ? script.finalText : 'ok' };
  const usage = { input_tokens: 1200, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
  const message = { id, type: 'message', role: 'assistant', model: String(body.model ?? 'fake'), content: [] as unknown[], stop_reason: null, stop_sequence: null, usage };
  const stopReason = block.type === 'tool_use' ? 'tool_use' : 'end_turn';
  if (body.stream !== true) return json(res, { ...message, content: [block], stop_reason: stopReason, usage: { ...usage, output_tokens: 40 } });
  const start = block.type === 'tool_use' ? { ...block, input: {} } : { type: 'text', text: '' };
  const delta = block.type === 'tool_use' ? { type: 'input_json_delta', partial_json: JSON.stringify((block as { input: unknown }).input) } : { type: 'text_delta', text: (block as { text: string }).text };
  sse(res, [
    { event: 'message_start', data: { type: 'message_start', message } },
    { event: 'content_block_start', data: { type: 'content_block_start', index: 0, content_block: start } },
    { event: 'content_block_delta', data: { type: 'content_block_delta', index: 0, delta } },
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
    { event: 'message_delta', data: { type: 'message_delta', delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: 40 } } },
    { event: 'message_stop', data: { type: 'message_stop' } },
  ]);
}

/** Copilot CLI's tools want absolute paths; its system prompt names the working directory. */
function copilotCwd(body: Record<string, unknown>): string {
  const text = JSON.stringify(body.system ?? '');
  return /(?:current working directory|Current working directory)[^/]*(\/[^\s"\\<]+)/.exec(text)?.[1] ?? '.';
}

// OpenAI Responses streaming: https://platform.openai.com/docs/api-reference/responses-streaming
let responseIds = 0;
function openaiResponses(res: ServerResponse, body: Record<string, unknown>, script: ModelScript): void {
  const input = Array.isArray(body.input) ? (body.input as { type?: string }[]) : [];
  const results = input.filter((item) => item.type === 'function_call_output' || item.type === 'custom_tool_call_output').length;
  const tools = Array.isArray(body.tools) ? (body.tools as { name?: string; type?: string }[]) : [];
  const id = `resp_fake_${++responseIds}`;
  const step = tools.length ? (results === 0 ? 1 : 2) : 2;
  const item = step === 1 ? codexEdit(tools, script, id) : { type: 'message', id: `msg_${id}`, role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: tools.length ? script.finalText : 'ok', annotations: [] }] };
  const usage = { input_tokens: 1500, input_tokens_details: { cached_tokens: 0 }, output_tokens: 60, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 1560 };
  const response = { id, object: 'response', created_at: 0, status: 'in_progress', model: String(body.model ?? 'fake'), output: [] as unknown[] };
  sse(res, [
    { event: 'response.created', data: { type: 'response.created', response } },
    { event: 'response.output_item.added', data: { type: 'response.output_item.added', output_index: 0, item } },
    { event: 'response.output_item.done', data: { type: 'response.output_item.done', output_index: 0, item } },
    { event: 'response.completed', data: { type: 'response.completed', response: { ...response, status: 'completed', output: [item], usage } } },
  ]);
}

/** Codex's edit: its `apply_patch` tool when offered (freeform or JSON), else a shell command. */
function codexEdit(tools: readonly { name?: string; type?: string }[], script: ModelScript, id: string): Record<string, unknown> {
  const lines = (text: string, mark: string) => text.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '').map((line) => `${mark}${line}`);
  const patch = ['*** Begin Patch', `*** Update File: ${script.path}`, '@@', ...lines(script.original, '-'), ...lines(script.content, '+'), '*** End Patch', ''].join('\n');
  const applyPatch = tools.find((tool) => tool.name === 'apply_patch');
  if (applyPatch?.type === 'custom') return { type: 'custom_tool_call', id: `ctc_${id}`, call_id: `call_${id}`, name: 'apply_patch', input: patch, status: 'completed' };
  if (applyPatch) return { type: 'function_call', id: `fc_${id}`, call_id: `call_${id}`, name: 'apply_patch', arguments: JSON.stringify({ input: patch }), status: 'completed' };
  const shell = tools.find((tool) => tool.name === 'shell' || tool.name === 'exec_command' || tool.name === 'shell_command');
  const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;
  const command = `node -e 'require("fs").writeFileSync(process.argv[1], process.argv[2])' ${quote(script.path)} ${quote(script.content)}`;
  const args = shell?.name === 'shell' ? { command: ['bash', '-lc', command] } : shell?.name === 'exec_command' ? { cmd: command } : { command };
  return { type: 'function_call', id: `fc_${id}`, call_id: `call_${id}`, name: shell?.name ?? 'shell', arguments: JSON.stringify(args), status: 'completed' };
}

// Gemini generateContent: https://ai.google.dev/api/generate-content
function gemini(res: ServerResponse, body: Record<string, unknown>, script: ModelScript, stream: boolean): void {
  const contents = Array.isArray(body.contents) ? (body.contents as { parts?: { functionResponse?: unknown }[] }[]) : [];
  const results = contents.flatMap((content) => content.parts ?? []).filter((part) => part.functionResponse).length;
  const declarations = (Array.isArray(body.tools) ? (body.tools as { functionDeclarations?: { name?: string }[] }[]) : []).flatMap((tool) => tool.functionDeclarations ?? []).map((fn) => fn.name);
  const step = declarations.includes('write_file') ? (results === 0 ? 1 : 2) : 2;
  const part = step === 1 ? { functionCall: { name: 'write_file', args: { file_path: script.path, content: script.content } } } : { text: declarations.length ? script.finalText : '{"reasoning":"fake","next_speaker":"user"}' };
  const answer = { candidates: [{ content: { role: 'model', parts: [part] }, finishReason: 'STOP', index: 0 }], usageMetadata: { promptTokenCount: 1400, candidatesTokenCount: 50, totalTokenCount: 1450 }, modelVersion: 'fake' };
  if (!stream) return json(res, answer);
  sse(res, [{ data: answer }]);
}
