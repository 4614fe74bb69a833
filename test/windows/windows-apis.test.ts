import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runUnderWine } from '../helpers/wine.ts';
import { agentPaths, cmdUnsafe, hostileArguments } from './hostile-arguments.ts';

// Shopfloor's Windows code on Windows APIs: the official Windows node.exe under Wine runs the probes in
// windows-probes.ts (process starts, quoting, .cmd launching, PATHEXT, tree kill, the agent path guard).
// What Wine cannot show (junctions, taskkill /T) is said in docs/self-hosted-runners.md.
type Verdict = { ok: boolean; reason?: string };
interface Findings {
  platform: string;
  libuvArgv: unknown;
  runnerArgv: { argv: unknown; exitCode: number };
  quotedArgv: { seen: unknown; split: unknown };
  batchFile: { results: Record<string, { argv?: unknown; refused?: string }>; injectionRefused: boolean; markerWritten: boolean };
  pathext: { bare: boolean; upper: boolean; missing: boolean; withoutPathext: boolean };
  treeKill: { timedOut: boolean; heartbeatStopped: boolean; grandchildAlive: boolean };
  paths: { verdicts: Record<string, Verdict>; facts: { junction: string; caseInsensitive: boolean } };
}

let findings: Findings;
beforeAll(async () => {
  findings = await runUnderWine<Findings>(join(import.meta.dirname, 'windows-probes.ts'));
}, 600_000);

describe('on Windows APIs (node.exe under Wine)', () => {
  it('runs as win32', () => {
    expect(findings.platform).toBe('win32');
  });

  it('hostile arguments reach the program exactly, through libuv and through the process runner', () => {
    expect(findings.libuvArgv).toEqual(hostileArguments);
    expect(findings.runnerArgv).toEqual({ argv: hostileArguments, exitCode: 0 });
  });

  it("Shopfloor's command-line quoting is read back exactly by the C runtime, and its splitter agrees", () => {
    expect(findings.quotedArgv.seen).toEqual(hostileArguments);
    expect(findings.quotedArgv.split).toEqual(hostileArguments);
  });

  it('a .cmd program gets every cmd-safe argument unchanged, the others are refused, and nothing is injected', () => {
    for (const argument of hostileArguments) {
      const result = findings.batchFile.results[argument]!;
      if (cmdUnsafe.test(argument)) expect(result.refused, argument).toMatch(/cmd\.exe cannot take safely/);
      else expect(result, argument).toEqual({ argv: [argument], exitCode: 0 });
    }
    expect(findings.batchFile.injectionRefused).toBe(true);
    expect(findings.batchFile.markerWritten).toBe(false);
  });

  it('finds a program through PATHEXT, case-insensitively, and not without it', () => {
    expect(findings.pathext).toEqual({ bare: true, upper: true, missing: false, withoutPathext: false });
  });

  it('a timed-out command ends, and stops running', () => {
    expect(findings.treeKill).toMatchObject({ timedOut: true, heartbeatStopped: true });
  });

  it('the agent path guard allows plain in-scope paths and refuses every aliasing or escaping form', () => {
    for (const [input, allowed] of Object.entries(agentPaths)) expect(findings.paths.verdicts[input]?.ok, input).toBe(allowed);
    // Why the guard folds case on Windows: the file system does.
    expect(findings.paths.facts.caseInsensitive).toBe(true);
    // Wine 8 cannot create junctions (ENOTSUP); where it can, the escape through one must be refused.
    if (findings.paths.facts.junction === 'created') expect(findings.paths.verdicts['src/link/x.ts']?.ok).toBe(false);
  });
});
