import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-ALMGPZX3.js";
import "./chunk-OOIZY7W5.js";
import "./chunk-M5FBWZLI.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-RJTRTAOF.js";
import "./chunk-26FGF2H5.js";
import "./chunk-UBGBRZAX.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-SL4KHDWN.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-T4RYOXIM.js";
import "./chunk-FIUOBWBS.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-4UYNI4P5.js";
import "./chunk-LKP7PGBR.js";
import "./chunk-ZTB4J6I2.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
