import { useState } from 'react';
import { ApiError } from '@contract/errors';
import { applySettingsPatch, type Settings, type SettingsPatch } from '@contract/settings-schema';
import { useApi } from '../api/ApiProvider';
import { describeError, toError } from '../errors/to-error';

export type SaveStatus =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

/** Error messages by setting, keyed like `proxy` or `reading.fontSize`. */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * Saves setting changes with `settings.update` as the reader makes them. The
 * change shows at once (optimistically) and stays until the stored settings
 * catch up through `settings.changed`; a refused change goes back to the
 * stored value and its message is kept for the field it belongs to — the
 * contract's INVALID_ARGUMENTS names the field in its issues.
 */
export function useSettingsSaver(settings: Settings) {
  const api = useApi();
  const [shown, setShown] = useState<{ base: Settings; value: Settings } | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const current = shown?.base === settings ? shown.value : settings;

  const setFieldError = (field: string, message: string | null) =>
    setErrors((previous) => {
      const { [field]: _dropped, ...rest } = previous;
      return message === null ? rest : { ...rest, [field]: message };
    });

  const save = (patch: SettingsPatch, field: string) => {
    setShown({ base: settings, value: merge(current, patch) });
    setStatus({ state: 'saving' });
    api.call('settings.update', patch).then(
      (saved) => {
        setShown({ base: settings, value: saved });
        setFieldError(field, null);
        setStatus({ state: 'saved' });
      },
      (thrown: unknown) => {
        const error = toError(thrown);
        setShown(null);
        const issue = issueOf(error);
        setFieldError(issue?.field ?? field, issue?.message ?? describeError(error));
        setStatus({ state: 'failed', message: describeError(error) });
      },
    );
  };

  return { current, save, status, errors, setFieldError };
}

export type SettingsSaver = ReturnType<typeof useSettingsSaver>;

function merge(current: Settings, patch: SettingsPatch): Settings {
  try {
    return applySettingsPatch(current, patch);
  } catch {
    // Invalid: shown as it is stored until the answer (a field error) arrives.
    return current;
  }
}

/** The first issue of an INVALID_ARGUMENTS error, with its path inside the patch (args[0]). */
function issueOf(error: Error): { field: string; message: string } | null {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_ARGUMENTS') return null;
  const issues = (error.details as { issues?: { path?: unknown; message?: unknown }[] } | undefined)?.issues;
  const first = Array.isArray(issues) ? issues[0] : undefined;
  if (!first || !Array.isArray(first.path) || typeof first.message !== 'string') return null;
  const path = first.path.map(String);
  return { field: (path[0] === '0' ? path.slice(1) : path).join('.'), message: first.message };
}
