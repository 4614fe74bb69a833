import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  openRevert,
  revertAction,
  workflowTokenLimits
} from "./chunk-HZNG2VHH.js";
import "./chunk-MONFFQVB.js";
import "./chunk-NY6OKHM4.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-2YWFTNPZ.js";
import "./chunk-SJXI3XMN.js";
import "./chunk-4EYOT4I6.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-PAVGXTG5.js";
import "./chunk-BBQ6MHDA.js";
import "./chunk-D7J2AYDI.js";
import "./chunk-XC2BBXI4.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-TPTFAET5.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-MKTIHV5F.js";
import "./chunk-TV4ZOPBC.js";
import "./chunk-KHLT3YSL.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  openRevert,
  revertAction,
  workflowTokenLimits
};
