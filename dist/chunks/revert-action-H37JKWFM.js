import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-JHXZE3GC.js";
import "./chunk-M34JDX3R.js";
import "./chunk-EHNENFJ6.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-LDM5Q6LB.js";
import "./chunk-3YVSWTGQ.js";
import "./chunk-UQDZADIT.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-MIBSPXLP.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-X6NPH3K7.js";
import "./chunk-X46FCTRV.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-3TZY6LWV.js";
import "./chunk-5DOYH2DC.js";
import "./chunk-AFYXKB7T.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
