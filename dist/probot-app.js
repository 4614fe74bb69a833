import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-EAFDV34P.js";
import "./chunks/chunk-XNQTLNZS.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-WGAED3W3.js";
import "./chunks/chunk-GAPV57AK.js";
import "./chunks/chunk-TFPEBR67.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-Q3EYXGGK.js";
import "./chunks/chunk-VLXM5G27.js";
import "./chunks/chunk-QVJH2LXJ.js";
import "./chunks/chunk-VCXXSHDW.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
