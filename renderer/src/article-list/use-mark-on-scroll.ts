import { useEffect, useRef } from 'react';
import type { ListRow } from '../library/group-rows';

/** Input that means the reader is moving through the list themselves. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/**
 * "Mark articles read as they scroll past" (Settings, off by default): unread rows that leave the top of the list
 * are handed to `onPassed` once each, however often the reader scrolls back over them, so an article marked unread
 * again by hand stays unread. Nothing counts until the reader's first input after the list appears: the list's own
 * jump to the open article when it first shows would otherwise mark everything above it. A different list (another
 * order, unread only) starts over at wherever it shows.
 */
export function useMarkOnScroll(
  onPassed: ((ids: string[]) => void) | undefined,
  rows: readonly ListRow[],
  /** The first row still on screen (partly or wholly); every row before it is above the top edge. */
  firstVisible: number,
): void {
  const engaged = useRef(false);
  /** Rows before this index have been handed over (or were above the top when counting began). */
  const passedUpTo = useRef(0);
  const listKey = useRef<string | null>(null);
  const enabled = onPassed !== undefined;

  useEffect(() => {
    if (!enabled) return;
    const engage = () => {
      engaged.current = true;
    };
    for (const type of READER_INPUT) window.addEventListener(type, engage, { capture: true, passive: true });
    return () => {
      for (const type of READER_INPUT) window.removeEventListener(type, engage, { capture: true });
    };
  }, [enabled]);

  useEffect(() => {
    // A list's first heading and article say which list it is (its first heading alone is often just "Today").
    const key = `${rows[0]?.key}\n${rows[1]?.key}`;
    if (key !== listKey.current) {
      listKey.current = key;
      passedUpTo.current = firstVisible;
      engaged.current = false;
      return;
    }
    if (!onPassed) return;
    if (!engaged.current) {
      passedUpTo.current = Math.max(passedUpTo.current, firstVisible);
      return;
    }
    if (firstVisible <= passedUpTo.current) return;
    const ids = unreadArticleIds(rows, passedUpTo.current, firstVisible);
    passedUpTo.current = firstVisible;
    if (ids.length > 0) onPassed(ids);
  }, [onPassed, rows, firstVisible]);
}

function unreadArticleIds(rows: readonly ListRow[], from: number, to: number): string[] {
  const ids: string[] = [];
  for (let index = from; index < to && index < rows.length; index++) {
    const row = rows[index];
    if (row?.type === 'article' && !row.article.isRead) ids.push(row.article.id);
  }
  return ids;
}
