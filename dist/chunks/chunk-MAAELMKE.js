import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  workOrderIdPattern
} from "./chunk-6UYLTFXC.js";

// src/core/loop/agent-branch.ts
var agentBranchPattern = /^agent\/([a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)\/([0-9a-f]{8})$/;
function agentBranchName(workOrderId, digestHex) {
  if (!workOrderIdPattern.test(workOrderId)) throw new Error(`work-order id "${workOrderId}" cannot name a branch`);
  const shortId = digestHex.toLowerCase().slice(0, 8);
  if (!/^[0-9a-f]{8}$/.test(shortId)) throw new Error("agent branch short id needs at least 8 hex digits");
  return `agent/${workOrderId}/${shortId}`;
}
function parseAgentBranch(name) {
  const match = agentBranchPattern.exec(name.replace(/^refs\/heads\//, ""));
  return match ? { workOrderId: match[1], shortId: match[2] } : void 0;
}
function runIdOf(agent) {
  return `${agent.workOrderId}-${agent.shortId}`;
}

export {
  agentBranchName,
  parseAgentBranch,
  runIdOf
};
