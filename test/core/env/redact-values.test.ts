import { describe, expect, it } from 'vitest';
import { createLineRedactor, secretForms } from '../../../src/core/env/redact-values.ts';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('createLineRedactor', () => {
  const forms = secretForms('s3cr3t/value', { base64 });
  it('redacts the plain, base64, double base64 and URL-encoded forms', () => {
    const redactor = createLineRedactor(forms);
    const text = `a s3cr3t/value\nb ${base64('s3cr3t/value')}\nc ${base64(base64('s3cr3t/value'))}\nd s3cr3t%2Fvalue\n`;
    expect(redactor.push(text) + redactor.flush()).toBe('a ***\nb ***\nc ***\nd ***\n');
  });
  it('catches a value split across chunks', () => {
    const redactor = createLineRedactor(forms);
    expect([redactor.push('token=s3cr'), redactor.push('3t/value and more'), redactor.push('\nnext'), redactor.flush()]).toEqual(['', '', 'token=*** and more\n', 'next']);
  });
  it('leaves short values alone and passes text through when there is nothing to hide', () => {
    expect(secretForms('1', { base64 })).toEqual([]);
    expect(createLineRedactor([]).push('partial')).toBe('partial');
  });
});
