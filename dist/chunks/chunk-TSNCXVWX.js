import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/core/github/forge-key.ts
var keyPattern = /^[A-Za-z0-9][A-Za-z0-9._:/#=-]{0,199}$/;
function keyMarker(key) {
  if (!keyPattern.test(key) || key.includes("--")) throw new Error(`forge key "${key.slice(0, 80)}" is not a safe marker key`);
  return `<!-- shopfloor:key=${key} -->`;
}
function withKeyMarker(key, body) {
  return `${keyMarker(key)}
${body.replace(/^<!-- shopfloor:key=[^\n]*-->\n/, "")}`;
}
function hasKeyMarker(body, key) {
  return body.startsWith(`${keyMarker(key)}
`) || body === keyMarker(key);
}

export {
  withKeyMarker,
  hasKeyMarker
};
