import { describe, expect, it } from 'vitest';
import { findChromium } from '../../helpers/find-chromium.ts';

describe('findChromium: the browser the Writer tests use', () => {
  const only = (...present: string[]) => (path: string) => present.includes(path);
  it.each([
    ['SHOPFLOOR_CHROMIUM wins', { env: { SHOPFLOOR_CHROMIUM: '/opt/mine' }, platform: 'linux' as const, playwrightPath: '/pw/chrome', exists: only('/opt/mine', '/pw/chrome', '/usr/bin/chromium') }, '/opt/mine'],
    ['a named browser that is missing is not replaced by another', { env: { SHOPFLOOR_CHROMIUM: '/opt/missing' }, platform: 'linux' as const, exists: only('/usr/bin/chromium') }, undefined],
    ['Playwright\'s own install before the system', { env: {}, platform: 'linux' as const, playwrightPath: '/pw/chrome', exists: only('/pw/chrome', '/usr/bin/chromium') }, '/pw/chrome'],
    ['Debian chromium', { env: {}, platform: 'linux' as const, exists: only('/usr/bin/chromium') }, '/usr/bin/chromium'],
    ['Chrome on Linux', { env: {}, platform: 'linux' as const, exists: only('/usr/bin/google-chrome-stable') }, '/usr/bin/google-chrome-stable'],
    ['Chrome on macOS', { env: {}, platform: 'darwin' as const, exists: only('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome') }, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['Edge on Windows', { env: { 'PROGRAMFILES(X86)': 'C:\\PF86' }, platform: 'win32' as const, exists: (p: string) => p.endsWith('msedge.exe') }, expect.stringContaining('msedge.exe')],
    ['nothing installed', { env: {}, platform: 'linux' as const, exists: only() }, undefined],
  ])('%s', (_, search, expected) => {
    expect(findChromium(search)).toEqual(expected);
  });
});
