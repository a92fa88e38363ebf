/** Listens for the reader's shortcuts on the whole window while `enabled`. */
import { useEffect, useEffectEvent } from 'react';
import { shortcutFor, type ShortcutAction } from './shortcuts';

export function useShortcuts(actions: Record<ShortcutAction, () => void>, enabled: boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.defaultPrevented) return;
    const action = shortcutFor(event);
    if (!action) return;
    event.preventDefault();
    actions[action]();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
