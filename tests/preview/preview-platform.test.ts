import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../electron/api/errors';
import { SECRETS_FILE } from '../../electron/core/secrets/file-secret-store';
import { createPreviewPlatform } from '../../electron/preview/preview-platform';
import { makeTempDir } from '../support/temp-dir';

describe('the preview platform', () => {
  it('has no native file picker: backup.pickFile answers UNAVAILABLE and sends the reader to the page’s own', async () => {
    const dir = makeTempDir();
    try {
      const platform = createPreviewPlatform({
        dataDir: dir.path,
        workerPath: '',
        appVersion: '0.0.0-test',
        deliverEvent: () => undefined,
        exportUrl: (token) => `/exports/${token}`,
        offline: false,
      });
      const error = await platform.pickFile('backup').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/file picker/) });
    } finally {
      dir.cleanup();
    }
  });
});

describe('the preview’s passwords', () => {
  it('are said to be in a private file, which is what the preview keeps them in', async () => {
    const dir = makeTempDir();
    try {
      const platform = createPreviewPlatform({
        dataDir: dir.path,
        workerPath: '',
        appVersion: '0.0.0-test',
        deliverEvent: () => undefined,
        exportUrl: (token) => `/exports/${token}`,
        offline: false,
      });
      expect(platform.passwordStorage).toEqual({ kind: 'private-file' });
      await platform.secrets.set('account:a:password', 'correct horse');
      const file = join(dir.path, SECRETS_FILE);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // Unencrypted, as the notice says: the file's mode is the protection.
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ 'account:a:password': { scheme: 'plain' } });
    } finally {
      dir.cleanup();
    }
  });
});
