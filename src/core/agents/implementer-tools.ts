import { z } from 'zod';
import type { ToolSpec } from './chat-messages.ts';

/** The implementer's tools: argument schemas are the contract; every call is checked before it runs. */
export const toolArgumentSchemas = {
  list_files: z.object({ path: z.string().optional() }).strict(),
  read_file: z.object({ path: z.string() }).strict(),
  search_text: z.object({ query: z.string().min(1).max(200), path: z.string().optional() }).strict(),
  write_file: z.object({ path: z.string(), content: z.string() }).strict(),
  edit_file: z.object({ path: z.string(), search: z.string().min(1), replace: z.string() }).strict(),
  run_command: z.object({ argv: z.array(z.string()).min(1) }).strict(),
  finish: z.object({ summary: z.string().min(1) }).strict(),
} as const;

export type ToolName = keyof typeof toolArgumentSchemas;
export type ToolArguments<Name extends ToolName> = z.output<(typeof toolArgumentSchemas)[Name]>;
export type ParsedToolCall = { [Name in ToolName]: { readonly name: Name; readonly args: ToolArguments<Name> } }[ToolName];

const descriptions: Readonly<Record<ToolName, string>> = {
  list_files: 'List files under a repository-relative folder (default: the root).',
  read_file: 'Read a repository-relative text file.',
  search_text: 'Find lines containing a literal string, optionally under a folder.',
  write_file: 'Create or overwrite a file inside the work order scope.',
  edit_file: 'Replace exactly one occurrence of `search` with `replace` in a file inside the scope.',
  run_command: 'Run one allowlisted program as an argv array, without a shell, in the worktree.',
  finish: 'Say you are done, with a one-paragraph summary of what changed.',
};

/** Tool specs for the model, generated from the same schemas that check the calls. */
export function toolSpecs(names: readonly ToolName[]): ToolSpec[] {
  return names.map((name) => {
    const { $schema: _drop, ...parameters } = z.toJSONSchema(toolArgumentSchemas[name]) as Record<string, unknown>;
    return { name, description: descriptions[name], parameters };
  });
}

export type ToolCallParse = { readonly ok: true; readonly call: ParsedToolCall } | { readonly ok: false; readonly error: string };

/**
 * Parses a model's tool call. Malformed JSON or wrong arguments become a message for the model, never an
 * exception: models emit broken JSON now and then and must be told, not crash the run.
 */
export function parseToolCall(name: string, rawArguments: string, allowed: readonly ToolName[]): ToolCallParse {
  if (!(allowed as readonly string[]).includes(name)) return { ok: false, error: `unknown tool "${name}"; available: ${allowed.join(', ')}` };
  let json: unknown;
  try {
    json = rawArguments.trim() === '' ? {} : JSON.parse(rawArguments);
  } catch (error) {
    return { ok: false, error: `the arguments for ${name} are not valid JSON (${(error as Error).message}); send the call again with a JSON object` };
  }
  const parsed = toolArgumentSchemas[name as ToolName].safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'arguments'}: ${issue.message}`).join('; ');
    return { ok: false, error: `invalid arguments for ${name}: ${problems}` };
  }
  return { ok: true, call: { name, args: parsed.data } as ParsedToolCall };
}
