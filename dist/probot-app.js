import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-NXNI2HXT.js";
import "./chunks/chunk-6HFA4YAR.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-427VYQFV.js";
import "./chunks/chunk-MOQDI56B.js";
import "./chunks/chunk-K4YXFVJW.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-CP4WUPJO.js";
import "./chunks/chunk-XFE47BDE.js";
import "./chunks/chunk-PRKM5BIK.js";
import "./chunks/chunk-NRMA6CD3.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
