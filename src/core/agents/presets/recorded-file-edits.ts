import { isRecord, parseJsonObject, str } from '../agent-event.ts';
import type { AgentPresetName } from './agent-presets.ts';

/** A file change a recorded session made, with its contents, so a replay can make it again. */
export type RecordedEdit =
  | { readonly kind: 'write'; readonly path: string; readonly content: string }
  | { readonly kind: 'replace'; readonly path: string; readonly search: string; readonly replace: string; readonly all: boolean };

/**
 * The file edits in one line of a Claude Code stream-json recording: the `Write`, `Edit` and `MultiEdit`
 * tool calls of an `assistant` event, with paths made relative to the session's `cwd` (from its `init`
 * event) when they were absolute. Codex's `file_change` items carry no contents, so its recordings
 * replay progress and spend only.
 */
export function claudeCodeEdits(line: string, cwd: string | undefined): { readonly cwd?: string; readonly edits: readonly RecordedEdit[] } {
  const event = parseJsonObject(line);
  if (!event) return { edits: [] };
  if (event.type === 'system' && event.subtype === 'init') return { ...(str(event.cwd) ? { cwd: str(event.cwd) } : {}), edits: [] };
  if (event.type !== 'assistant' || !isRecord(event.message) || !Array.isArray(event.message.content)) return { edits: [] };
  const relative = (path: string) => (cwd && path.startsWith(`${cwd.replace(/\/$/, '')}/`) ? path.slice(cwd.replace(/\/$/, '').length + 1) : path);
  const edits: RecordedEdit[] = [];
  for (const block of event.message.content) {
    if (!isRecord(block) || block.type !== 'tool_use' || !isRecord(block.input)) continue;
    const input = block.input;
    const path = relative(str(input.file_path));
    if (!path) continue;
    if (block.name === 'Write' && typeof input.content === 'string') edits.push({ kind: 'write', path, content: input.content });
    if (block.name === 'Edit' && typeof input.old_string === 'string' && typeof input.new_string === 'string') edits.push({ kind: 'replace', path, search: input.old_string, replace: input.new_string, all: input.replace_all === true });
    if (block.name === 'MultiEdit' && Array.isArray(input.edits)) {
      for (const edit of input.edits) if (isRecord(edit) && typeof edit.old_string === 'string' && typeof edit.new_string === 'string') edits.push({ kind: 'replace', path, search: edit.old_string, replace: edit.new_string, all: edit.replace_all === true });
    }
  }
  return { edits };
}

/** Applies one recorded replacement to a file's text, or says why it cannot. */
export function applyRecordedReplace(text: string, edit: Extract<RecordedEdit, { kind: 'replace' }>): { ok: true; text: string } | { ok: false; reason: string } {
  if (edit.search === '') return { ok: false, reason: 'the recorded edit has an empty old_string' };
  const at = text.indexOf(edit.search);
  if (at === -1) return { ok: false, reason: 'the recorded old_string is not in the file (the replay base differs from the recording\'s)' };
  return { ok: true, text: edit.all ? text.split(edit.search).join(edit.replace) : text.slice(0, at) + edit.replace + text.slice(at + edit.search.length) };
}

/** Which CLI recorded a stream, from its first event: Claude Code, Codex, Gemini or Copilot; else undefined. */
export function detectRecordedPreset(text: string): AgentPresetName | undefined {
  for (const line of text.split('\n', 50)) {
    const type = str(parseJsonObject(line.trim())?.type);
    if (!type) continue;
    if (['system', 'assistant', 'user', 'result'].includes(type)) return 'claude-code';
    if (/^(thread|turn|item)\./.test(type)) return 'codex';
    if (['init', 'message', 'tool_use'].includes(type)) return 'gemini';
    if (/^(session|assistant|tool)\./.test(type)) return 'copilot';
  }
  return undefined;
}
