import { existsSync } from 'node:fs';

/**
 * How every suite and script here launches Chromium. Browser downloads are impossible on our
 * machines, so the system Chromium is used when present (CHROMIUM_PATH may point elsewhere);
 * elsewhere Playwright's own browser is used. Background networking is off: this machine refuses it.
 */
const systemChromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumLaunchOptions = {
  ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  args: [
    '--no-sandbox',
    '--disable-dev-shm-usage',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};
