import type { GitHubAppDeps } from './github-app-deps.ts';
import type { CommandReply, CommentEvent } from './comment-event.ts';
import { lastGoodRefName } from './handle-canary-red.ts';

/**
 * `/shopfloor bisect`: dispatches culprit finding to a runner between last-known-good and the default
 * branch's head (the canary workflow with `command: bisect`). Refused, with what to do, when there is no
 * last-good ref yet or main is last-good itself.
 */
export async function commandBisect(deps: GitHubAppDeps, event: CommentEvent): Promise<CommandReply> {
  const { forge } = deps;
  const [main, lastGood] = await Promise.all([forge.getDefaultBranch(event.repo), forge.getRef(event.repo, lastGoodRefName)]);
  if (!lastGood) return { allowed: false, text: `Not done: there is no \`refs/${lastGoodRefName}\` yet, so culprit finding has no good end; a GREEN canary run (\`shopfloor canary\`) sets it.` };
  if (lastGood === main.sha) return { allowed: false, text: `Not done: ${main.name} (\`${main.sha.slice(0, 12)}\`) is last-known-good itself; there is nothing to bisect.` };
  const workflow = deps.settings.canaryWorkflow;
  await forge.dispatchWorkflow(event.repo, workflow, main.name, { command: 'bisect', good: lastGood, bad: main.sha });
  return { allowed: true, text: `Dispatched culprit finding to a runner: \`${workflow}\` with \`command: bisect\` between last-known-good \`${lastGood.slice(0, 12)}\` and ${main.name} \`${main.sha.slice(0, 12)}\`.` };
}
