/**
 * The reader's settings as last stored, following `settings.changed` so a
 * change made anywhere applies live. Defaults stand in until they load; a
 * failed load is reported by the theme hook, which loads the same settings.
 */
import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '@contract/settings-schema';
import { useApi } from '../api/ApiProvider';
import { useApiEvent } from './use-api-event';

export function useSettings(): Settings {
  const api = useApi();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useApiEvent('settings.changed', setSettings);
  useEffect(() => {
    let current = true;
    api.call('settings.get').then(
      (value) => current && setSettings(value),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);
  return settings;
}
