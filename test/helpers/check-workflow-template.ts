import { parse } from 'yaml';

type Json = Record<string, unknown>;

/** Triggers whose runs can only execute this repository's own code (fork PRs are guarded per job). */
const allowedTriggers = new Set(['push', 'pull_request', 'merge_group', 'workflow_dispatch', 'schedule']);
const pinned = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/;
const forkGuard = 'github.event.pull_request.head.repo.full_name == github.repository';
// Commands of the Shopfloor action that run the code being judged, so they need the Linux box.
const judgedCommands = new Set(['verify', 'canary', 'bisect', 'revert']);
const isShopfloorAction = (uses: string) => uses === './shopfloor-action' || /^[A-Za-z0-9_.-]+\/shopfloor@/.test(uses);
// Pushing or merging: a run holding these must not be cancelled halfway.
const writeScopes = ['contents', 'pull-requests'];

const asRecord = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);

/**
 * The rules every Shopfloor workflow template keeps, as a list of violations (empty when it keeps them):
 * least-privilege permissions per job, third-party actions pinned to a full commit SHA with a version
 * comment, no trigger that runs with untrusted context, no fork code on self-hosted runners, concurrency
 * that never cancels a run that may write, judged commands (verify, canary, bisect, revert) on Linux only,
 * pwsh and byte-exact long-path git on Windows, no `${{ }}`
 * inside scripts, and the local Shopfloor action only from a trusted default-branch checkout.
 */
export function checkWorkflowTemplate(text: string): string[] {
  const problems: string[] = [];
  const workflow = asRecord(parse(text));
  const on = workflow.on ?? workflow[true as unknown as string]; // YAML 1.1 readers turn `on` into true
  const triggers = typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys(asRecord(on));
  for (const trigger of triggers) if (!allowedTriggers.has(trigger)) problems.push(`trigger "${trigger}" is not allowed (only ${[...allowedTriggers].join(', ')})`);
  const prTriggered = triggers.includes('pull_request');
  if (JSON.stringify(workflow.permissions) !== '{}') problems.push('top-level permissions must be {} so every job names what it needs');
  const workflowConcurrency = workflow.concurrency;

  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
    if (!match) continue;
    const [, ref, rest] = match as unknown as [string, string, string];
    if (ref.startsWith('./')) continue;
    if (!pinned.test(ref)) problems.push(`line ${index + 1}: "${ref}" is not pinned to a full 40-hex commit SHA`);
    else if (!/#\s*v\d/.test(rest)) problems.push(`line ${index + 1}: "${ref}" has no "# vX.Y.Z" comment naming the version`);
  }

  for (const [id, value] of Object.entries(asRecord(workflow.jobs))) {
    const job = asRecord(value);
    const where = `job ${id}`;
    const permissions = job.permissions;
    if (permissions === undefined) problems.push(`${where}: no permissions (set the least it needs)`);
    if (permissions === 'write-all' || permissions === 'read-all') problems.push(`${where}: permissions "${permissions}" is not least privilege`);
    const steps = asList(job.steps).map(asRecord);
    const mintsAppToken = steps.some((step) => String(step.uses ?? '').startsWith('actions/create-github-app-token@'));
    const writes = mintsAppToken || writeScopes.some((scope) => asRecord(permissions)[scope] === 'write') || triggers.includes('merge_group');

    const labels = asList(job['runs-on']).map(String);
    if (labels.includes('self-hosted') && prTriggered && !String(job.if ?? '').includes(forkGuard)) problems.push(`${where}: runs pull_request code on a self-hosted runner without the fork guard (${forkGuard})`);

    const concurrency = job.concurrency ?? workflowConcurrency;
    if (concurrency === undefined) problems.push(`${where}: no concurrency group`);
    const cancel = asRecord(concurrency)['cancel-in-progress'];
    const cancelsOnlyPullRequests = typeof cancel === 'string' && /^\$\{\{\s*github\.event_name == 'pull_request'\s*\}\}$/.test(cancel);
    if (writes && cancel !== false && !cancelsOnlyPullRequests) problems.push(`${where}: may write or merge, so cancel-in-progress must be false`);

    const judged = steps.map((step) => (isShopfloorAction(String(step.uses ?? '')) ? String(asRecord(step.with).command ?? '') : '')).filter((command) => judgedCommands.has(command));
    const onLinux = labels.includes('linux') || labels.some((label) => label.startsWith('ubuntu-'));
    if (judged.length > 0 && !onLinux) problems.push(`${where}: runs Shopfloor ${judged.join(', ')} (the code being judged) on "${labels.join(', ')}", not on Linux, where its sandbox is (docs/security-model.md)`);

    if (labels.includes('windows')) {
      const defaultShell = asRecord(asRecord(job.defaults).run).shell;
      for (const step of steps) if (step.run !== undefined && (step.shell ?? defaultShell) !== 'pwsh') problems.push(`${where}: step "${String(step.name ?? step.run)}" on Windows does not use pwsh`);
      const env = asRecord(job.env);
      const config = new Map<string, string>();
      for (let i = 0; i < Number(env.GIT_CONFIG_COUNT ?? 0); i += 1) config.set(String(env[`GIT_CONFIG_KEY_${i}`]), String(env[`GIT_CONFIG_VALUE_${i}`]));
      if (config.get('core.autocrlf') !== 'false') problems.push(`${where}: Windows checkout without core.autocrlf=false (GIT_CONFIG_KEY_n/VALUE_n)`);
      if (config.get('core.longpaths') !== 'true') problems.push(`${where}: Windows checkout without core.longpaths=true (GIT_CONFIG_KEY_n/VALUE_n)`);
    }

    for (const [position, step] of steps.entries()) {
      if (typeof step.run === 'string' && step.run.includes('${{')) problems.push(`${where}: step "${String(step.name ?? position)}" puts an expression into its script; pass it through env`);
      const uses = String(step.uses ?? '');
      if (!uses.startsWith('./')) continue;
      const path = uses.slice(2).replace(/\/$/, '');
      const source = steps.slice(0, position).find((earlier) => String(earlier.uses ?? '').startsWith('actions/checkout@') && asRecord(earlier.with).path === path);
      if (!source || asRecord(source.with).ref !== '${{ github.event.repository.default_branch }}') problems.push(`${where}: local action ${uses} must come from a checkout of the default branch into ${path}/, not from the code under test`);
    }
  }
  return problems;
}
