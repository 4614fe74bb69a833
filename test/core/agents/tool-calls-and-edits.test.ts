import { describe, expect, it } from 'vitest';
import { planAgentEnvironment } from '../../../src/core/agents/agent-environment.ts';
import { applyExactEdit } from '../../../src/core/agents/edit-text.ts';
import { parseToolCall, toolSpecs } from '../../../src/core/agents/implementer-tools.ts';
import { roleDefinitions } from '../../../src/core/agents/roles.ts';

const tools = roleDefinitions.implementer.tools;

describe('parseToolCall', () => {
  it('parses a valid call', () => {
    expect(parseToolCall('write_file', '{"path":"src/a.ts","content":"x"}', tools)).toEqual({ ok: true, call: { name: 'write_file', args: { path: 'src/a.ts', content: 'x' } } });
  });

  it.each([
    ['write_file', '{"path": "src/a.ts", "content": ', 'not valid JSON'],
    ['write_file', '{"path": "src/a.ts"}', 'invalid arguments for write_file: content'],
    ['write_file', '{"path": "a", "content": "x", "mode": 511}', 'invalid arguments'],
    ['run_command', '{"argv": "rm -rf /"}', 'argv'],
    ['delete_repo', '{}', 'unknown tool "delete_repo"'],
  ])('%s %s → %s', (name, args, message) => {
    const parsed = parseToolCall(name, args, tools);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  it('describes the tools from the same schemas', () => {
    const specs = toolSpecs(tools);
    expect(specs.map((spec) => spec.name)).toEqual([...tools]);
    expect(specs.find((spec) => spec.name === 'edit_file')?.parameters).toMatchObject({ type: 'object', required: ['path', 'search', 'replace'] });
  });
});

describe('applyExactEdit', () => {
  it.each([
    ['a b c', 'b', 'B', { ok: true, text: 'a B c' }],
    ['a b c', 'x', 'B', { ok: false, error: 'edit_file: the search text was not found in f.ts; read the file and copy the exact text, including whitespace' }],
    ['x\nb\nb', 'b', 'B', { ok: false, error: 'edit_file: the search text occurs more than once in f.ts (lines 2 and 3); include more surrounding text so it is unique' }],
  ])('%j: %j → %j', (text, search, replace, expected) => {
    expect(applyExactEdit(text, search, replace, 'f.ts')).toEqual(expected);
  });
});

describe('planAgentEnvironment', () => {
  const source = { PATH: '/bin', GITHUB_TOKEN: 't', github_token: 't2', Gh_Token: 't3', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'a', NPM_TOKEN: 'n', OPENAI_API_KEY: 'o', ANTHROPIC_API_KEY: 'k', LANG: 'C' };

  it('never passes forge or runner credentials, even when allowlisted, and folds case on Windows', () => {
    const plan = planAgentEnvironment(source, { allow: ['GITHUB_TOKEN', 'NPM_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'], platform: 'windows' });
    expect(Object.keys(plan.env).sort()).toEqual(['LANG', 'PATH']);
    expect(plan.withheld).toEqual(expect.arrayContaining(['GITHUB_TOKEN', 'github_token', 'Gh_Token', 'NPM_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN']));
  });

  it('passes only the command provider\'s own key, never the other roles\' keys', () => {
    const plan = planAgentEnvironment(source, { allow: ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY'], providerKeyEnvs: ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY'], ownKeyEnv: 'ANTHROPIC_API_KEY', platform: 'linux' });
    expect(plan.env.ANTHROPIC_API_KEY).toBe('k');
    expect(plan.env.OPENAI_API_KEY).toBeUndefined();
  });
});
