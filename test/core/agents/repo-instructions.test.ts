import { describe, expect, it } from 'vitest';
import { isInstructionFile, renderRepoGuidance, selectInstructions } from '../../../src/core/agents/repo-instructions.ts';

const files = new Map([
  ['AGENTS.md', 'Root rules: use pnpm.'],
  ['src/AGENTS.md', 'src rules: no default exports.'],
  ['src/api/AGENTS.md', 'api rules: validate input with zod.'],
  ['docs/AGENTS.md', 'docs rules.'],
  ['CLAUDE.md', 'Claude notes.'],
  ['.github/copilot-instructions.md', 'Copilot notes.'],
  ['.github/instructions/ts.instructions.md', '---\napplyTo: "**/*.ts,**/*.tsx"\n---\nPrefer readonly types.'],
  ['.github/instructions/docs.instructions.md', "---\napplyTo: 'docs/**'\n---\nWrite in British English."],
]);

const picked = (scope: string[]) => selectInstructions(files, scope).map((entry) => `${entry.path} (${entry.why})`);

describe('repository instructions for a scope', () => {
  it.each([
    [['src/api/**'], ['src/api/AGENTS.md (nearest AGENTS.md to src/api/**)', 'CLAUDE.md (repository-wide)', '.github/copilot-instructions.md (repository-wide)', '.github/instructions/ts.instructions.md (applyTo **/*.ts)']],
    [['src/util/x.ts'], ['src/AGENTS.md (nearest AGENTS.md to src/util/x.ts)', 'CLAUDE.md (repository-wide)', '.github/copilot-instructions.md (repository-wide)', '.github/instructions/ts.instructions.md (applyTo **/*.ts)']],
    [['README.md'], ['AGENTS.md (nearest AGENTS.md to README.md)', 'CLAUDE.md (repository-wide)', '.github/copilot-instructions.md (repository-wide)']],
    [['docs/guide.md', 'src/**'], ['docs/AGENTS.md (nearest AGENTS.md to docs/guide.md)', 'src/AGENTS.md (nearest AGENTS.md to src/**)', 'CLAUDE.md (repository-wide)', '.github/copilot-instructions.md (repository-wide)', '.github/instructions/ts.instructions.md (applyTo **/*.ts)', '.github/instructions/docs.instructions.md (applyTo docs/**)']],
  ])('scope %j takes the nearest AGENTS.md up the tree and the instructions whose applyTo meets it', (scope, expected) => {
    expect(picked(scope)).toEqual(expected);
  });

  it('recognises the instruction files every agent tool reads, and nothing else', () => {
    expect(['AGENTS.md', 'a/b/AGENTS.md', 'CLAUDE.md', 'GEMINI.md', '.github/copilot-instructions.md', '.github/instructions/x.instructions.md'].every(isInstructionFile)).toBe(true);
    expect(['agents.md.bak', 'src/CLAUDE.md.txt', '.github/instructions/readme.md', 'docs/AGENTS.mdx'].some(isInstructionFile)).toBe(false);
  });

  it('renders bounded guidance without front matter, and nothing when no file applies', () => {
    const text = renderRepoGuidance(selectInstructions(files, ['src/x.ts']));
    expect(text).toContain('### .github/instructions/ts.instructions.md (applyTo **/*.ts)\nPrefer readonly types.');
    expect(text).not.toContain('applyTo: ');
    expect(renderRepoGuidance([])).toBe('');
    const huge = renderRepoGuidance([{ path: 'AGENTS.md', text: 'x'.repeat(50_000), why: 'w' }, { path: 'b/AGENTS.md', text: 'y'.repeat(50_000), why: 'w' }, { path: 'c/AGENTS.md', text: 'z'.repeat(50_000), why: 'w' }, { path: 'd/AGENTS.md', text: 'q', why: 'w' }]);
    expect(huge.length).toBeLessThan(26_000);
    expect(huge).toContain('(d/AGENTS.md left out: the guidance is over 24000 characters)');
  });
});
