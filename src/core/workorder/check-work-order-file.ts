import type { Finding } from '../validation/finding.ts';
import { validateYaml } from '../validation/validate-yaml.ts';
import type { YamlLocator } from '../validation/yaml-locator.ts';
import { checkWorkOrderRules } from './work-order-rules.ts';
import { workOrderSchema, type WorkOrder } from './work-order-schema.ts';

/** One work-order file after validation: the work order only when it has no errors, always its findings. */
export interface CheckedWorkOrder {
  readonly file: string;
  readonly workOrder?: WorkOrder;
  /** The id as written, even when the file has other errors, so cross-file checks still see it. */
  readonly id?: string;
  readonly dependencies: readonly string[];
  /** `agent.provider` / `agent.profile` as written, even when the file has other errors. */
  readonly agent?: { readonly provider?: string; readonly profile?: string };
  readonly findings: readonly Finding[];
  readonly locator?: YamlLocator;
}

/** Parse, schema and single-file rules for `workorders/<id>.yml`. */
export function checkWorkOrderFile(text: string, file: string): CheckedWorkOrder {
  const fileId = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  const result = validateYaml(text, file, workOrderSchema, (value) => checkWorkOrderRules(value, fileId));
  const raw = (result.raw ?? {}) as { id?: unknown; dependencies?: unknown; agent?: { provider?: unknown; profile?: unknown } | null };
  const id = typeof raw.id === 'string' ? raw.id : undefined;
  const dependencies = Array.isArray(raw.dependencies) ? raw.dependencies.filter((d): d is string => typeof d === 'string') : [];
  const valid = result.value && !result.findings.some((finding) => finding.severity === 'error');
  const agent = typeof raw.agent === 'object' && raw.agent !== null ? { ...(typeof raw.agent.provider === 'string' ? { provider: raw.agent.provider } : {}), ...(typeof raw.agent.profile === 'string' ? { profile: raw.agent.profile } : {}) } : undefined;
  return { file, ...(valid ? { workOrder: result.value } : {}), id, dependencies, ...(agent ? { agent } : {}), findings: result.findings, locator: result.locator };
}
