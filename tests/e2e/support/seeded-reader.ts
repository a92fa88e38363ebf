import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import type { PageProblems } from './page-watch';
import { startPreview, type RunningPreview } from './preview';
import { openReader } from './reader-app';
import { seedLibrary } from './seed/seed-library';

/**
 * The set-up most browser tests share: Chromium and one preview over the
 * seeded library for the whole file, a fresh context per `open()`, closed
 * after each test. Call it at the top of a test file; it registers the hooks.
 */
export interface SeededReader {
  readonly browser: Browser;
  readonly preview: RunningPreview;
  open(colorScheme?: 'light' | 'dark'): Promise<{ page: Page; problems: PageProblems }>;
}

export function useSeededReader(): SeededReader {
  let browser: Browser | undefined;
  let preview: RunningPreview | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    preview = await startPreview({ prepare: (dataDir) => seedLibrary(dataDir) });
  });

  afterEach(async () => {
    while (pages.length > 0) await pages.pop()?.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} has not started (is this used outside a test?)`);
    return value;
  };

  return {
    get browser() {
      return started(browser, 'Chromium');
    },
    get preview() {
      return started(preview, 'The preview');
    },
    async open(colorScheme = 'light') {
      const opened = await openReader(started(browser, 'Chromium'), started(preview, 'The preview').url, {
        colorScheme,
      });
      pages.push(opened.page);
      return opened;
    },
  };
}
