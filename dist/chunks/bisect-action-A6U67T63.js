import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);
import {
  bisectAction,
  findCulprit
} from "./chunk-XBPNKJEE.js";
import "./chunk-GLFWF66F.js";
import "./chunk-DJ27KTAJ.js";
import "./chunk-EYP3A2UM.js";
import "./chunk-RJTRTAOF.js";
import "./chunk-T4RYOXIM.js";
import "./chunk-FIUOBWBS.js";
import "./chunk-YCZYYL3Z.js";
import "./chunk-DBDOEXGI.js";
import "./chunk-VIYXCJ24.js";
import "./chunk-ZTB4J6I2.js";
import "./chunk-FN5Z5FBI.js";
import "./chunk-T3OL5SPP.js";
export {
  bisectAction,
  findCulprit
};
