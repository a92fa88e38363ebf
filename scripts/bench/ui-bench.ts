import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserType, CDPSession, Page } from 'playwright-core';
import { percentile, round, time } from './measure';
import {
  armClickMeasure,
  FIRST_ROWS,
  FIRST_ROWS_SCRIPT,
  listShown,
  MEASURED,
  NEW_ARTICLE_SHOWN,
} from './ui-bench-page';
import { seedUiLibrary } from './ui-bench-library';
import { startPreview } from './ui-bench-preview';

/**
 * The UI benchmark from issue 5: a 100,000-article library, the preview in
 * headless Chromium, timed from the reader's side (input event to the frame
 * that shows the result). Prints one JSON object on stdout; diagnostics go
 * to stderr. Figures are recorded in docs/PERFORMANCE.md.
 */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const SAMPLES = 20;
/** BENCH_UI_PROFILE=<folder>: also writes a V8 CPU profile of the page for each timed interaction kind. */
const PROFILE_DIR = process.env.BENCH_UI_PROFILE;
const ROOT = process.cwd();
// Loaded from the project at run time: playwright-core does not survive bundling.
const { chromium } = createRequire(join(ROOT, 'package.json'))('playwright-core') as { chromium: BrowserType };

const dataDir = mkdtempSync(join(tmpdir(), 'broadsheet-ui-bench-'));
let browser: Browser | undefined;
let stopPreview: (() => Promise<void>) | undefined;
try {
  const seeded = time(() => seedUiLibrary(dataDir, ARTICLES));
  const library = seeded.value;
  const preview = await startPreview(ROOT, dataDir);
  stopPreview = preview.stop;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  await page.addInitScript(FIRST_ROWS_SCRIPT);
  const nav = page.getByRole('navigation', { name: 'Library' });
  const sidebar = (name: string) => nav.getByRole('button', { name: new RegExp(`^${name}( |$)`) }).first();

  // First list: the first navigation is cold (nothing cached), the rest warm; the figure is their median.
  const firstRows: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await (i === 0 ? page.goto(preview.url) : page.reload());
    firstRows.push(Number(await page.evaluate(FIRST_ROWS)));
  }

  // CPU spent per interaction by the page's renderer process and by the preview (server + core
  // worker): unlike wall-clock time, barely changed by other work on the machine.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const cpu: Record<'switch' | 'open', { renderer: number[]; server: number[] }> = {
    switch: { renderer: [], server: [] },
    open: { renderer: [], server: [] },
  };
  const clickAndMeasure = async (kind: 'switch' | 'open', condition: string, click: () => Promise<void>) => {
    await page.evaluate(armClickMeasure(condition));
    const before = { renderer: await rendererCpuMs(cdp), server: serverCpuMs(preview.pid) };
    await click();
    const wall = Number(await page.evaluate(MEASURED));
    cpu[kind].renderer.push((await rendererCpuMs(cdp)) - before.renderer);
    cpu[kind].server.push(serverCpuMs(preview.pid) - before.server);
    return wall;
  };

  // Section switch: alternate through the sections, click in the sidebar until the new list's rows are painted.
  const switches: number[] = [];
  await startProfile(cdp);
  for (let i = 0; i < SAMPLES; i += 1) {
    const name = library.sections[i % library.sections.length]!;
    switches.push(await clickAndMeasure('switch', listShown(name), () => sidebar(name).click()));
  }

  await stopProfile(cdp, 'section-switch');
  // Open article: click successive rows of one section's list until the new article's content is painted.
  const opens: number[] = [];
  await sidebar(library.sections[0]!).click();
  const rows = page.getByRole('list', { name: `Articles in ${library.sections[0]}` }).locator('.article-row');
  await startProfile(cdp);
  for (let i = 0; i < SAMPLES; i += 1) {
    const row = rows.nth(i);
    await row.scrollIntoViewIfNeeded();
    opens.push(await clickAndMeasure('open', NEW_ARTICLE_SHOWN, () => row.click()));
  }

  await stopProfile(cdp, 'open-article');
  const heap = await heapAfterEveryView(page, library, sidebar);
  console.log(
    JSON.stringify({
      ui_first_list_ms: percentile(firstRows, 50),
      ui_open_article_ms: percentile(opens, 50),
      ui_section_switch_ms: percentile(switches, 50),
      ui_js_heap_mb: heap.usedMb,
    }),
  );
  console.error(
    JSON.stringify({
      articles: ARTICLES,
      seed_s: round(seeded.ms / 1000),
      ui_first_list_cold_ms: round(firstRows[0]!),
      ui_first_list_samples_ms: firstRows.map(round),
      ui_open_article_p95_ms: percentile(opens, 95),
      ui_open_article_max_ms: percentile(opens, 100),
      ui_section_switch_p95_ms: percentile(switches, 95),
      ui_section_switch_max_ms: percentile(switches, 100),
      ui_open_article_cpu_ms: {
        renderer_p50: percentile(cpu.open.renderer, 50),
        preview_p50: percentile(cpu.open.server, 50),
      },
      ui_section_switch_cpu_ms: {
        renderer_p50: percentile(cpu.switch.renderer, 50),
        preview_p50: percentile(cpu.switch.server, 50),
      },
      ui_js_heap_total_mb: heap.totalMb,
      views_visited: heap.views,
      // Other work on the machine inflates every wall-clock figure; this says how busy it was.
      load_average_1_5_min: loadavg()
        .slice(0, 2)
        .map((load) => Math.round(load * 10) / 10),
      chromium: browser.version(),
    }),
  );
} finally {
  await browser?.close();
  await stopPreview?.();
  rmSync(dataDir, { recursive: true, force: true });
}

