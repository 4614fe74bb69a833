import { checkPolicyFile, policyPath } from '../../core/policy/check-policy-file.ts';
import { policySchema, type Policy } from '../../core/policy/policy-schema.ts';
import { formatFinding, type Finding } from '../../core/validation/finding.ts';
import type { HeadFile } from '../../ports/branch-start-forge.ts';
import type { Forge } from '../../ports/forge.ts';

/** `.github/shopfloor.yml` as the default branch has it: missing, invalid (with its findings) or a policy. */
export type DefaultBranchPolicy =
  | { readonly kind: 'absent' }
  | { readonly kind: 'invalid'; readonly ref: string; readonly findings: readonly Finding[] }
  | { readonly kind: 'valid'; readonly ref: string; readonly policy: Policy };

/**
 * The one way the App reads its policy: from the default branch only, never a PR head, so a PR that
 * edits the policy changes nothing until it is merged. Each caller decides what absent and invalid mean.
 */
export async function readDefaultBranchPolicy(forge: Forge, repo: string): Promise<DefaultBranchPolicy> {
  const file = await forge.readDefaultBranchFile(repo, policyPath);
  return file ? checkedPolicy(file.text, file.ref) : { kind: 'absent' };
}

/** The policy in a file read with the default branch's head (`readDefaultBranchHead`): the same verdicts, plus a file GitHub would not hand out whole, which is invalid. */
export function policyFromHeadFile(file: HeadFile | undefined, ref: string): DefaultBranchPolicy {
  if (!file) return { kind: 'absent' };
  if ('unreadable' in file) return { kind: 'invalid', ref, findings: [{ severity: 'error', file: policyPath, line: 0, column: 0, path: '', message: file.unreadable, code: 'unreadable-file' }] };
  return checkedPolicy(file.text, ref);
}

function checkedPolicy(text: string, ref: string): DefaultBranchPolicy {
  const checked = checkPolicyFile(text);
  return checked.policy ? { kind: 'valid', ref, policy: checked.policy } : { kind: 'invalid', ref, findings: checked.findings };
}

/** The first few errors of an invalid policy, on one line. */
export function firstPolicyErrors(findings: readonly Finding[]): string {
  return findings.filter((f) => f.severity === 'error').slice(0, 3).map(formatFinding).join('; ');
}

export type LoadedPolicy = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly message: string };

/** The default branch's policy, or the built-in defaults when the file is absent; an invalid file is an error to report, not a reason to act on defaults. */
export async function loadDefaultBranchPolicy(forge: Forge, repo: string): Promise<LoadedPolicy> {
  const read = await readDefaultBranchPolicy(forge, repo);
  if (read.kind === 'absent') return { ok: true, policy: policySchema.parse({ apiVersion: 'shopfloor/v1' }) };
  if (read.kind === 'invalid') return { ok: false, message: `${policyPath} on ${read.ref} is invalid (${firstPolicyErrors(read.findings)}); fix it on the default branch` };
  return { ok: true, policy: read.policy };
}
