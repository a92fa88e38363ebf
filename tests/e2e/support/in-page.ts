import type { Page } from 'playwright-core';

/**
 * Code that runs inside the page. It is written as strings because the test
 * files are type-checked for Node, without the DOM's globals, and giving the
 * whole Node program DOM types would hide real mistakes in Node code.
 */
export async function bodyBackground(page: Page): Promise<string> {
  return String(await page.evaluate('getComputedStyle(document.body).backgroundColor'));
}

export async function focusedOutlineStyle(page: Page): Promise<string> {
  return String(await page.evaluate('getComputedStyle(document.activeElement).outlineStyle'));
}

/** Switches the palette directly, to check colours without going through settings. */
export async function showTheme(page: Page, theme: string): Promise<void> {
  await page.evaluate(`document.documentElement.dataset.theme = ${JSON.stringify(theme)}`);
}

export async function waitForTheme(page: Page, theme: string): Promise<void> {
  // A locator, not waitForFunction: a string predicate that has to be polled
  // is evaluated with eval in the page, which the app's CSP rightly refuses.
  await page.locator(`html[data-theme=${JSON.stringify(theme)}]`).waitFor({ state: 'attached' });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core in the page (evaluated over the DevTools protocol, so the page's CSP does not apply). */
export async function seriousAxeViolations(page: Page, axeSource: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = (await page.evaluate('axe.run(document)')) as { violations: AxeViolation[] };
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`);
}

/** Relative luminance (0 black … 1 white) of a computed `rgb(...)` colour. */
export function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/**
 * Waits until every picture on the page has loaded or failed. A view that replaces the list (Settings) unmounts its
 * pictures, and Chromium aborts those still loading (`net::ERR_ABORTED` with no navigation), which the failed-request
 * check rightly counts: a test that leaves the list at once waits for its pictures first.
 */
export async function picturesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(
      (globalThis as unknown as { document: { images: ArrayLike<{ complete: boolean }> } }).document.images,
    ).every((image) => image.complete),
  );
}
