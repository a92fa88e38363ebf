import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import type { Notice } from '@contract/models';
import { renderApp } from '../support/render-app';

const SETTINGS_RESET: Notice = {
  id: 'n1',
  level: 'warning',
  title: 'Settings were reset',
  message: 'Your settings file could not be read and was kept as settings.bak.',
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('notices', () => {
  it('shows notices waiting at start-up and dismisses them through app.dismissNotice', async () => {
    const { client } = renderApp({ 'app.listNotices': () => [SETTINGS_RESET] });
    expect(await screen.findByText('Settings were reset')).toBeInTheDocument();
    expect(screen.getByText(/kept as settings\.bak/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss notice: Settings were reset' }));
    expect(client.calls).toHaveBeenCalledWith('app.dismissNotice', 'n1');
    expect(screen.queryByText('Settings were reset')).not.toBeInTheDocument();
  });

  it('shows a notice that arrives as an app.notice event, once', async () => {
    const { client } = renderApp();
    await screen.findByText('No sections yet');
    act(() => {
      client.emit('app.notice', SETTINGS_RESET);
      client.emit('app.notice', SETTINGS_RESET);
    });
    expect(screen.getAllByText('Settings were reset')).toHaveLength(1);
  });

  it('keeps the notice and shows the error when dismissing fails', async () => {
    renderApp({
      'app.listNotices': () => [SETTINGS_RESET],
      'app.dismissNotice': () => {
        throw new ApiError('NOT_FOUND', 'That notice is gone.');
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Dismiss notice: Settings were reset' }));
    expect(await screen.findByText('Dismissing the notice failed')).toBeInTheDocument();
    expect(screen.getByText('That notice is gone.')).toBeInTheDocument();
    expect(screen.getByText('Settings were reset')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss error' }));
    expect(screen.queryByText('Dismissing the notice failed')).not.toBeInTheDocument();
  });

  it('shows an error when notices cannot be listed', async () => {
    renderApp({
      'app.listNotices': () => {
        throw new ApiError('INTERNAL', 'Notices are unavailable.');
      },
    });
    expect(await screen.findByText('Loading notices failed')).toBeInTheDocument();
    expect(screen.getByText('Notices are unavailable.')).toBeInTheDocument();
  });
});
