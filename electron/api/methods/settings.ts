/**
 * The reader's settings, owned by the host (electron-store or its stand-in).
 */
import { z } from 'zod';
import { method } from '../method-spec';
import { SettingsPatchSchema, SettingsSchema } from '../settings-schema';

export const settingsMethods = {
  'settings.get': method({
    owner: 'host',
    summary: 'The current settings.',
    args: z.tuple([]),
    result: SettingsSchema,
  }),
  'settings.update': method({
    owner: 'host',
    summary: 'Changes some settings and returns all of them.',
    args: z.tuple([SettingsPatchSchema]),
    result: SettingsSchema,
  }),
} as const;

export const settingsEvents = {
  'settings.changed': SettingsSchema,
} as const;
