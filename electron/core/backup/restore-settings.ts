/**
 * The backup's settings, made to fit this library: section ids in the
 * notification settings are ids of the backed-up library, so they are
 * mapped to the sections they became (and dropped if there is none).
 * Validation is the host's (it owns the settings schema and the store).
 */
import { SettingsPatchSchema, type SettingsPatch } from '../../api/settings-schema';

export function remapSettings(settings: unknown, sections: ReadonlyMap<number, number>): unknown {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return null;
  const copy = { ...(settings as Record<string, unknown>) };
  const notifications = copy.notifications;
  if (
    typeof notifications === 'object' &&
    notifications !== null &&
    Array.isArray((notifications as { sectionIds?: unknown }).sectionIds)
  ) {
    const ids = (notifications as { sectionIds: unknown[] }).sectionIds
      .map((id) => (typeof id === 'string' && /^\d{1,15}$/.test(id) ? sections.get(Number(id)) : undefined))
      .filter((id): id is number => id !== undefined)
      .map(String);
    copy.notifications = { ...(notifications as object), sectionIds: [...new Set(ids)] };
  }
  return copy;
}

/** Every setting in a backup that this version accepts, as one patch; unknown keys and values out of range are left out. */
export function settingsPatch(raw: unknown): SettingsPatch {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const patch: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SettingsPatchSchema.shape)) {
    const value = (raw as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success && parsed.data !== undefined) patch[key] = parsed.data;
  }
  return patch as SettingsPatch;
}
