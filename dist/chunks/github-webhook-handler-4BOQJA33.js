import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-GPQCU73M.js";
import "./chunk-KJWGI3XC.js";
import "./chunk-54EISJQI.js";
import "./chunk-OR3RH6NK.js";
import "./chunk-YYIXXDPX.js";
import "./chunk-5CZM3OCE.js";
import "./chunk-O4ELFGSW.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-J7P5RJUL.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-IFW33L46.js";
import "./chunk-TNGS7UKQ.js";
import "./chunk-QE37B5J3.js";
import "./chunk-LFPRS2R6.js";
import "./chunk-MPQAEBXM.js";
import "./chunk-WVVGSYER.js";
import "./chunk-R3EOKG6T.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
