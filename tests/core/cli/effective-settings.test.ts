import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../electron/api/settings-schema';
import { syncConfigOf } from '../../../electron/api/sync-config-of';
import { effectiveSettings } from '../../../electron/core/cli/config-file';
import { makeTempDir } from '../../support/temp-dir';

/** The settings `sync` obeys are the ones the app would start with on the same folder, whatever config.json holds. */
let dir: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => dir.cleanup());

const OFF = { ...DEFAULT_SETTINGS, offlineImages: false, offlineImagesDays: 3, imageCacheQuotaMB: 100 };

describe('the settings a command runs with', () => {
  it.each([
    ['no config.json', null, DEFAULT_SETTINGS],
    ['a file that is not JSON', '{"settings": {', DEFAULT_SETTINGS],
    ['JSON that holds no settings', JSON.stringify([1, 2]), DEFAULT_SETTINGS],
    ['valid settings', JSON.stringify({ settings: OFF, windowState: { width: 900 } }), OFF],
    [
      'one broken group beside valid ones (kept, as the app keeps them)',
      JSON.stringify({ settings: { ...OFF, theme: 'neon', proxy: 'ftp://nope' } }),
      OFF,
    ],
    ['settings that are not an object', JSON.stringify({ settings: 'off' }), DEFAULT_SETTINGS],
  ])('%s', (_, file, expected) => {
    if (file !== null) writeFileSync(join(dir.path, 'config.json'), file);
    expect(syncConfigOf(effectiveSettings(dir.path))).toEqual(syncConfigOf(expected));
  });
});
