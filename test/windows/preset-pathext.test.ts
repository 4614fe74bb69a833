import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../src/core/agents/agent-event.ts';
import { runUnderWine } from '../helpers/wine.ts';

// Agent CLI presets on Windows APIs (node.exe under Wine runs preset-pathext-probe.ts).
interface Run {
  outcome: { exitCode?: number; startError?: string };
  events: AgentEvent[];
  stderr: string;
}
interface Findings {
  platform: string;
  promptLength: number;
  claude: Run;
  copilot: Run;
  error?: string;
}

let findings: Findings;
beforeAll(async () => {
  findings = await runUnderWine<Findings>(join(import.meta.dirname, 'preset-pathext-probe.ts'));
}, 600_000);

describe('agent CLI presets on Windows APIs (node.exe under Wine)', () => {
  it('finds `claude` as npm\'s claude.CMD through PATHEXT, starts it through cmd.exe and parses its stream', () => {
    expect(findings.error).toBeUndefined();
    expect(findings.claude.outcome, findings.claude.stderr).toMatchObject({ exitCode: 0 });
    expect(findings.claude.events.map((event) => event.kind)).toEqual(['started', 'message', 'usage', 'usage', 'result']);
    // The prompt, full of cmd.exe metacharacters, went on stdin whole; none of it reached the command line.
    expect(findings.claude.events[1]).toMatchObject({ kind: 'message', text: expect.stringContaining(`prompt had ${findings.promptLength} characters`) });
    expect(JSON.stringify(findings.claude.events[1])).not.toContain('Fix it');
  });

  it('refuses a preset whose prompt goes on the command line when PATHEXT finds a batch file', () => {
    expect(findings.copilot.outcome.startError).toMatch(/copilot\.cmd is a batch file, so cmd\.exe would interpret the prompt on its command line/);
    expect(findings.copilot.events).toEqual([]);
  });
});
