import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, PROJECT_URL, type MenuActions } from '../../electron/main/menu';

function actions(overrides: Partial<MenuActions> = {}): MenuActions {
  return {
    appName: 'Broadsheet',
    isPackaged: true,
    showAbout: vi.fn(),
    openExternal: vi.fn(async () => true),
    openLogFolder: vi.fn(),
    ...overrides,
  };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const roles = (items: MenuItemConstructorOptions[]) =>
  flatten(items)
    .map((item) => item.role)
    .filter(Boolean);
const platforms: NodeJS.Platform[] = ['darwin', 'linux', 'win32'];

describe('buildMenuTemplate', () => {
  it.each(platforms)('has File, Edit, View, Window and Help on %s', (platform) => {
    const labels = buildMenuTemplate(platform, actions()).map((item) => item.label?.replace('&', ''));
    expect(labels.slice(-5)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('puts the app menu first on macOS only', () => {
    expect(buildMenuTemplate('darwin', actions())[0]?.label).toBe('Broadsheet');
    expect(roles(buildMenuTemplate('darwin', actions()))).toEqual(
      expect.arrayContaining(['about', 'hide', 'services', 'quit']),
    );
    expect(buildMenuTemplate('linux', actions())).toHaveLength(5);
  });

  it.each(platforms)('opens the settings view with Settings… (Ctrl/Cmd+,) on %s', (platform) => {
    const openSettings = vi.fn();
    const item = flatten(buildMenuTemplate(platform, actions({ openSettings }))).find(
      (entry) => entry.label === 'Settings…',
    );
    expect(item?.accelerator).toBe('CmdOrCtrl+,');
    (item?.click as () => void)();
    expect(openSettings).toHaveBeenCalledOnce();
  });

  it.each(platforms)('offers File › Import Subscriptions (OPML)… on %s, which asks the UI to import', (platform) => {
    const importOpml = vi.fn();
    const file = buildMenuTemplate(platform, actions({ importOpml })).find((item) => item.label === '&File');
    const items = file?.submenu as MenuItemConstructorOptions[];
    expect(items[0]?.label).toBe('Import Subscriptions (OPML)…');
    (items[0]?.click as () => void)();
    expect(importOpml).toHaveBeenCalledOnce();
  });

  it.each(platforms)('uses native edit roles on %s', (platform) => {
    expect(roles(buildMenuTemplate(platform, actions()))).toEqual(
      expect.arrayContaining([
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'zoomIn',
        'zoomOut',
        'resetZoom',
        'togglefullscreen',
      ]),
    );
  });

  it.each(platforms)('has no DevTools or reload in a packaged build on %s', (platform) => {
    const packaged = roles(buildMenuTemplate(platform, actions({ isPackaged: true })));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(roles(buildMenuTemplate(platform, actions({ isPackaged: false })))).toContain('toggleDevTools');
  });

  it.each(platforms)('opens the log folder from Help on %s', (platform) => {
    const given = actions();
    const help = buildMenuTemplate(platform, given).find((item) => item.label === '&Help');
    const item = flatten([help!]).find((entry) => entry.label === 'Open Log Folder');
    item?.click?.({} as never, undefined, {} as never);
    expect(given.openLogFolder).toHaveBeenCalledOnce();
  });

  it('opens the website through the given (policy-checked) opener and shows About', () => {
    const given = actions();
    const items = flatten(buildMenuTemplate('linux', given));
    items.find((item) => item.label === 'Broadsheet Website')?.click?.({} as never, undefined, {} as never);
    items.find((item) => item.label === 'About Broadsheet')?.click?.({} as never, undefined, {} as never);
    expect(given.openExternal).toHaveBeenCalledWith(PROJECT_URL);
    expect(given.showAbout).toHaveBeenCalledOnce();
    expect(PROJECT_URL).toMatch(/^https:\/\//);
  });
});
