import { ignoreShopfloorDir } from '../core/git/ignore-shopfloor-dir.ts';
import { pinWorkflowTemplate } from '../core/github/pin-workflow-template.ts';
import { policyJsonSchema, renderJsonSchema, workOrderJsonSchema } from '../core/json-schemas.ts';
import { policyPath } from '../core/policy/check-policy-file.ts';
import { renderPolicyScaffold } from '../core/policy/render-policy-scaffold.ts';
import { renderWorkOrderScaffold, type WorkOrderScaffold } from '../core/workorder/render-work-order-scaffold.ts';
import type { RepoFiles } from '../ports/repo-files.ts';
import { workOrdersDirectory } from './validate-repo.ts';

export const workOrderSchemaPath = `${workOrdersDirectory}/schema.json`;
export const policySchemaPath = '.github/shopfloor.schema.json';
export const workOrderIssueFormPath = '.github/ISSUE_TEMPLATE/workorder.yml';

export interface ScaffoldStep {
  readonly path: string;
  readonly outcome: 'created' | 'kept' | 'updated';
}

/**
 * `shopfloor init`: creates `workorders/`, its JSON Schema and a commented `.github/shopfloor.yml`, and
 * ignores `.shopfloor/` (signing keys, runs) in `.gitignore`; given `issueForm` (the text of Shopfloor's
 * own `.github/ISSUE_TEMPLATE/workorder.yml`, the issue form intake reads), it writes that too. A user's
 * existing file is never overwritten; only the generated schema files are refreshed and the ignore line
 * appended.
 */
export async function initRepo(files: RepoFiles, issueForm?: string): Promise<ScaffoldStep[]> {
  const hasPackageJson = (await files.kind('package.json')) === 'file';
  return [
    await refreshGenerated(files, workOrderSchemaPath, renderJsonSchema(workOrderJsonSchema())),
    await refreshGenerated(files, policySchemaPath, renderJsonSchema(policyJsonSchema())),
    await createOnce(files, policyPath, renderPolicyScaffold({ testCommand: hasPackageJson ? 'npm test' : 'echo "replace with your test command"' })),
    ...(issueForm === undefined ? [] : [await createOnce(files, workOrderIssueFormPath, issueForm)]),
    await ensureShopfloorIgnored(files),
  ];
}

/** `shopfloor new`: writes `workorders/<id>.yml` (never over an existing file) and the schema beside it. */
export async function scaffoldWorkOrder(files: RepoFiles, input: WorkOrderScaffold): Promise<ScaffoldStep[]> {
  const path = `${workOrdersDirectory}/${input.id}.yml`;
  return [await refreshGenerated(files, workOrderSchemaPath, renderJsonSchema(workOrderJsonSchema())), await createOnce(files, path, renderWorkOrderScaffold(input))];
}

/** Appends `.shopfloor/` to the repository's `.gitignore` unless it is already ignored there. */
export async function ensureShopfloorIgnored(files: RepoFiles): Promise<ScaffoldStep> {
  const current = await files.read('.gitignore');
  const next = ignoreShopfloorDir(current);
  if (next === undefined) return { path: '.gitignore', outcome: 'kept' };
  await files.replace('.gitignore', next);
  return { path: '.gitignore', outcome: current === undefined ? 'created' : 'updated' };
}

async function createOnce(files: RepoFiles, path: string, text: string): Promise<ScaffoldStep> {
  return { path, outcome: (await files.create(path, text)) === 'created' ? 'created' : 'kept' };
}

async function refreshGenerated(files: RepoFiles, path: string, text: string): Promise<ScaffoldStep> {
  const current = await files.read(path);
  if (current === text) return { path, outcome: 'kept' };
  await files.replace(path, text);
  return { path, outcome: current === undefined ? 'created' : 'updated' };
}

export interface WorkflowTemplate {
  readonly name: string;
  readonly text: string;
}

/**
 * `shopfloor init --workflows REF`: the workflow templates in `.github/workflows/`, each pinned to the
 * Shopfloor release `actionRef`; a workflow the user already has is kept as it is.
 */
export async function initWorkflows(files: RepoFiles, templates: readonly WorkflowTemplate[], actionRef: string, version?: string): Promise<{ readonly ok: true; readonly steps: ScaffoldStep[] } | { readonly ok: false; readonly reason: string }> {
  const pinned: { path: string; text: string }[] = [];
  for (const template of templates) {
    const result = pinWorkflowTemplate(template.text, actionRef, version);
    if (!result.ok) return { ok: false, reason: `${template.name}: ${result.reason}` };
    pinned.push({ path: `.github/workflows/${template.name}`, text: result.text });
  }
  const steps: ScaffoldStep[] = [];
  for (const file of pinned) steps.push(await createOnce(files, file.path, file.text));
  return { ok: true, steps };
}
