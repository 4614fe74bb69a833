import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-I7LZCDEK.js";
import "./chunk-6Y2DHGVI.js";
import "./chunk-EWN7EWWD.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-5BSH6LQ2.js";
import "./chunk-5CZM3OCE.js";
import "./chunk-O4ELFGSW.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-B3NM5YVG.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-KEBYXOKW.js";
import "./chunk-ETQQKOG4.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-MPQAEBXM.js";
import "./chunk-WVVGSYER.js";
import "./chunk-R3EOKG6T.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
