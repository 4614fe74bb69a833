import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  bisectAction,
  findCulprit
} from "./chunk-OSS7PMHZ.js";
import "./chunk-P5ZHBTWQ.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-WTRNG3JG.js";
import "./chunk-KBRFCTVL.js";
import "./chunk-NNCCIK5B.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-7I32CFXX.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  bisectAction,
  findCulprit
};
