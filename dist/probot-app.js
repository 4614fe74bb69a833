import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-OGUSTJY5.js";
import "./chunks/chunk-UIMIX3QR.js";
import "./chunks/chunk-QCQAFSVR.js";
import "./chunks/chunk-QGAVUDRC.js";
import "./chunks/chunk-26FGF2H5.js";
import "./chunks/chunk-UBGBRZAX.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-KCFJ4NJ5.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ZJLJ57UN.js";
import "./chunks/chunk-QQCOST3U.js";
import "./chunks/chunk-4UYNI4P5.js";
import "./chunks/chunk-LKP7PGBR.js";
import "./chunks/chunk-ZTB4J6I2.js";
import "./chunks/chunk-FN5Z5FBI.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
