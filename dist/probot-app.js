import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-6LQNQSST.js";
import "./chunks/chunk-X5LUH5OO.js";
import "./chunks/chunk-JMOF5T2I.js";
import "./chunks/chunk-IIAULN6F.js";
import "./chunks/chunk-X7U5BVEI.js";
import "./chunks/chunk-UXZDEL24.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-KCFJ4NJ5.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ZTT6NPTA.js";
import "./chunks/chunk-QQCOST3U.js";
import "./chunks/chunk-TH6UTHIK.js";
import "./chunks/chunk-KGWO74KD.js";
import "./chunks/chunk-7I32CFXX.js";
import "./chunks/chunk-FN5Z5FBI.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
