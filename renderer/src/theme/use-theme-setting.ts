import { useEffect, useState } from 'react';
import type { Settings } from '@contract/settings-schema';
import { useApi } from '../api/ApiProvider';
import { useReportError } from '../errors/ErrorProvider';
import { useApiEvent } from '../hooks/use-api-event';
import { applyTheme } from './apply-theme';

export type Theme = Settings['theme'];

/**
 * The `theme` setting, applied to the document. It follows `settings.changed`
 * so a change made elsewhere (the menu, another window) shows here too.
 */
export function useThemeSetting(): { theme: Theme; setTheme: (theme: Theme) => void } {
  const api = useApi();
  const report = useReportError();
  const [theme, setThemeState] = useState<Theme>('system');

  useApiEvent('settings.changed', (settings) => setThemeState(settings.theme));

  useEffect(() => {
    let current = true;
    api.call('settings.get').then(
      (settings) => current && setThemeState(settings.theme),
      (error: unknown) => current && report('Loading your settings', error),
    );
    return () => {
      current = false;
    };
  }, [api, report]);

  useEffect(() => applyTheme(document.documentElement, theme), [theme]);

  const setTheme = (next: Theme) => {
    const previous = theme;
    setThemeState(next);
    api.call('settings.update', { theme: next }).then(
      (settings) => setThemeState(settings.theme),
      (error: unknown) => {
        setThemeState(previous);
        report('Changing the theme', error);
      },
    );
  };
  return { theme, setTheme };
}
