import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-4OTXVKSH.js";
import "./chunks/chunk-PVCNOT7X.js";
import "./chunks/chunk-YHKHGBQC.js";
import "./chunks/chunk-FHQRVYYB.js";
import "./chunks/chunk-SJXI3XMN.js";
import "./chunks/chunk-4EYOT4I6.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-XOMS3NQB.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-3FRXM3NE.js";
import "./chunks/chunk-LFPRS2R6.js";
import "./chunks/chunk-MKTIHV5F.js";
import "./chunks/chunk-TV4ZOPBC.js";
import "./chunks/chunk-KHLT3YSL.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
