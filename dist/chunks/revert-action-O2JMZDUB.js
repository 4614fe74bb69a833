import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-VVDYYM6Q.js";
import "./chunk-LARPECXP.js";
import "./chunk-TFPEBR67.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-5VYOAJLA.js";
import "./chunk-Q3EYXGGK.js";
import "./chunk-BT3HAN3T.js";
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
