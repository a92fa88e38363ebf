import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@contract/errors';
import { ApiProvider } from '../../../renderer/src/api/ApiProvider';
import { PREVIEW_PAGE_META } from '@contract/preview-http';
import { BackupPanel } from '../../../renderer/src/backup/BackupPanel';
import { createFakeClient, type FakeHandlers } from '../support/fake-client';

const TOKEN = 'a'.repeat(32);
const SUMMARY = {
  accounts: { added: 0, merged: 0 },
  sections: { added: 1, merged: 1 },
  feeds: { added: 3, merged: 0 },
  bookmarks: { added: 12, merged: 2 },
  readMarks: 40,
  images: 5,
};

function renderPanel(handlers: FakeHandlers = {}) {
  const client = createFakeClient({
    'backup.create': () => ({
      token: TOKEN,
      fileName: 'broadsheet-backup-2025-06-15.bsbackup',
      byteLength: 10,
      counts: { accounts: 1, sections: 2, feeds: 3, bookmarks: 14, readMarks: 40, images: 5 },
    }),
    'exports.save': () => ({ kind: 'saved', path: '/home/me/broadsheet.bsbackup' }),
    'backup.pickFile': () => ({ token: TOKEN }),
    'backup.restore': () => ({
      summary: SUMMARY,
      settingsApplied: true,
      createdAt: '2025-06-01T10:00:00.000Z',
      appVersion: '1.0.0',
    }),
    'imports.bookmarks': () => ({ format: 'netscape', found: 3, added: 2, merged: 1, skipped: [] }),
    ...handlers,
  });
  render(
    <ApiProvider client={client}>
      <BackupPanel />
    </ApiProvider>,
  );
  return { client, user: userEvent.setup() };
}

afterEach(() => document.head.querySelector(`meta[name="${PREVIEW_PAGE_META}"]`)?.remove());

describe('the backup panel (desktop app)', () => {
  it('backs up through the native save dialog and says where the file went', async () => {
    const { client, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Back up…' }));
    expect(
      await screen.findByText(/Backup saved to \/home\/me\/broadsheet.bsbackup: 3 subscriptions, 14 bookmarks/),
    ).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('exports.save', TOKEN, { pdf: false });
  });

  it('asks before restoring; Cancel restores nothing, Restore shows what was added and merged', async () => {
    const { client, user } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Restore…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(dialog).toHaveTextContent(/Nothing in this library is removed/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(client.calls).not.toHaveBeenCalledWith('backup.restore', expect.anything(), expect.anything());

    await user.click(screen.getByRole('button', { name: 'Restore…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore' }));
    const status = await screen.findByText(/Restored the backup of/);
    expect(status).toHaveTextContent(
      '12 bookmarks added, 2 already here merged; 3 subscriptions added; 1 section added, 1 already here merged.',
    );
    expect(status).toHaveTextContent('Your settings were restored too.');
    expect(client.calls).toHaveBeenCalledWith('backup.restore', TOKEN, { applySettings: true });
  });

  it('shows a refused backup’s message', async () => {
    const { user } = renderPanel({
      'backup.restore': () => {
        throw new ApiError(
          'INVALID_ARGUMENTS',
          'This backup is damaged (it is incomplete) and cannot be restored. Nothing was changed.',
        );
      },
    });
    await user.click(screen.getByRole('button', { name: 'Restore…' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This backup is damaged (it is incomplete) and cannot be restored. Nothing was changed.',
    );
  });

  it('a cancelled open dialog does nothing', async () => {
    const { client, user } = renderPanel({ 'backup.pickFile': () => ({ token: null }) });
    await user.click(screen.getByRole('button', { name: 'Import bookmarks…' }));
    await waitFor(() => expect(client.calls).toHaveBeenCalledWith('backup.pickFile', 'bookmarks'));
    expect(client.calls).not.toHaveBeenCalledWith('imports.bookmarks', expect.anything());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

function markAsPreview(): void {
  const meta = document.createElement('meta');
  meta.name = PREVIEW_PAGE_META;
  meta.content = '1';
  document.head.append(meta);
}

describe('the backup panel (browser preview)', () => {
  it('uploads the chosen bookmarks file and imports it by token', async () => {
    markAsPreview();
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ ok: true, value: { token: TOKEN } }), {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    try {
      const { client, user } = renderPanel();
      await user.upload(
        screen.getByLabelText('Bookmarks file to import'),
        new File(['<DT><A HREF="https://x.example/">x</A>'], 'bookmarks.html', { type: 'text/html' }),
      );
      expect(
        await screen.findByText(/Found 3 links in the bookmarks file: 2 new bookmarks, 1 already bookmarked/),
      ).toBeInTheDocument();
      expect(fetchMock).toHaveBeenCalledWith(
        '/api/upload',
        expect.objectContaining({
          method: 'POST',
          headers: expect.objectContaining({ 'X-Broadsheet-Request': 'page' }),
        }),
      );
      expect(client.calls).toHaveBeenCalledWith('imports.bookmarks', { token: TOKEN });
      expect(client.calls).not.toHaveBeenCalledWith('backup.pickFile', expect.anything());
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('tells the reader to open the printed address when the preview refuses the upload', async () => {
    markAsPreview();
    vi.stubGlobal('fetch', async () => new Response('<h1>Open the address…</h1>', { status: 403 }));
    try {
      const { client, user } = renderPanel();
      await user.upload(
        screen.getByLabelText('Bookmarks file to import'),
        new File(['x'], 'bookmarks.html', { type: 'text/html' }),
      );
      expect(await screen.findByRole('alert')).toHaveTextContent('Open the address “npm run preview” printed');
      expect(client.calls).not.toHaveBeenCalledWith('imports.bookmarks', expect.anything());
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
