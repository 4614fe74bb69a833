import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-7UH55M4V.js";
import "./chunk-M5MWZMF6.js";
import "./chunk-DELGGKDH.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-57KZIP43.js";
import "./chunk-INA43J56.js";
import "./chunk-ZALKF7XT.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-W6WM2G3L.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-YMD4IAQS.js";
import "./chunk-6ORPYKIA.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-QK67OVA5.js";
import "./chunk-VVFFXONG.js";
import "./chunk-TMSWJONE.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