/** Visits every view (smart views, sections, feeds, search, settings), collects garbage, reads the JS heap. */
async function heapAfterEveryView(
  page: Page,
  library: ReturnType<typeof seedUiLibrary>,
  sidebar: (name: string) => ReturnType<Page['locator']>,
) {
  const views = ['Front page', 'All unread', 'Today', 'Bookmarks', ...library.sections, ...library.feeds.slice(0, 8)];
  for (const view of views) {
    await sidebar(view).click();
    await page.locator('.article-row, .front-story, .empty-state').first().waitFor();
  }
  await page.keyboard.press('/');
  await page.keyboard.type(library.searchWord);
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: `Results for ${library.searchWord}` }).waitFor();
  // The `,` shortcut: the footer's Settings button can be scrolled out of a short window. (No article is open here:
  // choosing Front page closed it, so the click that takes the focus out of the search box lands on the pane,
  // clear of the list's resizable edge that straddles the pane's left border.)
  await page
    .locator('.reading-pane')
    .first()
    .click({ position: { x: 24, y: 24 } });
  await page.keyboard.press(',');
  await page
    .locator('#settings-title')
    .waitFor({ timeout: 5000 })
    .catch(async (e) => {
      await page.screenshot({ path: '/tmp/bs-h-bench.png' });
      throw e;
    });
  await page.keyboard.press('Escape');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
  return { usedMb: mb(usage.usedSize), totalMb: mb(usage.totalSize), views: views.length + 2 };
}

/** CPU time of the page's renderer process (all its threads), from Chromium's own metrics. */
async function rendererCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ProcessTime')?.value ?? Number.NaN) * 1000;
}

/** CPU time of a process, all threads, from Linux's per-thread scheduler statistics (nanoseconds). */
function serverCpuMs(pid: number): number {
  let ns = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    } catch {
      // A thread that ended between listing and reading.
    }
  }
  return ns / 1e6;
}

async function startProfile(cdp: CDPSession): Promise<void> {
  if (!PROFILE_DIR) return;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

async function stopProfile(cdp: CDPSession, name: string): Promise<void> {
  if (!PROFILE_DIR) return;
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(join(PROFILE_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
}
