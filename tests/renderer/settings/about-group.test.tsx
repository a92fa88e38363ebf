import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '@contract/models';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';

function info(overrides: Partial<AppInfo>): AppInfo {
  return {
    name: 'Broadsheet',
    version: '1.2.3',
    runtime: 'preview',
    platform: 'linux',
    versions: { node: '24.0.0', sqlite: '3.50.0', electron: null, chrome: null },
    dataDir: '/home/reader/.config/Broadsheet',
    logDir: '/home/reader/.config/Broadsheet/logs',
    ...overrides,
  };
}

async function openAbout(appInfo: AppInfo) {
  renderApp({ ...libraryHandlers(), 'app.getInfo': () => appInfo });
  await screen.findByRole('region', { name: 'Front page' });
  await userEvent.setup().click(screen.getByRole('button', { name: 'Settings' }));
  const settings = await screen.findByRole('main', { name: 'Settings' });
  return within(settings).getByRole('region', { name: 'About' });
}

describe('Settings → About', { timeout: 15_000 }, () => {
  it('shows the version, the data folder and the log folder, and what the log is for', async () => {
    const about = await openAbout(info({}));

    expect(await within(about).findByText('/home/reader/.config/Broadsheet/logs')).toBeInTheDocument();
    expect(within(about).getByText('/home/reader/.config/Broadsheet')).toBeInTheDocument();
    expect(within(about).getByText('Broadsheet 1.2.3')).toBeInTheDocument();
    expect(within(about).getByText(/send them with your report/)).toHaveTextContent(
      /never hold passwords, tokens or what you read/,
    );
  });

  it('points to Help → Open Log Folder in the desktop app, not in the browser preview', async () => {
    const desktop = await openAbout(info({ runtime: 'electron', logDir: 'C:\\Users\\reader\\Broadsheet\\logs' }));
    expect(await within(desktop).findByText('C:\\Users\\reader\\Broadsheet\\logs')).toBeInTheDocument();
    expect(within(desktop).getByText(/Help → Open Log Folder/)).toBeInTheDocument();
  });

  it('has no log row where no log is kept', async () => {
    const about = await openAbout(info({ logDir: undefined }));
    expect(await within(about).findByText('/home/reader/.config/Broadsheet')).toBeInTheDocument();
    expect(within(about).queryByText('Log folder')).toBeNull();
  });
});
