import { loopRunId } from '../../core/loop/loop-run-id.ts';
import { guardMain, type GuardInput } from './guard-main.ts';
import type { LoopEvent, LoopOptions, LoopPorts, OpenRun } from './loop-types.ts';

/**
 * The canary guard a run owes main before anything else (a run killed after a merge, or main left RED).
 * A GREEN canary is only a note on the commit; once it is not GREEN, the guard gets a run document of its
 * own (opened then, with what it said so far), so its bisect and the revert it lands or holds are visible
 * in the Writer like any other run.
 */
export async function guardStartingMain(sha: string, input: Omit<GuardInput, 'say'>, options: LoopOptions, ports: LoopPorts): Promise<void> {
  const said: string[] = [];
  let run: OpenRun | undefined;
  let red = false;
  let outcome = '';
  const emit = (event: LoopEvent) => {
    if (event.type === 'canary') {
      red ||= event.verdict !== 'GREEN';
      outcome = `canary ${event.verdict} on ${event.sha.slice(0, 12)}`;
    }
    if (event.type === 'reverted') outcome = `reverted ${event.culprit.slice(0, 12)} as ${event.sha.slice(0, 12)}; bug work order ${event.bugWorkOrder}`;
    if (event.type === 'revert-held') outcome = `${outcome}; no revert${event.culprit ? ` of ${event.culprit.slice(0, 12)}` : ''}: ${event.reasons.join('; ')}`;
    input.emit(event);
  };
  const say = async (text: string) => {
    said.push(text);
    if (!red) return;
    if (!run) {
      run = await ports.openRun(loopRunId(ports.clock(), 'guard-main', ports.randomHex(3)), `Guard ${options.main} at ${sha.slice(0, 12)}: the canary is not GREEN; bisect and revert`);
      await run.recorder.setStatus('running', `guarding ${options.main} at ${sha.slice(0, 12)}`);
      await run.recorder.markSection('conductor', 'active');
      for (const line of said) await run.recorder.appendLine('conductor', line, { source: 'system' });
      return;
    }
    await run.recorder.appendLine('conductor', text, { source: 'system' });
  };
  try {
    await guardMain(sha, { ...input, emit, say }, options, ports);
    await run?.recorder.markSection('conductor', 'done');
    await run?.recorder.setStatus('completed', outcome);
  } catch (error) {
    await run?.recorder.markSection('conductor', 'failed').catch(() => undefined);
    await run?.recorder.setStatus('failed', error instanceof Error ? error.message : String(error)).catch(() => undefined);
    throw error;
  } finally {
    await run?.close();
  }
}
