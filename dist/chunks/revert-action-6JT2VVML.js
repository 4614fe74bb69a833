import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-UPXRYYKZ.js";
import "./chunk-YKV7BJPZ.js";
import "./chunk-OU3PR54S.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-WTRNG3JG.js";
import "./chunk-X7U5BVEI.js";
import "./chunk-UXZDEL24.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-RZZPPQU4.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-KBRFCTVL.js";
import "./chunk-NNCCIK5B.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-TH6UTHIK.js";
import "./chunk-KGWO74KD.js";
import "./chunk-7I32CFXX.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
