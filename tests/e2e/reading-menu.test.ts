import { describe, expect, it } from 'vitest';
import { expectHealthy, screenshot } from './support/reader-app';
import { SEEDED } from './support/seed/seed-library';
import { useSeededReader } from './support/seeded-reader';

const reader = useSeededReader();

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('the reading menu ("Aa")', () => {
  it.each([
    ['wide', 1400, 900],
    ['narrow', 1000, 700],
  ] as const)('opens below the toolbar without covering the headline (%s window)', async (name, width, height) => {
    const { page, problems } = await reader.open('light');
    await page.setViewportSize({ width, height });
    await page.locator('[data-article-id]', { hasText: SEEDED.firstWorldTitle }).first().click();
    const pane = page.getByRole('main', { name: 'Reading pane' });
    const headline = pane.getByRole('heading', { level: 1 });
    await headline.waitFor();
    await pane.getByRole('button', { name: 'Reading settings' }).click();
    const menu = page.getByRole('dialog', { name: 'Reading settings' });
    await menu.waitFor();
    const [panel, title, paneBox, button] = await Promise.all([
      menu.boundingBox(),
      headline.boundingBox(),
      pane.boundingBox(),
      pane.getByRole('button', { name: 'Reading settings' }).boundingBox(),
    ]);
    const rect = (box: { x: number; y: number; width: number; height: number } | null): Rect => ({
      left: box!.x,
      top: box!.y,
      right: box!.x + box!.width,
      bottom: box!.y + box!.height,
    });
    await screenshot(page, `reading-menu-open-${name}`);
    expect(overlaps(rect(panel), rect(title))).toBe(false);
    // A popover of its button: below it, inside the reading pane, its right edge at the button's.
    expect(rect(panel).top).toBeGreaterThanOrEqual(rect(button).bottom);
    expect(rect(panel).left).toBeGreaterThanOrEqual(rect(paneBox).left);
    expect(rect(panel).right).toBeLessThanOrEqual(rect(paneBox).right);
    expect(Math.abs(rect(panel).right - rect(button).right)).toBeLessThanOrEqual(2);
    expect(await menu.getByRole('radio', { name: 'Sans' }).isVisible()).toBe(true);
    expectHealthy(problems);
  });
});
