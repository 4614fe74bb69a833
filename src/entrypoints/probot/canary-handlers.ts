import type { Context, Probot } from 'probot';
import type { GitHubAppDeps, GitHubAppSettings } from '../../workflows/github/github-app-deps.ts';
import { handleCanaryRed } from '../../workflows/github/handle-canary-red.ts';
import { onWebhook } from './on-webhook.ts';

export interface CanaryHandlerWiring {
  readonly settings: GitHubAppSettings;
  readonly depsFor: (context: Context) => GitHubAppDeps;
  readonly dispatch: (context: Context, key: string, work: () => Promise<unknown>) => Promise<unknown>;
}

/**
 * The red canary signal: `workflow_run.completed` of the canary workflow (matched on its file) with
 * conclusion `failure` on the default branch, started by a push, a schedule or a person (runs the App
 * dispatched itself, bisect and revert jobs, never count). That workflow's file can only change through a
 * merge, so the signal is authenticated. A failed `shopfloor/canary` check run is not a signal: any
 * workflow's token or any App with `checks: write` can create one on a main commit, and a revert must
 * never be that cheap to trigger. Work is queued per repository and keyed by the red commit.
 */
export function registerCanaryHandlers(app: Probot, wiring: CanaryHandlerWiring): void {
  const workflow = wiring.settings.canaryWorkflow;
  onWebhook(app, 'workflow_run.completed', 'workflow_run.completed', async (context, payload) => {
    const { workflow_run: run, repository } = payload;
    // Older deliveries have no `path`: they cannot be told apart from other workflows, so they never count.
    if (run.path?.split('@')[0]!.split('/').pop() !== workflow) return;
    if (run.conclusion !== 'failure' || run.head_branch !== repository.default_branch) return;
    if (run.head_repository && run.head_repository.full_name !== repository.full_name) return;
    if (!['push', 'schedule', 'workflow_dispatch'].includes(run.event)) return;
    if (run.event === 'workflow_dispatch' && run.triggering_actor?.type === 'Bot') return;
    const repo = repository.full_name;
    await wiring.dispatch(context, `${repo}#canary`, () => handleCanaryRed(wiring.depsFor(context), { repo, redSha: run.head_sha, runUrl: run.html_url }));
  });
}
