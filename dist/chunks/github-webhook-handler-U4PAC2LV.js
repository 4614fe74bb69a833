import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-ZTAGKWIY.js";
import "./chunk-ESH4SOE6.js";
import "./chunk-Q7AZTRKS.js";
import "./chunk-6VF7UYTO.js";
import "./chunk-XUB6JFXV.js";
import "./chunk-5FYM5LCL.js";
import "./chunk-RMU52COZ.js";
import "./chunk-YO5ZKEKR.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-ITFQXOZY.js";
import "./chunk-IFW33L46.js";
import "./chunk-TNGS7UKQ.js";
import "./chunk-R5P5ICFY.js";
import "./chunk-YK3QSR6F.js";
import "./chunk-4LBIUF4J.js";
import "./chunk-MAAELMKE.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-6UYLTFXC.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
