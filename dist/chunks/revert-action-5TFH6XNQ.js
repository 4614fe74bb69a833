import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-SEEXF4UM.js";
import "./chunk-6SGVQW3G.js";
import "./chunk-FIHB2R5H.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-B544XJUQ.js";
import "./chunk-F4IPYGJP.js";
import "./chunk-II523GDZ.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-ZKQYT2JN.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-EPPLMVP4.js";
import "./chunk-PWPFLBTK.js";
import "./chunk-2KPNYBQJ.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-WCZNCY57.js";
import "./chunk-6TW4Z5WE.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-KPYPGW5G.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
