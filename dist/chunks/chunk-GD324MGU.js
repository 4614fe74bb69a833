import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/core/version.ts
var shopfloorVersion = "0.1.0";

export {
  shopfloorVersion
};
