import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  createGitHubWebhookHandler
} from "./chunk-5FHTSCQZ.js";
import "./chunk-OGUSTJY5.js";
import "./chunk-UIMIX3QR.js";
import "./chunk-QCQAFSVR.js";
import "./chunk-QGAVUDRC.js";
import "./chunk-26FGF2H5.js";
import "./chunk-UBGBRZAX.js";
import "./chunk-7CCSRXTP.js";
import "./chunk-KCFJ4NJ5.js";
import "./chunk-TSNCXVWX.js";
import "./chunk-C67MFKEU.js";
import "./chunk-JKFLCYHV.js";
import "./chunk-ZJLJ57UN.js";
import "./chunk-QQCOST3U.js";
import "./chunk-4UYNI4P5.js";
import "./chunk-LKP7PGBR.js";
import "./chunk-ZTB4J6I2.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  createGitHubWebhookHandler
};
