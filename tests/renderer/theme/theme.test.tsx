import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import { DEFAULT_SETTINGS } from '@contract/settings-schema';
import { renderApp } from '../support/render-app';

const root = document.documentElement;

describe('the theme setting', () => {
  it('applies the stored theme to the document', async () => {
    renderApp({ 'settings.get': () => ({ ...DEFAULT_SETTINGS, theme: 'sepia' }) });
    await waitFor(() => expect(root.dataset.theme).toBe('sepia'));
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('sepia');
  });

  it('saves a new choice through settings.update', async () => {
    const { client } = renderApp();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Dark');
    expect(client.calls).toHaveBeenCalledWith('settings.update', { theme: 'dark' });
    await waitFor(() => expect(root.dataset.theme).toBe('dark'));
  });

  it('follows settings.changed from elsewhere', async () => {
    const { client } = renderApp();
    await waitFor(() => expect(root.dataset.theme).toBe('system'));
    act(() => client.emit('settings.changed', { ...DEFAULT_SETTINGS, theme: 'light' }));
    expect(root.dataset.theme).toBe('light');
  });

  it('goes back and says why when saving fails', async () => {
    renderApp({
      'settings.update': () => {
        throw new ApiError('STORAGE', 'The settings file is read-only.');
      },
    });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Sepia');
    expect(await screen.findByText('Changing the theme failed')).toBeInTheDocument();
    expect(screen.getByText('The settings file is read-only.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('system');
  });
});
