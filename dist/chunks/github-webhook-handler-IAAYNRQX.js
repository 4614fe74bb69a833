import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-X6UQCZC2.js";
import "./chunk-UUERKUB5.js";
import "./chunk-S5MIEAVL.js";
import "./chunk-UR3CJWNF.js";
import "./chunk-DQ7MQZGT.js";
import "./chunk-J7YSPW6N.js";
import "./chunk-YO7HMUUX.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-5IIDHEDW.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-ITFQXOZY.js";
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
