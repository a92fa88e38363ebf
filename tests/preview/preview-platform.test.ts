import { describe, expect, it } from 'vitest';
import { ApiError } from '../../electron/api/errors';
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
