/**
 * PDF from an HTML export made for print (each article on a new page, the
 * reader's font): a hidden, sandboxed window with JavaScript off loads the
 * file, and Chromium's printToPDF renders it. The file's own CSP already
 * forbids scripts and every fetch but inline pictures.
 */
import { BrowserWindow } from 'electron';
import { pathToFileURL } from 'node:url';

export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: Electron.PrintToPDFOptions): Promise<Uint8Array> };
  destroy(): void;
}

export type PdfPrinter = (htmlPath: string) => Promise<Uint8Array>;

export function createPdfPrinter(createWindow: () => PrintWindow = hiddenWindow): PdfPrinter {
  return async (htmlPath) => {
    const window = createWindow();
    try {
      await window.loadURL(pathToFileURL(htmlPath).href);
      return await window.webContents.printToPDF({
        printBackground: true,
        pageSize: 'A4',
        margins: { top: 0.6, bottom: 0.6, left: 0.6, right: 0.6 },
        displayHeaderFooter: false,
        generateDocumentOutline: true,
      });
    } finally {
      window.destroy();
    }
  };
}

function hiddenWindow(): PrintWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
}
