import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  bisectAction,
  findCulprit
} from "./chunk-F6XRL3FD.js";
import "./chunk-UP4RIDOT.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-WJX6DBR4.js";
import "./chunk-KR7QEH4R.js";
import "./chunk-O3C7QL4L.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-3DRA52XJ.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  bisectAction,
  findCulprit
};
