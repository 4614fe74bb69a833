import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createShopfloorApp,
  settingsFromEnv,
  shopfloorProbotApp
} from "./chunks/chunk-XAKWEZS3.js";
import "./chunks/chunk-MKG6KCHD.js";
import "./chunks/chunk-AMW2ETK5.js";
import "./chunks/chunk-ICLD3WP7.js";
import "./chunks/chunk-INA43J56.js";
import "./chunks/chunk-ZALKF7XT.js";
import "./chunks/chunk-7CCSRXTP.js";
import "./chunks/chunk-J7P5RJUL.js";
import "./chunks/chunk-TSNCXVWX.js";
import "./chunks/chunk-ITFQXOZY.js";
import "./chunks/chunk-JVH2YQ4T.js";
import "./chunks/chunk-LFPRS2R6.js";
import "./chunks/chunk-QK67OVA5.js";
import "./chunks/chunk-VVFFXONG.js";
import "./chunks/chunk-TMSWJONE.js";
import "./chunks/chunk-GBB54T6E.js";
import "./chunks/chunk-T3OL5SPP.js";
export {
  createShopfloorApp,
  shopfloorProbotApp as default,
  settingsFromEnv
};
