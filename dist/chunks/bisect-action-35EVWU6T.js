import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  bisectAction,
  findCulprit
} from "./chunk-AQRFESDF.js";
import "./chunk-ZXK2JQKV.js";
import "./chunk-YEJUQFDF.js";
import "./chunk-FRZ5MXSM.js";
import "./chunk-V6EDP4UQ.js";
import "./chunk-PDXTHYWE.js";
import "./chunk-JIOTEVQM.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-QVJH2LXJ.js";
import "./chunk-VCXXSHDW.js";
import "./chunk-T3OL5SPP.js";
export {
  bisectAction,
  findCulprit
};
