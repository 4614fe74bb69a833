import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { preparePathScope } from '../../core/agents/path-guard.ts';
import { createPresetParser, type AgentPresetName } from '../../core/agents/presets/agent-presets.ts';
import { applyRecordedReplace, claudeCodeEdits, type RecordedEdit } from '../../core/agents/presets/recorded-file-edits.ts';
import { createStreamParser } from '../../core/agents/split-stream-lines.ts';
import type { ExternalAgentProvider } from '../../ports/agent-provider.ts';
import { resolveAgentPath } from './resolve-agent-path.ts';

/**
 * Plays a recorded agent CLI session (the raw stream a preset run kept) into a run, deterministically:
 * its events fill the run document and count against the budget as they would live, and a Claude Code
 * recording's Write/Edit/MultiEdit calls are made again in the work copy (path-guarded; scope is judged
 * at publish as always). A Codex recording carries no file contents: it replays progress and spend only.
 */
export function createStreamReplayProvider(options: { readonly preset: AgentPresetName; readonly stream: string; readonly name?: string }): ExternalAgentProvider {
  return {
    kind: 'external',
    name: options.name ?? 'replay',
    preset: options.preset,
    run: async (request) => {
      const started = performance.now();
      const parser = createStreamParser(createPresetParser(options.preset));
      const scope = preparePathScope({ paths: ['**'], forbidden: [], flavor: 'posix' });
      let cwd: string | undefined;
      const emit = (events: ReturnType<typeof parser.push>) => events.forEach((event) => request.onEvent?.(event));
      const result = (aborted: boolean) => ({ exitCode: aborted ? undefined : 0, timedOut: false, aborted, startError: undefined, durationMs: performance.now() - started });
      for (const line of options.stream.split('\n')) {
        if (request.signal?.aborted) return result(true);
        if (options.preset === 'claude-code') {
          const found = claudeCodeEdits(line, cwd);
          cwd = found.cwd ?? cwd;
          for (const edit of found.edits) {
            const failure = await applyEdit(request.workdir, edit, scope);
            if (failure) request.onEvent?.({ kind: 'error', message: `replay could not make the recorded edit to ${edit.path}: ${failure}` });
          }
        }
        emit(parser.push(`${line}\n`));
        // Let a budget breach or a cancel land between events, as it would live.
        await new Promise((resolve) => setImmediate(resolve));
      }
      emit(parser.end());
      return result(Boolean(request.signal?.aborted));
    },
  };
}

async function applyEdit(root: string, edit: RecordedEdit, scope: ReturnType<typeof preparePathScope>): Promise<string | undefined> {
  const resolved = await resolveAgentPath(root, edit.path, 'write', scope);
  if (!resolved.ok) return resolved.reason;
  if (edit.kind === 'write') {
    await mkdir(dirname(resolved.absolute), { recursive: true });
    await writeFile(resolved.absolute, edit.content);
    return undefined;
  }
  const text = await readFile(resolved.absolute, 'utf8').catch(() => undefined);
  if (text === undefined) return 'the file does not exist';
  const applied = applyRecordedReplace(text, edit);
  if (!applied.ok) return applied.reason;
  await writeFile(resolved.absolute, applied.text);
  return undefined;
}
