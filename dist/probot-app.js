import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-VRAVWR5S.js";
import "./chunks/chunk-JTAKWPLR.js";
import "./chunks/chunk-OZV4ET37.js";
import "./chunks/chunk-WVGQD634.js";
import "./chunks/chunk-B4SV7EKX.js";
import "./chunks/chunk-GK3HZUQN.js";
import "./chunks/chunk-YO5ZKEKR.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-3GDU2TQS.js";
import "./chunks/chunk-LFPRS2R6.js";
import "./chunks/chunk-7D53EEDQ.js";
import "./chunks/chunk-MMDZYFNZ.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-N4FOBLX7.js";
import "./chunks/chunk-FN5Z5FBI.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
