import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-IRQOMHAE.js";
import "./chunk-LLPE63LS.js";
import "./chunk-PCKKLN2Q.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-EPCCJSPL.js";
import "./chunk-ZOM7AUT7.js";
import "./chunk-FOHDGJ5T.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-MC3OO3U6.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-TMAOGARF.js";
import "./chunk-SLTDYNH2.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-3KJWC2D7.js";
import "./chunk-NRHGDW2X.js";
import "./chunk-U2ZO63AC.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
