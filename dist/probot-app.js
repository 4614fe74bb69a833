import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-UGYKWVOT.js";
import "./chunks/chunk-PDHUCTWX.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-GD56CUXN.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-A72WYBDE.js";
import "./chunks/chunk-6RDTJSWO.js";
import "./chunks/chunk-V3S6CV32.js";
import "./chunks/chunk-S2QJROPZ.js";
import "./chunks/chunk-RIFY3RRE.js";
import "./chunks/chunk-MUOLR3AM.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
