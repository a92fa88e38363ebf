import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrowserWindow, dialog } from 'electron';
import { createPdfPrinter, type PrintWindow } from '../../electron/main/export-pdf';
import { createExportSaver } from '../../electron/main/export-save';
import { exportsDir } from '../../electron/core/export/export-files';
import { makeTempDir } from '../support/temp-dir';

/** Saving a finished export through the native dialog, and printing an HTML export to PDF. */
type SaveMock = { mockResolvedValueOnce(v: unknown): void; mock: { calls: unknown[][] } };
const save = dialog.showSaveDialog as unknown as SaveMock;
const TOKEN = 'ab'.repeat(16);
let dir: ReturnType<typeof makeTempDir>;

function finishedExport(fileName: string, body: string): void {
  mkdirSync(join(exportsDir(dir.path), TOKEN), { recursive: true });
  writeFileSync(join(exportsDir(dir.path), TOKEN, fileName), body);
}

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.cleanup());

describe('saving an export', () => {
  it('offers the export under its own name and copies it where the reader chose', async () => {
    finishedExport('bookmarks.epub', 'EPUB bytes');
    const target = join(dir.path, 'chosen.epub');
    save.mockResolvedValueOnce({ canceled: false, filePath: target });
    const window = new BrowserWindow();
    const saver = createExportSaver({ dataDir: dir.path, window: () => window as never, printPdf: vi.fn() });
    await expect(saver(TOKEN, { pdf: false })).resolves.toEqual({ kind: 'saved', path: target });
    expect(readFileSync(target, 'utf8')).toBe('EPUB bytes');
    const [parent, options] = save.mock.calls.at(-1)!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({ defaultPath: 'bookmarks.epub', filters: [{ extensions: ['epub'] }] });
  });

  it('changes nothing when the dialog is cancelled, and refuses an unknown token', async () => {
    finishedExport('bookmarks.csv', 'a,b');
    save.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    const saver = createExportSaver({ dataDir: dir.path, window: () => null, printPdf: vi.fn() });
    await expect(saver(TOKEN, { pdf: false })).resolves.toEqual({ kind: 'saved', path: null });
    await expect(saver('cd'.repeat(16), { pdf: false })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('prints an HTML export to PDF and saves the PDF', async () => {
    finishedExport('world.html', '<!DOCTYPE html><p>x</p>');
    const target = join(dir.path, 'world.pdf');
    save.mockResolvedValueOnce({ canceled: false, filePath: target });
    const printPdf = vi.fn(async () => new TextEncoder().encode('%PDF-1.7'));
    const saver = createExportSaver({ dataDir: dir.path, window: () => null, printPdf });
    await expect(saver(TOKEN, { pdf: true })).resolves.toEqual({ kind: 'saved', path: target });
    expect(save.mock.calls.at(-1)![0]).toMatchObject({ defaultPath: 'world.pdf', filters: [{ extensions: ['pdf'] }] });
    expect(printPdf).toHaveBeenCalledWith(join(exportsDir(dir.path), TOKEN, 'world.html'));
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
  });

  it('refuses to print anything but an HTML export', async () => {
    finishedExport('bookmarks.epub', 'x');
    const saver = createExportSaver({ dataDir: dir.path, window: () => null, printPdf: vi.fn() });
    await expect(saver(TOKEN, { pdf: true })).rejects.toMatchObject({ code: 'INVALID_ARGUMENTS' });
    expect(existsSync(join(dir.path, 'bookmarks.pdf'))).toBe(false);
  });
});

describe('the PDF printer', () => {
  it('loads the file in a hidden window, prints A4 with backgrounds, and always destroys the window', async () => {
    const destroy = vi.fn();
    const window: PrintWindow = {
      loadURL: vi.fn(async () => undefined),
      webContents: { printToPDF: vi.fn(async () => new Uint8Array([37, 80, 68, 70])) },
      destroy,
    };
    const bytes = await createPdfPrinter(() => window)('/tmp/some export.html');
    expect(Array.from(bytes)).toEqual([37, 80, 68, 70]);
    expect(window.loadURL).toHaveBeenCalledWith('file:///tmp/some%20export.html');
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ printBackground: true, pageSize: 'A4' }),
    );
    expect(destroy).toHaveBeenCalledTimes(1);
    window.loadURL = vi.fn(async () => {
      throw new Error('load failed');
    });
    await expect(createPdfPrinter(() => window)('/tmp/x.html')).rejects.toThrow('load failed');
    expect(destroy).toHaveBeenCalledTimes(2);
  });

  it('by default opens a hidden window with JavaScript off', async () => {
    const windows = (BrowserWindow as unknown as { created: { options: unknown }[] }).created;
    const before = windows.length;
    const printer = createPdfPrinter();
    await printer('/tmp/x.html').catch(() => undefined);
    const created = windows[before];
    expect(created?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, javascript: false, contextIsolation: true },
    });
  });
});
