import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-5PAVPGQR.js";
import "./chunk-7HGCFEHI.js";
import "./chunk-YFUMBHIR.js";
import "./chunk-6OKFWOHT.js";
import "./chunk-32FQRJOB.js";
import "./chunk-JEUMUVLY.js";
import "./chunk-ZPA2LJYZ.js";
import "./chunk-YO5ZKEKR.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-IFW33L46.js";
import "./chunk-TNGS7UKQ.js";
import "./chunk-LEJPZ6GG.js";
import "./chunk-LFPRS2R6.js";
import "./chunk-6BEY35WF.js";
import "./chunk-DPY4U4EC.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-BPQ4JRNX.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
