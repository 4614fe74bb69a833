import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-7HGCFEHI.js";
import "./chunks/chunk-YFUMBHIR.js";
import "./chunks/chunk-6OKFWOHT.js";
import "./chunks/chunk-32FQRJOB.js";
import "./chunks/chunk-JEUMUVLY.js";
import "./chunks/chunk-ZPA2LJYZ.js";
import "./chunks/chunk-YO5ZKEKR.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-LEJPZ6GG.js";
import "./chunks/chunk-LFPRS2R6.js";
import "./chunks/chunk-6BEY35WF.js";
import "./chunks/chunk-DPY4U4EC.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-BPQ4JRNX.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
