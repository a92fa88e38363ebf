/**
 * The desktop app's half of an export: the native save dialog, then a copy
 * of the finished file (or, for PDF, the printed HTML export) where the
 * reader chose. Only a token crosses the contract; the chosen path is
 * returned so the UI can say where the file went.
 */
import { BrowserWindow, dialog, type SaveDialogOptions } from 'electron';
import { copyFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { ApiError } from '../api/errors';
import type { ExportSaveResult } from '../api/methods/exports';
import { findExport } from '../core/export/export-files';
import { createPdfPrinter, type PdfPrinter } from './export-pdf';

export interface ExportSaverOptions {
  dataDir: string;
  window?: () => BrowserWindow | null;
  printPdf?: PdfPrinter;
}

const FILTERS: Record<string, SaveDialogOptions['filters']> = {
  '.epub': [{ name: 'EPUB book', extensions: ['epub'] }],
  '.html': [{ name: 'Web page', extensions: ['html'] }],
  '.md': [{ name: 'Markdown', extensions: ['md'] }],
  '.zip': [{ name: 'Zip archive', extensions: ['zip'] }],
  '.json': [{ name: 'JSON', extensions: ['json'] }],
  '.csv': [{ name: 'CSV', extensions: ['csv'] }],
  '.pdf': [{ name: 'PDF', extensions: ['pdf'] }],
};

export function createExportSaver(
  options: ExportSaverOptions,
): (token: string, request: { pdf: boolean }) => Promise<ExportSaveResult> {
  const window = options.window ?? (() => BrowserWindow.getAllWindows()[0] ?? null);
  const printPdf = options.printPdf ?? createPdfPrinter();
  return async (token, { pdf }) => {
    const file = findExport(options.dataDir, token);
    if (!file) throw new ApiError('NOT_FOUND', 'That export is no longer available; please export again.');
    if (pdf && extname(file.fileName) !== '.html')
      throw new ApiError('INVALID_ARGUMENTS', 'Only an HTML export can be printed to PDF.');
    const name = pdf ? file.fileName.replace(/\.html$/, '.pdf') : file.fileName;
    const dialogOptions: SaveDialogOptions = {
      title: 'Save export',
      defaultPath: name,
      filters: FILTERS[extname(name)] ?? [],
    };
    const parent = window();
    const chosen = parent
      ? await dialog.showSaveDialog(parent, dialogOptions)
      : await dialog.showSaveDialog(dialogOptions);
    if (chosen.canceled || !chosen.filePath) return { kind: 'saved', path: null };
    try {
      if (pdf) await writeFile(chosen.filePath, await printPdf(file.path));
      else await copyFile(file.path, chosen.filePath);
    } catch (error) {
      throw new ApiError(
        'STORAGE',
        `The export could not be saved: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return { kind: 'saved', path: chosen.filePath };
  };
}
