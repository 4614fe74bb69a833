import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  bisectAction,
  findCulprit
} from "./chunk-NZWKM55N.js";
import "./chunk-Q3ELM74O.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-FR7GLDD4.js";
import "./chunk-M7JOFGR3.js";
import "./chunk-XFZX2XWW.js";
import "./chunk-3BF6ETRP.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-NRMA6CD3.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  bisectAction,
  findCulprit
};
