import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-ESH4SOE6.js";
import "./chunks/chunk-Q7AZTRKS.js";
import "./chunks/chunk-6VF7UYTO.js";
import "./chunks/chunk-XUB6JFXV.js";
import "./chunks/chunk-5FYM5LCL.js";
import "./chunks/chunk-RMU52COZ.js";
import "./chunks/chunk-YO5ZKEKR.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-R5P5ICFY.js";
import "./chunks/chunk-YK3QSR6F.js";
import "./chunks/chunk-4LBIUF4J.js";
import "./chunks/chunk-MAAELMKE.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-6UYLTFXC.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
