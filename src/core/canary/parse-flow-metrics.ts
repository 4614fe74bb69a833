/**
 * The numeric metrics a flow printed: the last stdout line that is a JSON object, its numeric fields
 * (or those of its `metrics` field). Anything else is ignored, so flows may log freely.
 */
export function parseFlowMetrics(stdout: string): Record<string, number> {
  const lines = stdout.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith('{') && l.endsWith('}'));
  for (const line of lines.reverse()) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const record = value as Record<string, unknown>;
    const source = typeof record.metrics === 'object' && record.metrics !== null ? (record.metrics as Record<string, unknown>) : record;
    const metrics: Record<string, number> = {};
    for (const [name, v] of Object.entries(source)) if (typeof v === 'number' && Number.isFinite(v)) metrics[name] = v;
    return metrics;
  }
  return {};
}
