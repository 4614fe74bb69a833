import type { Transcript } from '../../core/agents/chat-messages.ts';
import type { ChatAgentProvider } from '../../ports/agent-provider.ts';

/**
 * Plays back a recorded transcript, one recorded response per call, in order; deterministic. Past the last
 * turn it answers with a failure so a run never loops on an exhausted recording.
 */
export function createReplayProvider(transcript: Transcript, name = 'replay'): ChatAgentProvider {
  let next = 0;
  return {
    kind: 'chat',
    name,
    complete: async () => {
      const turn = transcript.turns[next];
      if (!turn) return { ok: false, error: `the replay transcript has only ${transcript.turns.length} turns and the run asked for more`, retries: 0, exhausted: true };
      next++;
      return { ok: true, message: turn.response, usage: { promptTokens: turn.usage?.promptTokens ?? 0, completionTokens: turn.usage?.completionTokens ?? 0, costUsd: turn.usage?.costUsd ?? 0 }, retries: 0 };
    },
  };
}
