import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-DAXKXWK4.js";
import "./chunk-RHHGKRZI.js";
import "./chunk-PDHUCTWX.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-MZGRV7C2.js";
import "./chunk-6RDTJSWO.js";
import "./chunk-IKFZ46G5.js";
import "./chunk-S2QJROPZ.js";
import "./chunk-MQZJJYZ3.js";
import "./chunk-TPTFAET5.js";
import "./chunk-RIFY3RRE.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-WXQAJUWS.js";
import "./chunk-WYYHRSDT.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-7VBLZOLU.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-MUOLR3AM.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
