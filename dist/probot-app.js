import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-YYX7HZQB.js";
import "./chunks/chunk-KSL5V5OT.js";
import "./chunks/chunk-6I2G57YR.js";
import "./chunks/chunk-YFXMYWLD.js";
import "./chunks/chunk-G2FGLAQN.js";
import "./chunks/chunk-MRSFR2GI.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-J7P5RJUL.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-EHL4QFFP.js";
import "./chunks/chunk-LFPRS2R6.js";
import "./chunks/chunk-HVKS7PVI.js";
import "./chunks/chunk-UBQFEMOU.js";
import "./chunks/chunk-3DRA52XJ.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
