import type { Context, Probot } from 'probot';
import type { GitHubAppDeps, GitHubAppSettings } from '../../workflows/github/github-app-deps.ts';
import { recordActionsRun, runIdOfWorkflowTitle } from '../../workflows/github/record-actions-run.ts';
import { onWebhook } from './on-webhook.ts';

export interface ActionsRunHandlerWiring {
  readonly settings: GitHubAppSettings;
  readonly depsFor: (context: Context) => GitHubAppDeps;
  readonly dispatch: (context: Context, key: string, work: () => Promise<unknown>) => Promise<unknown>;
}

/**
 * The implement workflow's runs (matched on its file; the run id from the title its `run-name` gives
 * it): as soon as GitHub says a run was requested, started or finished, the run's tracking comment links
 * that Actions run. Queued with the run's other work, keyed by its run id.
 */
export function registerActionsRunHandlers(app: Probot, wiring: ActionsRunHandlerWiring): void {
  onWebhook(app, ['workflow_run.requested', 'workflow_run.in_progress', 'workflow_run.completed'], 'workflow_run.started', async (context, { workflow_run: run, repository }) => {
    if (run.path?.split('@')[0]!.split('/').pop() !== wiring.settings.implementWorkflow) return;
    const runId = runIdOfWorkflowTitle(run.display_title);
    if (!runId) return;
    const repo = repository.full_name;
    await wiring.dispatch(context, `${repo}@run-${runId}`, () => recordActionsRun(wiring.depsFor(context), { repo, runId, url: run.html_url }));
  });
}
