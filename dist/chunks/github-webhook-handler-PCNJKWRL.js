import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-RKAF6CTB.js";
import "./chunk-XAKWEZS3.js";
import "./chunk-MKG6KCHD.js";
import "./chunk-AMW2ETK5.js";
import "./chunk-ICLD3WP7.js";
import "./chunk-INA43J56.js";
import "./chunk-ZALKF7XT.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-J7P5RJUL.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-IFW33L46.js";
import "./chunk-TNGS7UKQ.js";
import "./chunk-JVH2YQ4T.js";
import "./chunk-LFPRS2R6.js";
import "./chunk-QK67OVA5.js";
import "./chunk-VVFFXONG.js";
import "./chunk-TMSWJONE.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
