import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  bisectAction,
  findCulprit
} from "./chunk-ULQR3RHA.js";
import "./chunk-V4PU6FOO.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-WXQAJUWS.js";
import "./chunk-WYYHRSDT.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-7VBLZOLU.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-MUOLR3AM.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  bisectAction,
  findCulprit
};
