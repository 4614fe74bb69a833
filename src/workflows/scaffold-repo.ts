import { policyJsonSchema, renderJsonSchema, workOrderJsonSchema } from '../core/json-schemas.ts';
import { policyPath } from '../core/policy/check-policy-file.ts';
import { renderPolicyScaffold } from '../core/policy/render-policy-scaffold.ts';
import { renderWorkOrderScaffold, type WorkOrderScaffold } from '../core/workorder/render-work-order-scaffold.ts';
import type { RepoFiles } from '../ports/repo-files.ts';
import { workOrdersDirectory } from './validate-repo.ts';

export const workOrderSchemaPath = `${workOrdersDirectory}/schema.json`;
export const policySchemaPath = '.github/shopfloor.schema.json';

export interface ScaffoldStep {
  readonly path: string;
  readonly outcome: 'created' | 'kept' | 'updated';
}

/**
 * `shopfloor init`: creates `workorders/`, its JSON Schema and a commented `.github/shopfloor.yml`.
 * A user's existing file is never overwritten; only the generated schema files are refreshed.
 */
export async function initRepo(files: RepoFiles): Promise<ScaffoldStep[]> {
  const hasPackageJson = (await files.kind('package.json')) === 'file';
  return [
    await refreshGenerated(files, workOrderSchemaPath, renderJsonSchema(workOrderJsonSchema())),
    await refreshGenerated(files, policySchemaPath, renderJsonSchema(policyJsonSchema())),
    await createOnce(files, policyPath, renderPolicyScaffold({ testCommand: hasPackageJson ? 'npm test' : 'echo "replace with your test command"' })),
  ];
}

/** `shopfloor new`: writes `workorders/<id>.yml` (never over an existing file) and the schema beside it. */
export async function scaffoldWorkOrder(files: RepoFiles, input: WorkOrderScaffold): Promise<ScaffoldStep[]> {
  const path = `${workOrdersDirectory}/${input.id}.yml`;
  return [await refreshGenerated(files, workOrderSchemaPath, renderJsonSchema(workOrderJsonSchema())), await createOnce(files, path, renderWorkOrderScaffold(input))];
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
