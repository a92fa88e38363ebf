import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@contract/errors';
import type { ExportResult } from '@contract/methods/exports';
import { ApiProvider } from '../../../renderer/src/api/ApiProvider';
import { articleChoices, listChoices } from '../../../renderer/src/export/export-choices';
import { ExportButton } from '../../../renderer/src/export/ExportButton';
import { RuntimeInfoProvider } from '../../../renderer/src/shell/runtime-info';
import { createFakeClient, type FakeHandlers } from '../support/fake-client';

const TOKEN = 'b'.repeat(32);
const RESULT: ExportResult = {
  token: TOKEN,
  fileName: 'bookmarks.epub',
  mimeType: 'application/epub+zip',
  byteLength: 1234,
  articleCount: 14,
};
const DESKTOP_INFO = {
  name: 'Broadsheet',
  version: '1.0.0',
  runtime: 'electron' as const,
  platform: 'linux',
  versions: { node: '24.0.0', sqlite: '3.50.0', electron: '45.0.0', chrome: '140.0.0' },
  dataDir: '/tmp/b',
};

function renderButton(handlers: FakeHandlers = {}, choices = articleChoices('7')) {
  const client = createFakeClient({
    'exports.run': () => RESULT,
    'exports.save': () => ({ kind: 'saved', path: '/home/me/bookmarks.epub' }),
    'exports.cancel': () => null,
    ...handlers,
  });
  render(
    <ApiProvider client={client}>
      <RuntimeInfoProvider>
        <ExportButton choices={choices} font="sans" />
      </RuntimeInfoProvider>
    </ApiProvider>,
  );
  return { client, user: userEvent.setup() };
}

describe('the export dialog', () => {
  it('exports the chosen selection in the chosen format and says where it was saved', async () => {
    const { client, user } = renderButton({ 'app.getInfo': () => DESKTOP_INFO });
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const dialog = screen.getByRole('dialog', { name: 'Export' });
    await user.click(within(dialog).getByRole('radio', { name: 'All bookmarks' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'EPUB (e-readers)');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(await within(dialog).findByText('Saved 14 articles to /home/me/bookmarks.epub.')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('exports.run', {
      what: { kind: 'scope', scope: { kind: 'bookmarks' } },
      format: 'epub',
      options: { images: 'embed', print: false, font: 'sans' },
    });
    expect(client.calls).toHaveBeenCalledWith('exports.save', TOKEN, { pdf: false });
  });

  it('offers PDF in the desktop app and prints an HTML export made for print', async () => {
    const { client, user } = renderButton({ 'app.getInfo': () => DESKTOP_INFO });
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    const format = await screen.findByRole('option', { name: 'PDF' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), format);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await screen.findByText(/Saved 14 articles/);
    expect(client.calls).toHaveBeenCalledWith('exports.run', {
      what: { kind: 'article', id: '7' },
      format: 'html',
      options: { images: 'embed', print: true, font: 'sans' },
    });
    expect(client.calls).toHaveBeenCalledWith('exports.save', TOKEN, { pdf: true });
  });

  it('in the preview, has no PDF, asks how Markdown pictures travel, and downloads the file', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { client, user } = renderButton(
      {
        'exports.save': () => ({ kind: 'download', url: `/exports/${TOKEN}` }),
        'exports.run': () => ({ ...RESULT, fileName: 'x.zip' }),
      },
      listChoices({ kind: 'section', sectionId: '3' }, 'World'),
    );
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    expect(screen.getByRole('radio', { name: 'This list (World)' })).toBeChecked();
    expect(screen.queryByRole('option', { name: 'PDF' })).toBeNull();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'Markdown');
    await user.click(screen.getByRole('radio', { name: 'Linked to their web addresses' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Downloading x.zip (14 articles).')).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    expect(client.calls).toHaveBeenCalledWith('exports.run', {
      what: { kind: 'scope', scope: { kind: 'section', sectionId: '3' } },
      format: 'md',
      options: { images: 'link', print: false, font: 'sans' },
    });
    click.mockRestore();
  });

  it('shows progress while the export runs, and Cancel stops it', async () => {
    let fail: (error: unknown) => void = () => undefined;
    const { client, user } = renderButton({
      'exports.run': () => new Promise<ExportResult>((_resolve, reject) => (fail = reject)),
      'exports.cancel': () => {
        fail(new ApiError('CANCELLED', 'The export was cancelled.'));
        return null;
      },
    });
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Preparing the export…')).toBeInTheDocument();
    act(() => client.emit('exports.progress', { done: 25, total: 100 }));
    expect(screen.getByText('Exported 25 of 100 articles…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('value', '25');
    await user.click(screen.getByRole('button', { name: 'Cancel export' }));
    expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
    expect(client.calls).toHaveBeenCalledWith('exports.cancel');
  });

  it('shows an export cancelled elsewhere as cancelled, not failed', async () => {
    const { user } = renderButton({
      'exports.run': () => {
        throw new ApiError('CANCELLED', 'The export was cancelled.');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('Export cancelled.')).toBeInTheDocument();
  });

  it('says why an export failed', async () => {
    const { user } = renderButton({
      'exports.run': () => {
        throw new ApiError('NOT_FOUND', 'There is nothing to export: the selection holds no articles.');
      },
    });
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The export failed: There is nothing to export: the selection holds no articles.',
    );
  });
});
