import { ApiError } from '@contract/errors';
import { applySettingsPatch, DEFAULT_SETTINGS, SettingsPatchSchema, type Settings } from '@contract/settings-schema';
import type { FakeClient, FakeHandlers } from './fake-client';

/**
 * Settings that behave like the host's: `settings.update` validates the
 * patch as the router does (INVALID_ARGUMENTS with the issue's path),
 * stores it, and announces `settings.changed` to the client.
 */
export function liveSettings(initial: Settings = DEFAULT_SETTINGS) {
  let stored = initial;
  let client: FakeClient | null = null;
  const handlers: FakeHandlers = {
    'settings.get': () => stored,
    'settings.update': (patch) => {
      const parsed = SettingsPatchSchema.safeParse(patch);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({
          path: ['0', ...issue.path.map(String)],
          message: issue.message,
        }));
        throw new ApiError('INVALID_ARGUMENTS', `Invalid arguments for settings.update: ${issues[0]?.message}`, {
          issues,
        });
      }
      stored = applySettingsPatch(stored, parsed.data);
      client?.emit('settings.changed', stored);
      return stored;
    },
  };
  return {
    handlers,
    connect: (fake: FakeClient) => {
      client = fake;
    },
    get stored() {
      return stored;
    },
  };
}
