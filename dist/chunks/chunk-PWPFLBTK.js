import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  readTrailers
} from "./chunk-7CCSRXTP.js";

// src/core/agents/started-trailer.ts
function renderStartedTrailer(atMs) {
  return `Shopfloor-Started: ${new Date(atMs).toISOString()}`;
}
function readWorkOrderStarts(commits, workOrders) {
  const starts = {};
  for (const commit of commits) {
    const trailers = readTrailers(commit.body);
    const workOrder = trailers.get("shopfloor-work-order")?.[0];
    const startedMs = Date.parse(trailers.get("shopfloor-started")?.[0] ?? "");
    if (!workOrder || !workOrders.includes(workOrder) || Number.isNaN(startedMs)) continue;
    starts[workOrder] = Math.min(starts[workOrder] ?? startedMs, startedMs);
  }
  return starts;
}

export {
  renderStartedTrailer,
  readWorkOrderStarts
};
