import { describe, expect, it } from 'vitest';
import { isHostAllowed, parseAllowEntry } from '../../../src/core/isolation/network-allowlist.ts';

const allow = ['api.openai.com', '*.googleapis.com', 'models.internal:8443', '[::1]:9000'];

describe('isHostAllowed', () => {
  it.each([
    ['api.openai.com', 443, true],
    ['API.OpenAI.com.', 443, true],
    ['api.openai.com', 80, true],
    ['api.openai.com', 22, false],
    ['openai.com', 443, false],
    ['evil-api.openai.com', 443, false],
    ['api.openai.com.evil.test', 443, false],
    ['generativelanguage.googleapis.com', 443, true],
    ['a.b.googleapis.com', 443, true],
    ['googleapis.com', 443, false],
    ['xgoogleapis.com', 443, false],
    ['models.internal', 8443, true],
    ['models.internal', 443, false],
    ['::1', 9000, true],
    ['::1', 443, false],
  ] as const)('%s:%s is %s', (host, port, allowed) => {
    expect(isHostAllowed(allow, host, port)).toBe(allowed);
  });

  it('allows nothing with an empty list', () => {
    expect(isHostAllowed([], 'api.openai.com', 443)).toBe(false);
  });
});

describe('parseAllowEntry', () => {
  it.each([
    ['api.openai.com', { host: 'api.openai.com', wildcard: false, port: undefined }],
    ['*.Example.org:8080', { host: 'example.org', wildcard: true, port: 8080 }],
    ['[::1]', { host: '::1', wildcard: false, port: undefined }],
    ['https://api.openai.com', undefined],
    ['api.openai.com/v1', undefined],
    ['*', undefined],
    ['*.', undefined],
    ['a.*.com', undefined],
    ['host:0', undefined],
    ['host:70000', undefined],
    ['user@host', undefined],
  ] as const)('%s', (entry, parsed) => {
    expect(parseAllowEntry(entry)).toEqual(parsed);
  });
});
