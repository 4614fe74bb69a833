import { describe, expect, it } from 'vitest';
import { createLineRedactor } from '../../../src/core/redaction/line-redactor.ts';
import { createRedactor } from '../../../src/core/redaction/redact-secrets.ts';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('createLineRedactor', () => {
  const redact = createRedactor(['s3cr3t/value']);
  it('redacts the plain, base64, double base64 and URL-encoded forms, and token shapes, in a log stream', () => {
    const redactor = createLineRedactor(redact);
    const token = `ghp_${'a'.repeat(36)}`;
    const text = `a s3cr3t/value\nb ${base64('s3cr3t/value')}\nc ${base64(base64('s3cr3t/value'))}\nd s3cr3t%2Fvalue\ne ${token}\n`;
    const out = redactor.push(text) + redactor.flush();
    expect(out).not.toContain('s3cr3t');
    expect(out).not.toContain(base64('s3cr3t/value').slice(2, -2));
    expect(out).not.toContain(base64(base64('s3cr3t/value')).slice(2, -2));
    expect(out).not.toContain(token);
    expect(out.split('\n')).toHaveLength(6);
  });

  it('catches a value split across chunks and releases text only at line ends', () => {
    const redactor = createLineRedactor(redact);
    expect([redactor.push('token=s3cr'), redactor.push('3t/value and more'), redactor.push('\nnext'), redactor.flush()]).toEqual(['', '', 'token=[REDACTED:secret] and more\n', 'next']);
  });
});
