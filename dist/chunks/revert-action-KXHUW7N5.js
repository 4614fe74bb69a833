import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-MNDEWTNS.js";
import "./chunk-XWTPAJIW.js";
import "./chunk-25IFHA7B.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-WJX6DBR4.js";
import "./chunk-G2FGLAQN.js";
import "./chunk-MRSFR2GI.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-WQXWDF74.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-KR7QEH4R.js";
import "./chunk-O3C7QL4L.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-HVKS7PVI.js";
import "./chunk-UBQFEMOU.js";
import "./chunk-3DRA52XJ.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
