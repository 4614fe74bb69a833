import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-SNRSBF6S.js";
import "./chunk-GQEPVSFS.js";
import "./chunk-NQKTCJ25.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-X6BY54P2.js";
import "./chunk-B4SV7EKX.js";
import "./chunk-GK3HZUQN.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-YBD4YH3Q.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-ABJXWMCQ.js";
import "./chunk-PWPFLBTK.js";
import "./chunk-656RROWO.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-7D53EEDQ.js";
import "./chunk-MMDZYFNZ.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-N4FOBLX7.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
