/**
 * Up/Down arrows, Home and End move between the sidebar's rows, as in a
 * native source list; Tab still moves through them one by one for those who
 * prefer it.
 */
import type { KeyboardEvent } from 'react';

export function moveFocusWithArrows(event: KeyboardEvent<HTMLElement>, rows: readonly HTMLElement[]): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
  if (rows.length === 0) return;
  const index = rows.indexOf(document.activeElement as HTMLElement);
  const last = rows.length - 1;
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowDown'
          ? Math.min(index + 1, last)
          : Math.max(index - 1, 0);
  event.preventDefault();
  rows[next]?.focus();
}

/** Rows register as they mount, in no particular order; the keys follow the order they are shown in. */
export function inDocumentOrder(rows: Iterable<HTMLElement>): HTMLElement[] {
  return [...rows].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
