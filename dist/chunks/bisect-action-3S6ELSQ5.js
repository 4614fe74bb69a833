import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  bisectAction,
  findCulprit
} from "./chunk-YJMUSH3X.js";
import "./chunk-PH7YU4E7.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-WTVZ6ZAD.js";
import "./chunk-KI4HTMLE.js";
import "./chunk-H2F5MILB.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-BPQ4JRNX.js";
import "./chunk-GBB54T6E.js";
import "./chunk-T3OL5SPP.js";
export {
  bisectAction,
  findCulprit
};
