import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-ET37OW7F.js";
import "./chunk-NG6DRHUD.js";
import "./chunk-TPSDLCMC.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-WTVZ6ZAD.js";
import "./chunk-JEUMUVLY.js";
import "./chunk-ZPA2LJYZ.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-QNMPFFU2.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-KI4HTMLE.js";
import "./chunk-PWPFLBTK.js";
import "./chunk-H2F5MILB.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-6BEY35WF.js";
import "./chunk-DPY4U4EC.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-BPQ4JRNX.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
