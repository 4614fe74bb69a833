import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-7HMCWD54.js";
import "./chunk-VGRX25W6.js";
import "./chunk-GOWHBQXM.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-ER6KMML2.js";
import "./chunk-J7YSPW6N.js";
import "./chunk-YO7HMUUX.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-B6NEYTOM.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-WEQ6VYPR.js";
import "./chunk-64DGO2HD.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-GOCS7V6K.js";
import "./chunk-FEEVPAGW.js";
import "./chunk-X7FDWXXB.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
