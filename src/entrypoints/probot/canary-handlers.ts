import type { Context, Probot } from 'probot';
import { defaultAppSettings, type GitHubAppDeps, type GitHubAppSettings } from '../../workflows/github/github-app-deps.ts';
import { handleCanaryRed } from '../../workflows/github/handle-canary-red.ts';

/** The check run name a canary may report under instead of (or besides) its workflow run. */
export const canaryCheckName = 'shopfloor/canary';

export interface CanaryHandlerWiring {
  readonly settings: GitHubAppSettings;
  readonly depsFor: (context: Context) => GitHubAppDeps;
  readonly dispatch: (context: Context, key: string, work: () => Promise<unknown>) => Promise<unknown>;
}

/**
 * The red canary signals. `workflow_run.completed` of the canary workflow (matched on its file) with
 * conclusion `failure` on the default branch, started by a push, a schedule or a person (runs the App
 * dispatched itself, bisect and revert jobs, never count). A completed `shopfloor/canary` check run that failed:
 * GitHub sends `created` and `completed` check_run events to every App with checks access, whoever made
 * the run (only `rerequested` and `requested_action` go to the owning App alone). Both land in one queue
 * per repository and are keyed by the red commit, so two signals for one red act once.
 */
export function registerCanaryHandlers(app: Probot, wiring: CanaryHandlerWiring): void {
  const workflow = wiring.settings.canaryWorkflow ?? defaultAppSettings.canaryWorkflow;
  app.on('workflow_run.completed', async (context) => {
    const { workflow_run: run, repository } = context.payload;
    if (run.path.split('@')[0]!.split('/').pop() !== workflow) return;
    if (run.conclusion !== 'failure' || run.head_branch !== repository.default_branch) return;
    if (run.head_repository && run.head_repository.full_name !== repository.full_name) return;
    if (!['push', 'schedule', 'workflow_dispatch'].includes(run.event)) return;
    if (run.event === 'workflow_dispatch' && run.triggering_actor?.type === 'Bot') return;
    const repo = repository.full_name;
    const ctx = context as unknown as Context;
    await wiring.dispatch(ctx, `${repo}#canary`, () => handleCanaryRed(wiring.depsFor(ctx), { repo, redSha: run.head_sha, runUrl: run.html_url }));
  });
  // The canary action creates its check run already completed; whether GitHub then also sends `completed`
  // is not documented, so both actions are heard (the red commit's key makes the second a no-op).
  app.on(['check_run.created', 'check_run.completed'], async (context) => {
    const { check_run: check, repository } = context.payload;
    if (check.name !== canaryCheckName || check.status !== 'completed' || check.conclusion !== 'failure') return;
    if (check.check_suite?.head_branch !== repository.default_branch) return;
    const repo = repository.full_name;
    const ctx = context as unknown as Context;
    await wiring.dispatch(ctx, `${repo}#canary`, () => handleCanaryRed(wiring.depsFor(ctx), { repo, redSha: check.head_sha, ...(check.html_url ? { runUrl: check.html_url } : {}) }));
  });
}
