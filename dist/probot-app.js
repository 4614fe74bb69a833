import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-VHFQMWS5.js";
import "./chunks/chunk-J2KDCY3X.js";
import "./chunks/chunk-36RLUJSY.js";
import "./chunks/chunk-VQ4NAS5E.js";
import "./chunks/chunk-F4IPYGJP.js";
import "./chunks/chunk-II523GDZ.js";
import "./chunks/chunk-XOMS3NQB.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-TCSHNI7P.js";
import "./chunks/chunk-LFPRS2R6.js";
import "./chunks/chunk-WCZNCY57.js";
import "./chunks/chunk-6TW4Z5WE.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-KPYPGW5G.js";
import "./chunks/chunk-FN5Z5FBI.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
