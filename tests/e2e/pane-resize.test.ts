import { describe, expect, it } from 'vitest';
import { expectAccessible, expectHealthy, screenshot } from './support/reader-app';
import { useSeededReader } from './support/seeded-reader';

const reader = useSeededReader();

describe('resizable panes in Chromium', () => {
  it('drags the sidebar’s and the list’s edges and keeps the widths after a reload', async () => {
    const { page, problems } = await reader.open('light');
    await page.setViewportSize({ width: 1400, height: 900 });
    const sidebar = page.getByRole('navigation', { name: 'Library' });
    // The list's edge belongs to the three-pane layout: from the broadsheet into a section's list.
    const showList = () => page.getByRole('button', { name: 'See all in World' }).click();
    await showList();
    const list = page.getByRole('region', { name: 'World' });
    await list.waitFor();
    const widthOf = async (locator: typeof sidebar) => (await locator.boundingBox())!.width;
    const before = { sidebar: await widthOf(sidebar), list: await widthOf(list) };

    const drag = async (name: string, by: number) => {
      const edge = (await page.getByRole('separator', { name }).boundingBox())!;
      const x = edge.x + edge.width / 2;
      const y = edge.y + 200;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + by / 2, y);
      await page.mouse.move(x + by, y);
      await page.mouse.up();
    };
    await drag('Sidebar width', 60);
    await drag('List width', 120);
    expect(await widthOf(sidebar)).toBeCloseTo(before.sidebar + 60, 0);
    expect(await widthOf(list)).toBeCloseTo(before.list + 120, 0);
    await page.getByRole('separator', { name: 'List width' }).hover();
    await screenshot(page, 'panes-resized');
    await expectAccessible(page);

    await page.reload();
    await showList();
    await list.waitFor();
    expect(await widthOf(sidebar)).toBeCloseTo(before.sidebar + 60, 0);
    expect(await widthOf(list)).toBeCloseTo(before.list + 120, 0);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1400);
    expectHealthy(problems);
  });
});
