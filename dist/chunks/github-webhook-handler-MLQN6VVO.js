import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-IFYUN2OU.js";
import "./chunk-6LQNQSST.js";
import "./chunk-X5LUH5OO.js";
import "./chunk-JMOF5T2I.js";
import "./chunk-IIAULN6F.js";
import "./chunk-X7U5BVEI.js";
import "./chunk-UXZDEL24.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-KCFJ4NJ5.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-C67MFKEU.js";
import "./chunk-JKFLCYHV.js";
import "./chunk-ZTT6NPTA.js";
import "./chunk-QQCOST3U.js";
import "./chunk-TH6UTHIK.js";
import "./chunk-KGWO74KD.js";
import "./chunk-7I32CFXX.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
