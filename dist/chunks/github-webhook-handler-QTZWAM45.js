import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-MGKS5JOX.js";
import "./chunk-YYX7HZQB.js";
import "./chunk-KSL5V5OT.js";
import "./chunk-6I2G57YR.js";
import "./chunk-YFXMYWLD.js";
import "./chunk-G2FGLAQN.js";
import "./chunk-MRSFR2GI.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-J7P5RJUL.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-IFW33L46.js";
import "./chunk-TNGS7UKQ.js";
import "./chunk-EHL4QFFP.js";
import "./chunk-LFPRS2R6.js";
import "./chunk-HVKS7PVI.js";
import "./chunk-UBQFEMOU.js";
import "./chunk-3DRA52XJ.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
