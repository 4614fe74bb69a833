import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-OR5V5BGF.js";
import "./chunk-C6BEE54N.js";
import "./chunk-K4YXFVJW.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-HBBOGHYR.js";
import "./chunk-CP4WUPJO.js";
import "./chunk-X76FFXGD.js";
import "./chunk-XFE47BDE.js";
import "./chunk-KN3YUJSA.js";
import "./chunk-TPTFAET5.js";
import "./chunk-PRKM5BIK.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-FR7GLDD4.js";
import "./chunk-M7JOFGR3.js";
import "./chunk-XFZX2XWW.js";
import "./chunk-3BF6ETRP.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-NRMA6CD3.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
