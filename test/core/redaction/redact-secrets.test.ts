import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../src/core/redaction/redact-secrets.ts';

const secret = 'ghs_CANARYsecretValue0123456789abcdefXYZ';
const redact = createRedactor([secret, 'p@ss word/+=é"\\x']);

describe('createRedactor', () => {
  it.each([
    ['plain', `token=${secret}`],
    ['base64', Buffer.from(`GITHUB_TOKEN=${secret}\n`).toString('base64')],
    ['base64 offset 1', Buffer.from(`x${secret}`).toString('base64')],
    ['base64 offset 2', Buffer.from(`xy${secret}`).toString('base64')],
    ['base64url', Buffer.from(`ab${secret}`).toString('base64url')],
    ['url-encoded', `https://x.test/?t=${encodeURIComponent('p@ss word/+=é"\\x')}`],
    ['json-escaped', JSON.stringify({ value: 'p@ss word/+=é"\\x' })],
    ['double json-escaped', JSON.stringify(JSON.stringify({ value: 'p@ss word/+=é"\\x' }))],
  ])('scrubs the %s form', (_form, text) => {
    const out = redact(text);
    expect(out).toContain('[REDACTED');
    expect(out).not.toContain(secret);
    expect(out).not.toContain('p@ss word');
  });

  it.each([
    ['ghp_', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['gho_', 'gho_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['github_pat_', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'],
    ['sk-', 'sk-proj-abcdefghijklmnop1234567890'],
    ['JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
    ['PEM', '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA\n-----END RSA PRIVATE KEY-----'],
    ['AWS', 'AKIAIOSFODNN7EXAMPLE'],
  ])('scrubs %s token patterns it was never told about', (_kind, token) => {
    expect(createRedactor([])(`x ${token} y`)).not.toContain(token.slice(0, 30));
  });

  it('leaves ordinary text and short values alone', () => {
    expect(createRedactor(['abc'])('abc def ghs_ but not a token')).toBe('abc def ghs_ but not a token');
  });
});
