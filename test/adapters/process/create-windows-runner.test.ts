import { describe, expect, it } from 'vitest';
import { createWindowsRunner } from '../../../src/adapters/process/create-judged-runner.ts';
import type { WindowsBoxProbe } from '../../../src/adapters/process/probe-windows-box.ts';

const works = (kind: 'restricted' | 'job'): WindowsBoxProbe => ({ ok: true, launcher: 'C:\\sf\\dist\\shopfloor-box.exe', version: '1.0', mode: { kind } });
const fails: WindowsBoxProbe = { ok: false, detail: 'the Windows box (restricted token) could not start: shopfloor-box: cannot lower the token to Low integrity' };

describe('createWindowsRunner (which Windows runner judged code gets)', () => {
  it('is the Windows box when the configured mode works', () => {
    expect(createWindowsRunner({ box: () => works('restricted'), jobOnly: () => works('job') }).isolation).toEqual({ mode: 'windows-job', version: '1.0', identity: 'restricted-token' });
    expect(createWindowsRunner({ box: () => ({ ok: true, launcher: 'x.exe', version: '1.0', mode: { kind: 'account', accountFile: 'C:\\a' } }), jobOnly: () => works('job') }).isolation).toMatchObject({ mode: 'windows-job', identity: 'account' });
  });

  it('says isolation none with the box\'s own reason when the box fails, and still uses the job when it can', () => {
    const runner = createWindowsRunner({ box: () => fails, jobOnly: () => works('job') });
    expect(runner.isolation.mode).toBe('none');
    const reason = runner.isolation.mode === 'none' ? runner.isolation.reason : '';
    expect(reason).toContain('cannot lower the token to Low integrity');
    expect(reason).toContain('Commands still run in a job object');
    const bare = createWindowsRunner({ box: () => fails, jobOnly: () => fails }).isolation;
    expect(bare.mode === 'none' && bare.reason).not.toContain('job object');
  });
});
