import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-C7UZPIDC.js";
import "./chunk-RHKU7ABM.js";
import "./chunk-ECS34EJX.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-TM25LLGT.js";
import "./chunk-5FYM5LCL.js";
import "./chunk-RMU52COZ.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-5DKAEYLC.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-K6CQJVOK.js";
import "./chunk-PWPFLBTK.js";
import "./chunk-Y3RDH5SM.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-4LBIUF4J.js";
import "./chunk-MAAELMKE.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-6UYLTFXC.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
