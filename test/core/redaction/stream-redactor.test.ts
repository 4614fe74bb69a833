import { describe, expect, it } from 'vitest';
import { createSecretDetector } from '../../../src/core/redaction/secret-detector.ts';
import { createStreamRedactor } from '../../../src/core/redaction/stream-redactor.ts';

const base64 = (text: string) => Buffer.from(text).toString('base64');
const detect = createSecretDetector({ secrets: ['s3cr3t/value'] });
const run = (chunks: readonly string[]) => {
  const redactor = createStreamRedactor(detect);
  return chunks.map((chunk) => redactor.push(chunk)).join('') + redactor.flush();
};

describe('createStreamRedactor', () => {
  it('redacts the plain, base64, double base64 and URL-encoded forms, and token shapes, in a log stream', () => {
    const token = `ghp_${'a'.repeat(36)}`;
    const out = run([`a s3cr3t/value\nb ${base64('s3cr3t/value')}\nc ${base64(base64('s3cr3t/value'))}\nd s3cr3t%2Fvalue\ne ${token}\n`]);
    expect(out).not.toContain('s3cr3t');
    expect(out).not.toContain(base64('s3cr3t/value').slice(2, -2));
    expect(out).not.toContain(base64(base64('s3cr3t/value')).slice(2, -2));
    expect(out).not.toContain(token);
    expect(out.split('\n')).toHaveLength(6);
  });

  it('catches a value split across chunks and across a line break', () => {
    expect(run(['token=s3cr', '3t/value and more', '\nnext'])).toBe('token=[REDACTED:secret] and more\nnext');
    expect(run(['ghp_aaaaaaaaaaaaaaaa', 'aaaaa\n', 'aaaaaaaaaaaaaaa\n- after\n'])).toBe('[REDACTED:github-token]\n- after\n');
  });

  it('releases text as it goes with bounded holdback, and never cuts a secret at a release point', () => {
    const token = `ghp_${'Zx9'.repeat(12)}`;
    const filler = 'ordinary progress line 0123456789.\n';
    const chunks: string[] = [];
    for (let index = 0; index < 3000; index++) chunks.push(index % 97 === 0 ? `${token.slice(0, 17)}\n${token.slice(17)}\n` : filler);
    const redactor = createStreamRedactor(detect);
    let released = '';
    let maxHeld = 0;
    let sent = 0;
    for (const chunk of chunks) {
      released += redactor.push(chunk);
      sent += chunk.length;
      maxHeld = Math.max(maxHeld, sent - released.length);
    }
    const out = released + redactor.flush();
    expect(out).not.toContain(token.slice(4, 17));
    expect(out).not.toContain(token.slice(17));
    expect(out.match(/\[REDACTED:github-token\]/g)).toHaveLength(Math.ceil(3000 / 97));
    expect(maxHeld).toBeLessThan(64 * 1024);
  });

  it('emits nothing twice and loses nothing', () => {
    const text = Array.from({ length: 5000 }, (_, index) => `line ${index} of plain output`).join('\n');
    const chunks = text.match(/[\s\S]{1,777}/g)!;
    expect(run(chunks)).toBe(text);
  });
});
