/**
 * Escape closes the story open beside the front page's column and brings the broadsheet back. A key that a
 * dialog, a menu or a text field handles (or has handled) is theirs: closing a dialog must not close the story too.
 */
import { useEffect, useEffectEvent } from 'react';

const OWNS_ESCAPE = 'input, textarea, select, [contenteditable="true"], dialog, [role="dialog"], [role="menu"]';

export function useEscapeToBroadsheet(enabled: boolean, close: () => void): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    if (event.target instanceof Element && event.target.closest(OWNS_ESCAPE)) return;
    if (document.querySelector('dialog[open], [role="dialog"]')) return;
    event.preventDefault();
    close();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
