import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import { DEFAULT_SETTINGS } from '@contract/settings-schema';
import { libraryHandlers } from '../support/library-handlers';
import { liveSettings } from '../support/live-settings';
import { renderApp } from '../support/render-app';

const view = () => screen.getByRole('main', { name: 'Settings' });

async function openSettings(overrides = {}) {
  const settings = liveSettings({ ...DEFAULT_SETTINGS, notifications: { enabled: true, sectionIds: [] } });
  const rendered = renderApp({ ...libraryHandlers(), ...settings.handlers, ...overrides });
  settings.connect(rendered.client);
  await screen.findByRole('region', { name: 'Front page' });
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Settings' }));
  await screen.findByRole('main', { name: 'Settings' });
  return { ...rendered, settings, user };
}

describe('the settings view', () => {
  it('opens from the sidebar with its groups labelled, focus on its heading, and closes with Done', async () => {
    const { user } = await openSettings();
    expect(screen.getByRole('heading', { name: 'Settings' })).toHaveFocus();
    for (const name of ['Refresh', 'Storage', 'Appearance & reading', 'Network', 'Notifications']) {
      expect(within(view()).getByRole('group', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('main', { name: 'Reading pane' })).toBeNull();
    await user.click(within(view()).getByRole('button', { name: 'Done' }));
    // Back to the front page, which (no article open) is the broadsheet, without a reading pane.
    expect(await screen.findByRole('region', { name: 'Front page' })).toBeInTheDocument();
    expect(screen.queryByRole('main', { name: 'Settings' })).toBeNull();
  });

  it('opens with the , key and leaves with Escape', async () => {
    renderApp(libraryHandlers());
    await screen.findByRole('region', { name: 'Front page' });
    const user = userEvent.setup();
    await user.keyboard(',');
    await screen.findByRole('main', { name: 'Settings' });
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('main', { name: 'Settings' })).toBeNull();
  });

  it('opens when the desktop app’s menu asks', async () => {
    const { client } = renderApp(libraryHandlers());
    await screen.findByRole('region', { name: 'Front page' });
    client.emit('app.openSettings', null);
    expect(await screen.findByRole('main', { name: 'Settings' })).toBeInTheDocument();
  });

  it('saves a number when the reader leaves the field, and says so', async () => {
    const { user, client, settings } = await openSettings();
    const field = within(view()).getByRole('spinbutton', { name: 'Keep articles for' });
    expect(field).toHaveValue(90);
    await user.clear(field);
    await user.type(field, '120');
    expect(client.calls).not.toHaveBeenCalledWith(
      'settings.update',
      expect.objectContaining({ retentionDays: expect.anything() }),
    );
    await user.tab();
    expect(client.calls).toHaveBeenCalledWith('settings.update', { retentionDays: 120 });
    expect(await within(view()).findByText('Saved')).toBeInTheDocument();
    expect(settings.stored.retentionDays).toBe(120);
  });

  it('explains a number out of range next to the field and saves nothing', async () => {
    const { user, client } = await openSettings();
    const field = within(view()).getByRole('spinbutton', { name: 'Check feeds every' });
    await user.clear(field);
    await user.type(field, '2{Enter}');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Enter a whole number from 5 to 1,440.'));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(client.calls).not.toHaveBeenCalledWith('settings.update', expect.anything());
  });

  it('shows the contract’s message for a proxy it refuses, keeping what was typed', async () => {
    const { user, settings } = await openSettings();
    const field = within(view()).getByRole('textbox', { name: 'Proxy' });
    await user.type(field, 'ftp://proxy.example{Enter}');
    await waitFor(() =>
      expect(field).toHaveAccessibleDescription(
        expect.stringContaining('Proxy must be empty or an http://, https:// or socks:// URL'),
      ),
    );
    expect(field).toHaveValue('ftp://proxy.example');
    expect(settings.stored.proxy).toBe('');
    await user.clear(field);
    await user.type(field, 'socks5://127.0.0.1:1080{Enter}');
    await waitFor(() => expect(settings.stored.proxy).toBe('socks5://127.0.0.1:1080'));
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('toggles and chooses at once: theme, offline images, notification sections', async () => {
    const { user, settings } = await openSettings();
    await user.click(within(view()).getByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await user.click(within(view()).getByRole('checkbox', { name: 'Save images for reading offline' }));
    expect(settings.stored.offlineImages).toBe(false);
    expect(within(view()).getByRole('spinbutton', { name: 'Save images of articles from the last' })).toBeDisabled();
    await user.click(within(view()).getByRole('checkbox', { name: 'Technology' }));
    await waitFor(() => expect(settings.stored.notifications.sectionIds).toEqual(['s2']));
    await user.click(within(view()).getByRole('button', { name: 'Larger text' }));
    await waitFor(() => expect(settings.stored.reading.fontSize).toBe(19));
  });

  it('goes back to the stored value and says why when saving fails', async () => {
    const { user } = await openSettings({
      'settings.update': () => {
        throw new ApiError('STORAGE', 'The settings file could not be written.');
      },
    });
    const box = within(view()).getByRole('checkbox', { name: 'Keep unread articles' });
    await user.click(box);
    expect(await within(view()).findByText('The settings file could not be written.')).toBeInTheDocument();
    expect(box).toBeChecked();
    expect(within(view()).getByText(/^Not saved/)).toBeInTheDocument();
  });
});
