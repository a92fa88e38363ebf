/**
 * The three actions of the backup panel and what the reader sees of them.
 * A file to restore or import is chosen first (native dialog in the desktop
 * app, file input in the preview); a restore then waits for the reader to
 * confirm. Errors are shown as their message (a refused backup says why
 * and that nothing changed).
 */
import { useState } from 'react';
import { useApi } from '../api/ApiProvider';
import { describeImport, describeRestore } from './describe-results';
import { isPreviewPage } from '../api/choose-client';
import { startDownload } from '../ui/download';
import { uploadFile } from './preview-upload';

export type Chosen = { kind: 'token'; token: string } | { kind: 'file'; file: File };
export type Busy = null | 'backup' | 'restore' | 'import';

export interface BackupActions {
  /** True in the browser preview: files come from a file input, backups go out as downloads. */
  preview: boolean;
  busy: Busy;
  message: string | null;
  error: string | null;
  /** A backup chosen and waiting for the reader's confirmation. */
  pendingRestore: { name: string } | null;
  backUp(): Promise<void>;
  /** Desktop: opens the native dialog. Preview: call with the file the input gave. */
  choose(kind: 'backup' | 'bookmarks', file?: File): Promise<void>;
  confirmRestore(): Promise<void>;
  cancelRestore(): void;
}

export function useBackupActions(): BackupActions {
  const api = useApi();
  const preview = isPreviewPage();
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ chosen: Chosen; name: string } | null>(null);

  const run = async (what: Exclude<Busy, null>, work: () => Promise<string | null>) => {
    setBusy(what);
    setError(null);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  };

  const tokenOf = async (chosen: Chosen) => (chosen.kind === 'token' ? chosen.token : uploadFile(chosen.file));

  return {
    preview,
    busy,
    message,
    error,
    pendingRestore: pending ? { name: pending.name } : null,
    backUp: () =>
      run('backup', async () => {
        const written = await api.call('backup.create');
        const saved = await api.call('exports.save', written.token, { pdf: false });
        if (saved.kind === 'download') startDownload(saved.url, written.fileName);
        else if (saved.path === null) return null;
        const { bookmarks, feeds } = written.counts;
        return `Backup ${saved.kind === 'saved' ? `saved to ${saved.path}` : `downloaded as ${written.fileName}`}: ${feeds} subscriptions, ${bookmarks} bookmarks.`;
      }),
    async choose(kind, file) {
      let chosen: Chosen | null = file ? { kind: 'file', file } : null;
      if (!chosen) {
        const picked = await api.call('backup.pickFile', kind).catch((caught: unknown) => {
          setError(caught instanceof Error ? caught.message : String(caught));
          return { token: null };
        });
        if (picked.token === null) return;
        chosen = { kind: 'token', token: picked.token };
      }
      if (kind === 'backup') {
        setMessage(null);
        setError(null);
        setPending({ chosen, name: file?.name ?? 'the chosen backup' });
        return;
      }
      const source = chosen;
      await run('import', async () =>
        describeImport(await api.call('imports.bookmarks', { token: await tokenOf(source) })),
      );
    },
    async confirmRestore() {
      if (!pending) return;
      const { chosen } = pending;
      setPending(null);
      await run('restore', async () =>
        describeRestore(await api.call('backup.restore', await tokenOf(chosen), { applySettings: true })),
      );
    },
    cancelRestore: () => setPending(null),
  };
}
