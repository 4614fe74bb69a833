import type { Annotation } from '../gate-spec.ts';
import { parseCargoJson } from './parse-cargo-json.ts';
import { parseEslintJson, parseEslintStylish } from './parse-eslint.ts';
import { parseJunit } from './parse-junit.ts';
import { parseTsc } from './parse-tsc.ts';
import { parseWorkflowCommands } from './parse-workflow-commands.ts';

/** Every format the emulator recognises, tried on every log; a format that does not match finds nothing. */
export const annotationParsers = [parseWorkflowCommands, parseTsc, parseEslintJson, parseEslintStylish, parseJunit, parseCargoJson] as const;

const ansi = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;

/** Removes terminal colour codes so tools run with colours still parse. */
export function stripAnsi(text: string): string {
  return text.replace(ansi, '');
}

/**
 * Annotations from a gate's output in any known format, with paths made repository-relative (absolute
 * paths under `root` lose the prefix, Windows separators become `/`) and duplicates dropped.
 */
export function parseAnnotations(output: string, root: string): Annotation[] {
  const text = stripAnsi(output);
  const seen = new Set<string>();
  const result: Annotation[] = [];
  for (const parser of annotationParsers) {
    for (const annotation of parser(text)) {
      const path = relativePath(annotation.path, root);
      const key = `${path}:${annotation.line}:${annotation.column ?? 0}:${annotation.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({ ...annotation, path });
    }
  }
  return result;
}

function relativePath(path: string, root: string): string {
  const slashed = path.replace(/\\/g, '/');
  const base = root.replace(/\\/g, '/').replace(/\/+$/, '');
  const relative = slashed.toLowerCase().startsWith(`${base.toLowerCase()}/`) ? slashed.slice(base.length + 1) : slashed;
  return relative.replace(/^\.\//, '');
}
