import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-ZZHABWVE.js";
import "./chunk-SXDPDTXN.js";
import "./chunk-3ILGHU3N.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-7HQSEINP.js";
import "./chunk-Q4KOYE4N.js";
import "./chunk-K5DPTAZL.js";
import "./chunk-VLXM5G27.js";
import "./chunk-ZWNXPRCC.js";
import "./chunk-E37I3MEM.js";
import "./chunk-YEJUQFDF.js";
import "./chunk-FRZ5MXSM.js";
import "./chunk-V6EDP4UQ.js";
import "./chunk-PDXTHYWE.js";
import "./chunk-JIOTEVQM.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-QVJH2LXJ.js";
import "./chunk-VCXXSHDW.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
