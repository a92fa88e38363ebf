import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * The Chromium the end-to-end tests drive. Playwright's own browser download
 * is not used: CI and developer machines install the distribution's package.
 * Without a browser the run fails loudly, because skipped end-to-end tests
 * look exactly like passing ones.
 */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export const CHROMIUM_MISSING_MESSAGE =
  'No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium`, ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable.';

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (exists(configured)) return configured;
    throw new Error(`CHROMIUM_PATH is set to ${configured}, which does not exist. ${CHROMIUM_MISSING_MESSAGE}`);
  }
  const found = CANDIDATES.find((candidate) => exists(candidate));
  if (!found) throw new Error(CHROMIUM_MISSING_MESSAGE);
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
