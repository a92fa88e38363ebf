import type { KeyboardEvent } from 'react';

/**
 * Up/Down arrows move between the sidebar's rows, as in a native source list;
 * Tab still moves through them one by one for those who prefer it.
 */
export function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>, itemSelector: string): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(itemSelector)];
  if (items.length === 0) return;
  const index = items.indexOf(document.activeElement as HTMLElement);
  const last = items.length - 1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowDown'
          ? Math.min(index + 1, last)
          : Math.max(index - 1, 0);
  event.preventDefault();
  items[next]?.focus();
}
