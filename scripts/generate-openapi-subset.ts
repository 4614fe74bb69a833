// Writes test/fixtures/github/openapi-subset.json and webhooks-subset.json: only the REST operations and
// webhook payload schemas Shopfloor uses, with every `$ref` they reach, taken from GitHub's own OpenAPI
// description. The full packages unpack to ~440 MB, so they are fetched into a temp dir here and never
// installed. Run: `npx tsx scripts/generate-openapi-subset.ts` (needs the npm registry).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const openapiVersion = '23.0.2';
const webhooksVersion = '12.1.0';

/** `METHOD /path` of every REST call the GitHub adapter and the Probot app make. */
export const usedOperations = [
  'POST /app/installations/{installation_id}/access_tokens',
  'GET /repos/{owner}/{repo}',
  'GET /repos/{owner}/{repo}/issues',
  'POST /repos/{owner}/{repo}/issues',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'PUT /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/pulls',
  'POST /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge',
  'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
  'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
  'POST /repos/{owner}/{repo}/statuses/{sha}',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  'GET /repos/{owner}/{repo}/compare/{basehead}',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
  'POST /repos/{owner}/{repo}/git/trees',
  'POST /repos/{owner}/{repo}/git/commits',
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch',
  'POST /repos/{owner}/{repo}/merges',
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
  'GET /repos/{owner}/{repo}/rules/branches/{branch}',
] as const;

/** Webhook schemas (keys under `components.schemas`) for the events the app handles. */
export const usedWebhooks = ['webhook-issues-labeled', 'webhook-issues-opened', 'webhook-issue-comment-created',
  'webhook-pull-request-opened', 'webhook-pull-request-reopened', 'webhook-pull-request-synchronize', 'webhook-pull-request-ready-for-review',
  'webhook-check-run-completed', 'webhook-workflow-run-completed', 'webhook-merge-group-checks-requested',
  'webhook-pull-request-review-comment-created', 'webhook-pull-request-review-submitted',
  'webhook-check-run-created', 'webhook-check-run-rerequested', 'webhook-issue-comment-deleted', 'webhook-issue-comment-edited'] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function fetchSpec(dir: string, name: string, version: string, file: string): { [key: string]: Json } {
  execFileSync('npm', ['pack', `${name}@${version}`, '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const tarball = `${name.replace('@', '').replace('/', '-')}-${version}.tgz`;
  execFileSync('tar', ['-xzf', tarball, `package/${file}`], { cwd: dir });
  return JSON.parse(readFileSync(join(dir, 'package', file), 'utf8')) as { [key: string]: Json };
}

/** Copies `components.<kind>.<name>` for every `$ref` reachable from `root`, transitively. */
function collectRefs(root: Json, components: { [key: string]: Json }): { [key: string]: { [key: string]: Json } } {
  const out: { [key: string]: { [key: string]: Json } } = {};
  const seen = new Set<string>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const ref = node.$ref;
    if (typeof ref === 'string' && !seen.has(ref)) {
      seen.add(ref);
      const [, , kind, name] = ref.split('/') as [string, string, string, string];
      const target = (components[kind] as { [key: string]: Json })[name]!;
      (out[kind] ??= {})[name] = target;
      visit(target);
    }
    Object.values(node).forEach(visit);
  };
  visit(root);
  return out;
}

function subsetRest(spec: { [key: string]: Json }): Json {
  const paths: { [key: string]: { [key: string]: Json } } = {};
  const allPaths = spec.paths as { [key: string]: { [key: string]: Json } };
  for (const operation of usedOperations) {
    const [method, path] = operation.split(' ') as [string, string];
    const item = allPaths[path]?.[method.toLowerCase()];
    if (!item) throw new Error(`${operation} is not in @octokit/openapi ${openapiVersion}`);
    const { requestBody, parameters, operationId, responses } = item as { [key: string]: Json };
    const successOnly = Object.fromEntries(Object.entries(responses as { [key: string]: Json }).filter(([status]) => status.startsWith('2')));
    (paths[path] ??= {})[method.toLowerCase()] = { operationId: operationId!, parameters: parameters ?? [], ...(requestBody ? { requestBody } : {}), responses: successOnly };
  }
  const components = collectRefs(paths as Json, spec.components as { [key: string]: Json });
  return { openapi: spec.openapi!, info: { title: `api.github.com subset from @octokit/openapi ${openapiVersion}`, version: openapiVersion }, paths, components };
}

function subsetWebhooks(spec: { [key: string]: Json }): Json {
  const all = (spec.components as { [key: string]: { [key: string]: Json } }).schemas!;
  const schemas = Object.fromEntries(usedWebhooks.map((name) => [name, all[name]!]));
  const components = collectRefs(schemas, spec.components as { [key: string]: Json });
  return { info: { title: `webhook schemas from @octokit/openapi-webhooks ${webhooksVersion}`, version: webhooksVersion }, components: { schemas: { ...components.schemas, ...schemas } } };
}

const dir = mkdtempSync(join(tmpdir(), 'shopfloor-openapi-'));
try {
  const rest = subsetRest(fetchSpec(dir, '@octokit/openapi', openapiVersion, 'generated/api.github.com.json'));
  writeFileSync('test/fixtures/github/openapi-subset.json', `${JSON.stringify(rest, null, 1)}\n`);
  rmSync(join(dir, 'package'), { recursive: true, force: true });
  const hooks = subsetWebhooks(fetchSpec(dir, '@octokit/openapi-webhooks', webhooksVersion, 'generated/api.github.com.json'));
  writeFileSync('test/fixtures/github/webhooks-subset.json', `${JSON.stringify(hooks, null, 1)}\n`);
  console.log(`wrote ${usedOperations.length} operations and ${usedWebhooks.length} webhook schemas`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
