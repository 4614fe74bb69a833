import { describe, expect, it } from 'vitest';
import { readReportEnvelope, renderReportEnvelope } from '../../../src/core/report/report-envelope.ts';

describe('report envelope', () => {
  const file = '{"head":"abc","note":"ünïcødé ✓ 🚀"}\n';

  it('carries the report file byte for byte after a human lead', () => {
    const text = renderReportEnvelope(file, '## Gates\n\nall green')!;
    expect(text.startsWith('## Gates\n\nall green\n\n<!-- shopfloor:signed-report base64=')).toBe(true);
    expect(readReportEnvelope(text)).toBe(file);
  });

  it.each([
    ['no text', undefined],
    ['text without a marker', 'just words'],
    ['an unterminated marker', '<!-- shopfloor:signed-report base64=eyJ9'],
    ['a marker that is not base64', '<!-- shopfloor:signed-report base64=<script> -->'],
    ['base64 that is not UTF-8', `<!-- shopfloor:signed-report base64=${btoa('\xff\xfe')} -->`],
  ])('reads nothing from %s', (_name, text) => {
    expect(readReportEnvelope(text)).toBeUndefined();
  });

  it('refuses a report that would not fit a check run text', () => {
    expect(renderReportEnvelope('x'.repeat(50_000))).toBeUndefined();
    expect(renderReportEnvelope('x'.repeat(40_000))).toBeDefined();
  });
});
