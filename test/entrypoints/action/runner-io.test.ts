import * as core from '@actions/core';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRunnerIo } from '../../../src/entrypoints/action/runner-io.ts';
import { parseOutputs } from '../../helpers/action-bundle.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/**
 * The runner IO over the real @actions/core, as a runner sees it: workflow commands on stdout and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files (core reads their paths from process.env, as on a runner).
 */
async function onRunner(extra: Record<string, string> = {}) {
  const dir = await makeTempDir('shopfloor-runner-io-');
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary') };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const env = { GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_REPOSITORY: 'octo/shop', ...extra };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
  const io = createRunnerIo(core, env, dir, new AbortController().signal);
  return { io, files, stdout: () => lines.join('') };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the action\'s runner IO over @actions/core', () => {
  it('reads declared inputs (an empty one is absent) and keeps secret inputs out of the environment it hands on', async () => {
    const { io } = await onRunner({ 'INPUT_WORK-ORDER': ' wo-7 ', INPUT_GATES: '', INPUT_SIGNING_KEY: 'pem', 'INPUT_SIGNING-KEY': 'pem' });
    expect(io.inputs['work-order']).toBe('wo-7');
    expect(io.inputs.gates).toBeUndefined();
    expect(io.inputs['signing-key']).toBe('pem');
    expect(io.env['INPUT_SIGNING-KEY']).toBeUndefined();
    expect(io.env['INPUT_WORK-ORDER']).toBe(' wo-7 ');
  });

  it('writes outputs in the heredoc form, so a value with newlines or a fake delimiter cannot forge another output', async () => {
    const { io, files } = await onRunner();
    const forged = 'pass\nghadelimiter_x\nverdict<<EOF\nforged\nEOF';
    io.setOutput('report-path', forged);
    io.setOutput('verdict', 'pass');
    const text = await readFile(files.output, 'utf8');
    expect(text).toMatch(/^report-path<<ghadelimiter_[0-9a-f-]{36}\n/);
    expect(parseOutputs(text)).toEqual({ 'report-path': forged, verdict: 'pass' });
  });

  it('masks each line of a multi-line secret (not the short ones), and escapes annotations with their file and line', async () => {
    const { io, stdout } = await onRunner();
    io.mask('-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA\n---\n-----END PRIVATE KEY-----\n');
    io.error('bad value\nsecond line 100%', { file: '.github/shopfloor.yml', line: 3, column: 5 });
    io.warning('whole file', { file: 'workorders/wo-1.yml' });
    io.error('no place');
    expect(stdout().split('\n')).toEqual([
      '::add-mask::-----BEGIN PRIVATE KEY-----',
      '::add-mask::MC4CAQAwBQYDK2VwBCIEIA',
      '::add-mask::-----END PRIVATE KEY-----',
      '::error file=.github/shopfloor.yml,line=3,col=5::bad value%0Asecond line 100%25',
      '::warning file=workorders/wo-1.yml::whole file',
      '::error::no place',
      '',
    ]);
  });

  it('appends to the job summary, and off a runner logs what it would have written instead of failing', async () => {
    const { io, files } = await onRunner();
    await io.appendSummary('## one');
    await io.appendSummary('two\n');
    expect(await readFile(files.summary, 'utf8')).toBe('## one\ntwo\n');

    vi.unstubAllEnvs();
    const off = createRunnerIo(core, {}, '/tmp', new AbortController().signal);
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    off.setOutput('verdict', 'pass\nmore');
    await off.appendSummary('## skipped');
    expect(lines.join('')).toBe('output verdict=pass (not on a runner: $GITHUB_OUTPUT is unset)\njob summary skipped (not on a runner: $GITHUB_STEP_SUMMARY is unset)\n');
  });
});
