import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-UUERKUB5.js";
import "./chunks/chunk-S5MIEAVL.js";
import "./chunks/chunk-UR3CJWNF.js";
import "./chunks/chunk-DQ7MQZGT.js";
import "./chunks/chunk-J7YSPW6N.js";
import "./chunks/chunk-YO7HMUUX.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-5IIDHEDW.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-466ULXKW.js";
import "./chunks/chunk-QQCOST3U.js";
import "./chunks/chunk-GOCS7V6K.js";
import "./chunks/chunk-FEEVPAGW.js";
import "./chunks/chunk-X7FDWXXB.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
