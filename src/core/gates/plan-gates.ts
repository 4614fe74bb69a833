import type { Platform } from '../env/build-environment.ts';
import { checkGlobInsideRepo } from '../glob/check-glob-inside-repo.ts';
import { commandEnvNames } from '../policy/command-env.ts';
import type { Gate } from '../policy/gates-schema.ts';
import type { Policy } from '../policy/policy-schema.ts';
import { didYouMean } from '../validation/did-you-mean.ts';
import type { WorkOrder } from '../workorder/work-order-schema.ts';
import type { BuiltinGate, GateSpec } from './gate-spec.ts';

export const defaultGateTimeoutMs = 10 * 60_000;

export interface GatePlan {
  readonly specs: readonly GateSpec[];
  /** Gates left out, each with why (other platform, not selected). */
  readonly omitted: readonly { readonly id: string; readonly reason: string }[];
}

export type GatePlanResult = { readonly ok: true; readonly value: GatePlan } | { readonly ok: false; readonly errors: readonly string[] };

export interface GatePlanInput {
  readonly policy: Policy;
  readonly policyFile: string;
  readonly workOrder?: WorkOrder;
  readonly workOrderFile?: string;
  readonly platform: Platform;
  /** `--gates a,b`: only these (and what they need); unknown names are an error. */
  readonly only?: readonly string[];
  /** Parses a policy duration; passed in so this stays independent of the duration module's shape. */
  readonly parseDuration: (text: string) => number | undefined;
}

/**
 * Turns the policy's gates, the work order's acceptance commands and the built-in checks into one list of
 * gate specs. Built-ins join when they have something to check: scope needs a work order, test-first a
 * bugfix or revert work order; dependencies and secrets always run.
 */
export function planGates(input: GatePlanInput): GatePlanResult {
  const { policy, workOrder } = input;
  const omitted: { id: string; reason: string }[] = [];
  const specs: GateSpec[] = [];
  policy.gates.forEach((gate, index) => {
    if (gate.platforms && !gate.platforms.includes(input.platform)) {
      omitted.push({ id: gate.id, reason: `runs on ${gate.platforms.join(', ')} only, this is ${input.platform}` });
      return;
    }
    specs.push(policyGateSpec(gate, index, input));
  });
  (workOrder?.acceptance.commands ?? []).forEach((command, index) => {
    specs.push({
      id: `acceptance:${command.name}`, kind: 'acceptance', required: true, needs: [], after: [], run: command.run,
      timeoutMs: (command.timeout ? input.parseDuration(command.timeout) : undefined) ?? defaultGateTimeoutMs,
      retries: 0, env: commandEnvNames(policy.env, command.env), cache: [],
      origin: { file: input.workOrderFile ?? 'workorders', path: ['acceptance', 'commands', index, 'run'] },
    });
  });
  const escapes = specs.flatMap((spec) => (['workingDirectory', 'golden'] as const).flatMap((field) => {
    const value = spec[field];
    const problem = value === undefined ? undefined : checkGlobInsideRepo(value);
    return problem ? [`gate "${spec.id}" ${field}: ${problem}`] : [];
  }));
  if (escapes.length > 0) return { ok: false, errors: escapes };
  const declared = new Set(specs.map((spec) => spec.id));
  const builtin = (id: BuiltinGate, after: readonly string[] = []): GateSpec => ({
    id, kind: 'security', required: true, needs: [], after, builtin: id, timeoutMs: defaultGateTimeoutMs, retries: 0, env: [], cache: [],
  });
  const builtins: GateSpec[] = [];
  if (workOrder && !declared.has('scope')) builtins.push(builtin('scope'));
  if (!declared.has('dependencies')) builtins.push(builtin('dependencies'));
  if (workOrder && (workOrder.kind === 'bugfix' || workOrder.kind === 'revert') && !declared.has('test-first')) builtins.push({ ...builtin('test-first'), kind: 'unit' });
  if (!declared.has('secrets')) builtins.push(builtin('secrets', specs.map((spec) => spec.id)));
  const all = [...specs, ...builtins];
  if (!input.only) return { ok: true, value: { specs: all, omitted } };
  return selectGates(all, input.only, omitted);
}

/** A policy gate as it runs: its command, shell, time limit, working directory and environment names. */
export function policyGateSpec(gate: Gate, index: number, input: Pick<GatePlanInput, 'policy' | 'policyFile' | 'parseDuration'>): GateSpec {
  return {
    id: gate.id, kind: gate.kind, required: gate.required, needs: gate.needs ?? [], after: [], run: gate.run,
    ...(gate.shell ? { shell: gate.shell } : {}),
    timeoutMs: (gate.timeout ? input.parseDuration(gate.timeout) : undefined) ?? defaultGateTimeoutMs,
    retries: gate.retries ?? 0, env: commandEnvNames(input.policy.env, gate.env), cache: gate.cache ?? [],
    ...(gate.workingDirectory ? { workingDirectory: gate.workingDirectory } : {}),
    ...(gate.golden ? { golden: gate.golden } : {}),
    origin: { file: input.policyFile, path: ['gates', index, 'run'] },
  };
}

function selectGates(all: readonly GateSpec[], only: readonly string[], omitted: { id: string; reason: string }[]): GatePlanResult {
  const byId = new Map(all.map((spec) => [spec.id, spec]));
  const errors = only.filter((id) => !byId.has(id)).map((id) => {
    const suggestion = didYouMean(id, [...byId.keys()]);
    return `--gates names "${id}", which is not a gate here${suggestion ? `; did you mean "${suggestion}"?` : `; known gates: ${[...byId.keys()].join(', ')}`}`;
  });
  if (errors.length > 0) return { ok: false, errors };
  const keep = new Set<string>();
  const visit = (id: string) => {
    if (keep.has(id)) return;
    keep.add(id);
    for (const need of byId.get(id)?.needs ?? []) visit(need);
  };
  only.forEach(visit);
  for (const spec of all) if (!keep.has(spec.id)) omitted.push({ id: spec.id, reason: 'not selected by --gates' });
  const specs = all.filter((spec) => keep.has(spec.id)).map((spec) => ({ ...spec, after: spec.after.filter((id) => keep.has(id)) }));
  return { ok: true, value: { specs, omitted } };
}
