import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserWindow, dialog } from 'electron';
import { createFilePicker } from '../../electron/main/backup-dialogs';
import { incomingFile } from '../../electron/core/backup/incoming-files';
import { makeTempDir } from '../support/temp-dir';

let dir: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.cleanup());

describe('the restore and import file picker', () => {
  it('copies the chosen file into the incoming folder and answers only its token', async () => {
    const chosen = join(dir.path, 'my backup.bsbackup');
    writeFileSync(chosen, 'bytes');
    const open = dialog.showOpenDialog as unknown as {
      mockResolvedValueOnce(v: unknown): void;
      mock: { calls: unknown[][] };
    };
    open.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    const window = new BrowserWindow();
    const token = await createFilePicker(join(dir.path, 'data'), () => window as never)('backup');
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(readFileSync(incomingFile(join(dir.path, 'data'), token!)!, 'utf8')).toBe('bytes');
    const [parent, options] = open.mock.calls.at(-1)!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['bsbackup', 'zip'] }, { extensions: ['*'] }],
    });
  });

  it('answers null when the dialog is cancelled, and offers HTML and CSV for bookmarks', async () => {
    const open = dialog.showOpenDialog as unknown as {
      mockResolvedValueOnce(v: unknown): void;
      mock: { calls: unknown[][] };
    };
    open.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await createFilePicker(dir.path, () => null)('bookmarks')).toBeNull();
    expect(open.mock.calls.at(-1)![0]).toMatchObject({
      filters: [{ extensions: ['html', 'htm', 'csv'] }, { extensions: ['*'] }],
    });
  });
});
