import { generateKeyPairSync } from 'node:crypto';
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

  const hex = (text: string) => Buffer.from(text).toString('hex');
  const reversed = (text: string) => [...text].reverse().join('');
  const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))!.join('\n');
  it.each([
    ['hex', hex(secret)],
    ['upper-case hex', hex(secret).toUpperCase()],
    ['reversed', reversed(secret)],
    ['hex of the reversed value', hex(reversed(secret))],
    ['reversed hex', reversed(hex(secret))],
    ['line-wrapped at 8 columns', wrap(secret, 8)],
    ['line-wrapped with CRLF and indentation', wrap(secret, 10).replace(/\n/g, '\r\n    ')],
    ['base64 wrapped at 76 columns', wrap(Buffer.from(`prefix padding ${'x'.repeat(50)} ${secret} suffix`).toString('base64'), 76)],
    ['base64 of base64, wrapped', wrap(Buffer.from(Buffer.from(`T=${secret}`).toString('base64')).toString('base64'), 76)],
  ])('scrubs the known value in its %s form', (_form, text) => {
    const out = redact(`log: ${text} :end`);
    expect(out).toContain('[REDACTED:secret]');
    expect(out).not.toContain(text);
    expect(out).toMatch(/^log: .*:end$/s);
  });

  const ghp = `ghp_${'Ab3'.repeat(12)}`;
  it.each([
    ['a token with a suffix after an underscore', `${ghp}_x`, 'github-token'],
    ['a token wrapped across lines', wrap(ghp, 9), 'github-token'],
    ['a reversed token', reversed(ghp), 'github-token'],
    ['a hex token', hex(ghp), 'github-token'],
    ['a hex reversed token', hex(reversed(ghp)), 'github-token'],
    ['a base64 token glued to other text', `xyz${Buffer.from(`GH=${ghp}`).toString('base64')}`, 'github-token'],
    ['a base64 token wrapped at 76 columns', wrap(Buffer.from(`{"token":"${ghp}","user":"someone with a long name"}`).toString('base64'), 76), 'github-token'],
    ['a double base64 token', Buffer.from(Buffer.from(ghp).toString('base64')).toString('base64'), 'github-token'],
    ['a database URL password', 'postgres://app:hunter2hunter2@db.internal:5432/app', 'url-password'],
    ['a short database URL password', 'postgres://u:pass@h', 'url-password'],
  ])('scrubs %s it was never told about', (_kind, text, kind) => {
    const out = createRedactor([])(`before ${text} after`);
    expect(out).toContain(`[REDACTED:${kind}]`);
    expect(out).not.toContain(text);
  });

  it('keeps the user and host of a URL and leaves placeholder passwords alone', () => {
    expect(createRedactor([])('postgres://app:s3cretpw@db/x')).toBe('postgres://app:[REDACTED:url-password]@db/x');
    expect(createRedactor([])('postgres://app:${DB_PASSWORD}@db/x and https://u:***@h/')).toBe('postgres://app:${DB_PASSWORD}@db/x and https://u:***@h/');
  });

  it.each([
    ['ed25519', () => generateKeyPairSync('ed25519')],
    ['x25519', () => generateKeyPairSync('x25519')],
    ['rsa', () => generateKeyPairSync('rsa', { modulusLength: 1024 })],
    ['ec', () => generateKeyPairSync('ec', { namedCurve: 'P-256' })],
  ])('scrubs a bare %s private-key body (no PEM header), and leaves the public key', (_kind, make) => {
    const { privateKey, publicKey } = make();
    const body = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString().split('\n').filter((line) => line && !line.startsWith('-----'));
    const out = createRedactor([])(`key material:\n${body.join('\n')}\ndone`);
    expect(out).toContain('[REDACTED:private-key]');
    for (const line of body) expect(out).not.toContain(line);
    const spki = publicKey.export({ format: 'pem', type: 'spki' }).toString().split('\n').filter((line) => line && !line.startsWith('-----')).join('\n');
    expect(createRedactor([])(spki)).toBe(spki);
  });

  it('scrubs each line of a multi-line known secret (a PEM key) printed on its own', () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const bodyLine = pem.split('\n')[1]!;
    expect(createRedactor([pem])(`leak ${reversed(bodyLine)} end`)).toBe('leak [REDACTED:secret] end');
  });

  it('marks values handed to the command apart from other secrets', () => {
    const both = createRedactor(['other-secret-value'], { credentials: ['handed-credential'] });
    expect(both('a handed-credential b other-secret-value')).toBe('a [REDACTED:credential] b [REDACTED:secret]');
  });

  it('leaves ordinary text and short values alone', () => {
    expect(createRedactor(['abc'])('abc def ghs_ but not a token')).toBe('abc def ghs_ but not a token');
  });
});
