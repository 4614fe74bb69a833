import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-CX5M7WNL.js";
import "./chunk-VRAVWR5S.js";
import "./chunk-JTAKWPLR.js";
import "./chunk-OZV4ET37.js";
import "./chunk-WVGQD634.js";
import "./chunk-B4SV7EKX.js";
import "./chunk-GK3HZUQN.js";
import "./chunk-YO5ZKEKR.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-C67MFKEU.js";
import "./chunk-JKFLCYHV.js";
import "./chunk-3GDU2TQS.js";
import "./chunk-LFPRS2R6.js";
import "./chunk-7D53EEDQ.js";
import "./chunk-MMDZYFNZ.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-N4FOBLX7.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
