/** The run id of one work order's run in the local loop: `<UTC stamp>-<work-order id>-<6 hex>`. */
export function loopRunId(atMs: number, workOrderId: string, hex: string): string {
  const stamp = new Date(atMs).toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z');
  return `${stamp}-${workOrderId}-${hex}`;
}

/** The work order a loop run id names, or undefined for any other run id. */
export function workOrderOfLoopRun(runId: string): string | undefined {
  return /^\d{8}T\d{6}Z-([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-[0-9a-f]{6}$/.exec(runId)?.[1];
}
