import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-ADZWLW3C.js";
import "./chunk-UDAYVBP6.js";
import "./chunk-N23QN5N3.js";
import "./chunk-FI7COVCF.js";
import "./chunk-2V3W7Q2N.js";
import "./chunk-3YVSWTGQ.js";
import "./chunk-UQDZADIT.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-WRAQHHAA.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-C67MFKEU.js";
import "./chunk-JKFLCYHV.js";
import "./chunk-V2VYUQZS.js";
import "./chunk-QQCOST3U.js";
import "./chunk-3TZY6LWV.js";
import "./chunk-5DOYH2DC.js";
import "./chunk-AFYXKB7T.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
