import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runUnderWine, winePath } from '../helpers/wine.ts';
import { hostileArguments } from './hostile-arguments.ts';

// The Windows box (dist/shopfloor-box.exe, built by `npm run build:native`) driven by Shopfloor's runner,
// on Windows APIs: node.exe under Wine runs windows-box-probes.ts. Wine has job objects but neither
// integrity levels nor other accounts, so the real boxes must fail closed here, and the job-only
// launcher (what Windows uses under `isolation: none`) shows the job's part. docs/security-model.md says
// what Wine cannot show.
type Probe = { ok: boolean; detail?: string; version?: string };
interface Findings {
  platform: string;
  version: Probe;
  restrictedProbe: Probe;
  account: { sealed: string; sealedHoldsNoPassword: boolean; probe: Probe; tampered: Probe };
  failClosed: { exitCode: number | null; startError: string | null; ran: boolean };
  isolation: { mode: string; reason?: string };
  argv: { argv: unknown; exitCode: number | null };
  environment: { env: Record<string, string>; parentHasCanary: boolean };
  exitCodes: Record<string, number | null>;
  daemon: { exitCode: number | null; boxedBeating: boolean | string; unboxedBeating: boolean | string };
  timeLimit: { timedOut: boolean; beating: boolean | string };
  launcherKilled: { beatingBefore: boolean | string; beatingAfter: boolean | string };
}

const launcher = join(import.meta.dirname, '..', '..', 'dist', 'shopfloor-box.exe');
let findings: Findings;
beforeAll(async () => {
  if (!existsSync(launcher)) throw new Error(`${launcher} is missing: run npm run build:native (apt-get install gcc-mingw-w64-x86-64-win32)`);
  findings = await runUnderWine<Findings>(join(import.meta.dirname, 'windows-box-probes.ts'), 400_000, [winePath(launcher)]);
}, 600_000);

describe('the Windows box (shopfloor-box.exe under Wine)', () => {
  it('starts and says its version', () => {
    expect(findings.platform).toBe('win32');
    expect(findings.version).toMatchObject({ ok: true, version: '1.0' });
  });

  it('refuses, with the reason, when it cannot lower the token to Low integrity (Wine keeps the level)', () => {
    expect(findings.restrictedProbe).toEqual({ ok: false, detail: expect.stringContaining('shopfloor-box: cannot lower the token to Low integrity') });
  });

  it('seals the account password with DPAPI, and refuses when it cannot log the account on or unseal the file', () => {
    expect(findings.account.sealed).toBe('sealed');
    expect(findings.account.sealedHoldsNoPassword).toBe(true);
    expect(findings.account.probe).toEqual({ ok: false, detail: expect.stringContaining('shopfloor-box: cannot') });
    expect(findings.account.tampered).toEqual({ ok: false, detail: expect.stringContaining('shopfloor-box: cannot unseal the account file') });
  });

  it('runs nothing when the box cannot be built, and says why', () => {
    expect(findings.failClosed).toEqual({ exitCode: null, startError: expect.stringMatching(/^the Windows box could not start the command: cannot lower the token to Low integrity/), ran: false });
  });

  it('judged code then runs unboxed only as isolation none, saying why, in a job object', () => {
    expect(findings.isolation.mode).toBe('none');
    expect(findings.isolation.reason).toContain('cannot lower the token to Low integrity');
    expect(findings.isolation.reason).toContain('Commands still run in a job object');
  });

  it('hands the command hostile arguments exactly', () => {
    expect(findings.argv).toEqual({ argv: hostileArguments, exitCode: 0 });
  });

  it("gives the command exactly the environment it was given, with the box's own home and temp, and nothing of its parent", () => {
    const { env, parentHasCanary } = findings.environment;
    expect(parentHasCanary).toBe(true);
    expect(env.GIVEN).toBe('given value');
    expect(JSON.stringify(env)).not.toContain('canary-in-the-parent');
    expect(env.TEMP).toMatch(/shopfloor-box-[^\\]+\\temp$/);
    expect(env.USERPROFILE).toMatch(/shopfloor-box-[^\\]+\\home$/);
    // Node adds the Windows system variables a process needs when the given environment lacks them
    // (libuv's required list), and Wine's loader adds its own WINE* names to every process; nothing else may appear.
    const given = ['Path', 'SystemRoot', 'PATHEXT', 'GIVEN', 'HOME', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA', 'TEMP', 'TMP'].map((name) => name.toUpperCase());
    const added = ['HOMEDRIVE', 'HOMEPATH', 'LOGONSERVER', 'SYSTEMDRIVE', 'USERDOMAIN', 'USERNAME', 'WINDIR'];
    for (const name of Object.keys(env).filter((key) => !/^WINE/.test(key))) expect([...given, ...added], name).toContain(name.toUpperCase());
  });

  it('passes exit codes through', () => {
    expect(findings.exitCodes).toEqual({ 0: 0, 3: 3, 255: 255, 23307: 23307, 70000: 70000 });
  });

  it('ends a daemon the command started when the command ends (unboxed, the same daemon lives on)', () => {
    expect(findings.daemon).toEqual({ exitCode: 0, boxedBeating: false, unboxedBeating: true });
  });

  it('kills the whole tree at the time limit', () => {
    expect(findings.timeLimit).toEqual({ timedOut: true, beating: false });
  });

  it('kills the whole tree when the launcher itself is killed', () => {
    expect(findings.launcherKilled).toEqual({ beatingBefore: true, beatingAfter: false });
  });
});
