import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-WZWOILT2.js";
import "./chunk-VHFQMWS5.js";
import "./chunk-J2KDCY3X.js";
import "./chunk-36RLUJSY.js";
import "./chunk-VQ4NAS5E.js";
import "./chunk-F4IPYGJP.js";
import "./chunk-II523GDZ.js";
import "./chunk-XOMS3NQB.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-C67MFKEU.js";
import "./chunk-JKFLCYHV.js";
import "./chunk-TCSHNI7P.js";
import "./chunk-LFPRS2R6.js";
import "./chunk-WCZNCY57.js";
import "./chunk-6TW4Z5WE.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-KPYPGW5G.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
