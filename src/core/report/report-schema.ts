import { z } from 'zod';

/** The one report format version this build writes and reads. */
export const reportSchemaVersion = 'shopfloor.verification-report/v1';

const sha = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/, { message: 'must be a full 40- or 64-character hex object id' });
const digest = z.string().regex(/^sha256:[0-9a-f]{64}$/);

export const annotationSchema = z.object({
  path: z.string(), line: z.int().min(0), column: z.int().min(0).optional(), endLine: z.int().min(0).optional(),
  level: z.enum(['error', 'warning', 'notice']), message: z.string(), title: z.string().optional(),
}).strict();

export const gateResultSchema = z.object({
  id: z.string().min(1),
  kind: z.string(),
  required: z.boolean(),
  status: z.enum(['pass', 'fail', 'flaky', 'error', 'skipped', 'cached']),
  reason: z.string().optional(),
  attempts: z.int().min(0),
  durationMs: z.number().min(0),
  exitCode: z.int().optional(),
  logDigest: digest.optional().meta({ description: 'Full log in the artifact store, content-addressed.' }),
  annotations: z.array(annotationSchema),
  cachedFrom: z.object({ runId: z.string(), reportDigest: digest.optional() }).strict().optional(),
  cacheKey: z.string().optional(),
}).strict();

export const signatureSchema = z.object({
  algorithm: z.literal('ed25519'),
  keyId: z.string().min(1),
  value: z.string().min(1).meta({ description: 'Base64 Ed25519 signature over the canonical JSON of the report without `signature`.' }),
}).strict();

/** What one agent spent writing the change: the figures its own stream reported (or Shopfloor's tool loop counted). */
export const agentSpendSchema = z.object({
  role: z.string().min(1).meta({ description: 'implementer, coordinator, ...' }),
  provider: z.string().min(1).meta({ description: 'The policy\'s provider name.' }),
  preset: z.string().optional().meta({ description: 'The agent CLI preset, when the provider is one.' }),
  turns: z.int().min(0),
  tokens: z.int().min(0),
  costUsd: z.number().min(0).meta({ description: 'As the CLI reported it, or the policy\'s pricing over its tokens; 0 when neither is known.' }),
  wallMs: z.int().min(0),
}).strict();

/** A VerificationReport: what was checked, on which commit, for which work order, and the outcome. */
export const verificationReportSchema = z.object({
  schemaVersion: z.literal(reportSchemaVersion),
  runId: z.string().min(1),
  repo: z.string(),
  workOrder: z.object({ id: z.string(), contentHash: digest, kind: z.string() }).strict().nullable(),
  base: sha,
  head: sha,
  tree: sha,
  dirty: z.boolean().meta({ description: 'The gates ran on uncommitted changes; the report then proves nothing about `head`.' }),
  policyDigest: digest,
  gates: z.array(gateResultSchema),
  omitted: z.array(z.object({ id: z.string(), reason: z.string() }).strict()),
  environment: z.object({ os: z.string(), arch: z.string(), node: z.string(), runner: z.string(), cpus: z.int().min(1) }).strict(),
  isolation: z
    .object({ mode: z.enum(['bubblewrap', 'windows-job', 'none']), network: z.boolean(), detail: z.string() })
    .strict()
    .optional()
    .meta({ description: 'How the gates were confined: `bubblewrap` (Linux namespaces), `windows-job` (shopfloor-box.exe: a job object, a Low-integrity restricted token or a dedicated account; network always on). `none`: they ran as the verifier\'s own user and could have read its key. Absent in reports written before it was recorded.' }),
  agents: z
    .array(agentSpendSchema)
    .optional()
    .meta({ description: 'What the agents that wrote the change spent (tokens, cost, turns, wall time), signed with the rest. Absent when no agent run is known (a hand-made change) and in reports written before it was recorded.' }),
  verdict: z.object({ passed: z.boolean(), complete: z.boolean().meta({ description: 'False when only some gates ran (--gates).' }), reasons: z.array(z.string()) }).strict(),
  startedAt: z.string(),
  finishedAt: z.string(),
  signature: signatureSchema.optional(),
}).strict().meta({ title: 'Shopfloor VerificationReport', description: 'Gate results bound to a commit and a work order, signed with Ed25519.' });

export type VerificationReport = z.output<typeof verificationReportSchema>;
export type ReportGate = z.output<typeof gateResultSchema>;
export type ReportAgentSpend = z.output<typeof agentSpendSchema>;

/** The report JSON Schema for other tools, generated from the zod schema. */
export function reportJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(verificationReportSchema, { target: 'draft-2020-12' });
  return { $schema, $id: 'https://shopfloor.invalid/schemas/verification-report.v1.json', ...rest };
}
