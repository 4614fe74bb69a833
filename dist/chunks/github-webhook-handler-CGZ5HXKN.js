import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-PVPTESL6.js";
import "./chunk-3AVGIBWH.js";
import "./chunk-KDHDQ3PW.js";
import "./chunk-JF3ZRHFJ.js";
import "./chunk-DZPMIAHT.js";
import "./chunk-ZOM7AUT7.js";
import "./chunk-FOHDGJ5T.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-KCFJ4NJ5.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-C67MFKEU.js";
import "./chunk-JKFLCYHV.js";
import "./chunk-3SNWRFAM.js";
import "./chunk-LFPRS2R6.js";
import "./chunk-3KJWC2D7.js";
import "./chunk-NRHGDW2X.js";
import "./chunk-U2ZO63AC.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
