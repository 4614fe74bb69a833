import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-LMSFH7UU.js";
import "./chunk-4OTXVKSH.js";
import "./chunk-PVCNOT7X.js";
import "./chunk-YHKHGBQC.js";
import "./chunk-FHQRVYYB.js";
import "./chunk-SJXI3XMN.js";
import "./chunk-4EYOT4I6.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-XOMS3NQB.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-IFW33L46.js";
import "./chunk-TNGS7UKQ.js";
import "./chunk-3FRXM3NE.js";
import "./chunk-LFPRS2R6.js";
import "./chunk-MKTIHV5F.js";
import "./chunk-TV4ZOPBC.js";
import "./chunk-KHLT3YSL.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
