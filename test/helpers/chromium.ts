import { chromium, type BrowserContext } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { chromiumCandidates, findChromium, type ChromiumSearch } from './find-chromium.ts';
import { makeTempDir } from './temp-dir.ts';

const args = ['--no-sandbox', '--headless', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

function playwrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const search: ChromiumSearch = { env: process.env, platform: process.platform, ...(playwrightPath() ? { playwrightPath: playwrightPath()! } : {}) };

/** The browser found on this machine, if any. */
export const chromiumPath = findChromium(search);

/**
 * Whether the browser tests run here: always under CI (where a missing browser fails them loudly), and
 * elsewhere only when a browser is found (a fresh clone without one skips them, saying so).
 */
export const runBrowserTests = chromiumPath !== undefined || process.env.CI === 'true';
if (!runBrowserTests) process.stderr.write(`[shopfloor tests] no Chromium found; the Writer browser tests are skipped (set SHOPFLOOR_CHROMIUM, run "npx playwright install chromium", or install chromium)\n`);

/** Headless Chromium with a fresh profile, closed when the test ends; a missing browser fails with the fix. */
export async function launchChromium(): Promise<BrowserContext> {
  if (!chromiumPath) {
    throw new Error(`no Chromium found (${search.env.SHOPFLOOR_CHROMIUM ? `SHOPFLOOR_CHROMIUM=${search.env.SHOPFLOOR_CHROMIUM} does not exist` : `looked at ${chromiumCandidates(search).join(', ')}`}); set SHOPFLOOR_CHROMIUM to a Chromium, Chrome or Edge binary, run "npx playwright install chromium", or install one ("apt-get install -y chromium" on Debian; .ci/run does this)`);
  }
  const context = await chromium.launchPersistentContext(await makeTempDir('shopfloor-chromium-'), { executablePath: chromiumPath, headless: true, args });
  onTestFinished(() => context.close());
  return context;
}
