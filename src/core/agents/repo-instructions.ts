import { literalHead } from '../glob/compile-glob.ts';
import { globsOverlap } from '../glob/globs-overlap.ts';

/**
 * Instruction files the agent tools read (AGENTS.md and its relatives). They come from the default
 * branch, which only a merge can change, so Shopfloor's own roles take them as trusted guidance; an
 * agent branch that edits one is a dangerous change (see `dangerousPathGlobs`).
 */
export const instructionFileGlobs = ['AGENTS.md', '**/AGENTS.md', 'CLAUDE.md', '**/CLAUDE.md', 'GEMINI.md', '**/GEMINI.md', '.github/copilot-instructions.md', '.github/instructions/**'] as const;

const maxFileChars = 8_000;
const maxTotalChars = 24_000;

export interface RepoInstruction {
  readonly path: string;
  readonly text: string;
  /** Why it applies: `nearest to src/`, `applyTo **\/*.ts`, `repository-wide`. */
  readonly why: string;
}

/** Whether a repository path is an instruction file worth reading. */
export function isInstructionFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name === 'AGENTS.md' || path === 'CLAUDE.md' || path === 'GEMINI.md' || path === '.github/copilot-instructions.md' || (path.startsWith('.github/instructions/') && path.endsWith('.instructions.md'));
}

/**
 * The instructions that apply to a work order's scope: for each scope path, the nearest AGENTS.md up the
 * tree (the AGENTS.md convention); the root CLAUDE.md, GEMINI.md and Copilot's repository instructions;
 * each `.github/instructions/*.instructions.md` whose `applyTo` globs meet the scope. Pure.
 */
export function selectInstructions(files: ReadonlyMap<string, string>, scope: readonly string[]): RepoInstruction[] {
  const chosen = new Map<string, RepoInstruction>();
  const add = (path: string, why: string) => {
    const text = files.get(path);
    if (text !== undefined && !chosen.has(path)) chosen.set(path, { path, text, why });
  };
  for (const glob of scope) {
    const dir = literalHead(glob, false);
    const parts = dir.split('/').filter(Boolean);
    for (let depth = parts.length; depth >= 0; depth--) {
      const candidate = [...parts.slice(0, depth), 'AGENTS.md'].join('/');
      if (files.has(candidate)) {
        add(candidate, `nearest AGENTS.md to ${glob}`);
        break;
      }
    }
  }
  for (const path of ['CLAUDE.md', 'GEMINI.md', '.github/copilot-instructions.md']) add(path, 'repository-wide');
  for (const [path, text] of files) {
    if (!path.startsWith('.github/instructions/') || !path.endsWith('.instructions.md')) continue;
    const applyTo = frontMatterApplyTo(text);
    const hit = applyTo.find((pattern) => scope.some((glob) => safeOverlap(pattern, glob)));
    if (hit) add(path, `applyTo ${hit}`);
  }
  return [...chosen.values()];
}

/** The guidance block for a role's system prompt, bounded; empty when nothing applies. */
export function renderRepoGuidance(instructions: readonly RepoInstruction[]): string {
  if (instructions.length === 0) return '';
  let left = maxTotalChars;
  const parts: string[] = [];
  for (const entry of instructions) {
    const body = stripFrontMatter(entry.text).trim();
    const room = Math.min(maxFileChars, left);
    if (room <= 0) {
      parts.push(`(${entry.path} left out: the guidance is over ${maxTotalChars} characters)`);
      continue;
    }
    const text = body.length > room ? `${body.slice(0, room)}\n(… ${entry.path} cut at ${room} characters)` : body;
    left -= text.length;
    parts.push(`### ${entry.path} (${entry.why})\n${text}`);
  }
  return `Repository guidance from the default branch (the maintainers' instruction files; follow it where it does not conflict with your rules above):\n\n${parts.join('\n\n')}`;
}

function frontMatterApplyTo(text: string): string[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const line = match ? /^applyTo:\s*(.+)$/m.exec(match[1]!) : undefined;
  if (!line) return [];
  return line[1]!.trim().replace(/^['"]|['"]$/g, '').split(',').map((glob) => glob.trim()).filter(Boolean);
}

function stripFrontMatter(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

function safeOverlap(a: string, b: string): boolean {
  try {
    return globsOverlap(a, b).overlap;
  } catch {
    return false;
  }
}
