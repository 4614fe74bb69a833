import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-LJY443G3.js";
import "./chunk-QMPPVKOA.js";
import "./chunk-S5MIEAVL.js";
import "./chunk-UR3CJWNF.js";
import "./chunk-DQ7MQZGT.js";
import "./chunk-5P6BRQYJ.js";
import "./chunk-YO7HMUUX.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-KCFJ4NJ5.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-IFW33L46.js";
import "./chunk-TNGS7UKQ.js";
import "./chunk-466ULXKW.js";
import "./chunk-QQCOST3U.js";
import "./chunk-GOCS7V6K.js";
import "./chunk-FEEVPAGW.js";
import "./chunk-X7FDWXXB.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
