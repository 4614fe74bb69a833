import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-KJWGI3XC.js";
import "./chunks/chunk-54EISJQI.js";
import "./chunks/chunk-OR3RH6NK.js";
import "./chunks/chunk-YYIXXDPX.js";
import "./chunks/chunk-5CZM3OCE.js";
import "./chunks/chunk-O4ELFGSW.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-J7P5RJUL.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-QE37B5J3.js";
import "./chunks/chunk-LFPRS2R6.js";
import "./chunks/chunk-MPQAEBXM.js";
import "./chunks/chunk-WVVGSYER.js";
import "./chunks/chunk-R3EOKG6T.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
