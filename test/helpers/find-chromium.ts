import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ChromiumSearch {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  /** Playwright's own browser for this playwright-core version (`npx playwright install chromium`). */
  readonly playwrightPath?: string;
  readonly exists?: (path: string) => boolean;
}

/** Every place a Chromium-family browser is looked for, in order (the first that exists wins). */
export function chromiumCandidates({ env, platform, playwrightPath }: ChromiumSearch): string[] {
  const fromEnv = [env.SHOPFLOOR_CHROMIUM, env.CHROME_PATH].filter((p): p is string => Boolean(p));
  const system =
    platform === 'darwin'
      ? ['/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
      : platform === 'win32'
        ? [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)']].filter((d): d is string => Boolean(d)).flatMap((dir) => [join(dir, 'Chromium', 'Application', 'chrome.exe'), join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(dir, 'Microsoft', 'Edge', 'Application', 'msedge.exe')])
        : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge', '/usr/bin/microsoft-edge-stable'];
  return [...fromEnv, ...(playwrightPath ? [playwrightPath] : []), ...system];
}

/**
 * The browser the Writer tests drive, found the way Playwright users expect: `SHOPFLOOR_CHROMIUM` (or
 * `CHROME_PATH`), then Playwright's own install, then the system's Chromium, Chrome or Edge.
 */
export function findChromium(search: ChromiumSearch): string | undefined {
  const exists = search.exists ?? existsSync;
  const named = search.env.SHOPFLOOR_CHROMIUM;
  // A browser named explicitly must be there: falling back quietly would test another one.
  if (named) return exists(named) ? named : undefined;
  return chromiumCandidates(search).find((path) => exists(path));
}
