import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-UDAYVBP6.js";
import "./chunks/chunk-N23QN5N3.js";
import "./chunks/chunk-FI7COVCF.js";
import "./chunks/chunk-2V3W7Q2N.js";
import "./chunks/chunk-3YVSWTGQ.js";
import "./chunks/chunk-UQDZADIT.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-WRAQHHAA.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-V2VYUQZS.js";
import "./chunks/chunk-QQCOST3U.js";
import "./chunks/chunk-3TZY6LWV.js";
import "./chunks/chunk-5DOYH2DC.js";
import "./chunks/chunk-AFYXKB7T.js";
import "./chunks/chunk-FN5Z5FBI.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
