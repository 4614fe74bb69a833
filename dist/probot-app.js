import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-3AVGIBWH.js";
import "./chunks/chunk-KDHDQ3PW.js";
import "./chunks/chunk-JF3ZRHFJ.js";
import "./chunks/chunk-DZPMIAHT.js";
import "./chunks/chunk-ZOM7AUT7.js";
import "./chunks/chunk-FOHDGJ5T.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-KCFJ4NJ5.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-3SNWRFAM.js";
import "./chunks/chunk-LFPRS2R6.js";
import "./chunks/chunk-3KJWC2D7.js";
import "./chunks/chunk-NRHGDW2X.js";
import "./chunks/chunk-U2ZO63AC.js";
import "./chunks/chunk-FN5Z5FBI.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
