import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { makeTempDir } from './temp-dir.ts';

export const chromiumPath = '/usr/bin/chromium';
const args = ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/**
 * Headless Chromium from Debian's `chromium` package with a fresh profile, closed when the test ends.
 * A missing browser fails the test with the fix: a browser test never skips quietly.
 */
export async function launchChromium(): Promise<BrowserContext> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium is not installed at ${chromiumPath}; install it with "apt-get update && apt-get install -y chromium" (.ci/run does this) and run the test again`);
  }
  const context = await chromium.launchPersistentContext(await makeTempDir('shopfloor-chromium-'), { executablePath: chromiumPath, headless: true, args });
  onTestFinished(() => context.close());
  return context;
}
