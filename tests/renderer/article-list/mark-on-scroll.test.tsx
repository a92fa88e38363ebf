import { fireEvent, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { groupByDay, type ListRow } from '../../../renderer/src/library/group-rows';
import { useMarkOnScroll } from '../../../renderer/src/article-list/use-mark-on-scroll';
import { summary } from '../support/library-data';

/** Rows of one day: a heading at index 0, then articles a0…a9 at 1…10; a3 and a6 already read. */
function listRows(first = 0): ListRow[] {
  const time = new Date().toISOString();
  return groupByDay(
    Array.from({ length: 10 }, (_, i) =>
      summary(first + i, { isRead: i === 3 || i === 6, sortTime: time, publishedAt: time }),
    ),
  );
}

function mount(rows: ListRow[], onPassed: ((ids: string[]) => void) | undefined) {
  return renderHook(({ rows, first, onPassed }) => useMarkOnScroll(onPassed, rows, first), {
    initialProps: { rows, first: 0, onPassed },
  });
}

describe('marking rows read as they scroll past the top', () => {
  it('hands over the unread rows that left the top, each once, after the reader scrolls', () => {
    const onPassed = vi.fn();
    const rows = listRows();
    const hook = mount(rows, onPassed);
    fireEvent.wheel(window);
    // Rows 0-4 are above the top: the heading and a0…a3 (a3 is read already).
    hook.rerender({ rows, first: 5, onPassed });
    expect(onPassed).toHaveBeenLastCalledWith(['a0', 'a1', 'a2']);
    // Back up and down again: nothing is handed over twice (a row marked unread by hand stays so).
    hook.rerender({ rows, first: 2, onPassed });
    hook.rerender({ rows, first: 5, onPassed });
    expect(onPassed).toHaveBeenCalledTimes(1);
    hook.rerender({ rows, first: 9, onPassed });
    expect(onPassed).toHaveBeenLastCalledWith(['a4', 'a5', 'a7']);
  });

  it('marks nothing for the list’s own jump to the open article before the reader touches it', () => {
    const onPassed = vi.fn();
    const rows = listRows();
    const hook = mount(rows, onPassed);
    hook.rerender({ rows, first: 8, onPassed });
    expect(onPassed).not.toHaveBeenCalled();
    // From there on, what the reader scrolls past counts.
    fireEvent.keyDown(window, { key: 'PageDown' });
    hook.rerender({ rows, first: 10, onPassed });
    expect(onPassed).toHaveBeenLastCalledWith(['a7', 'a8']);
  });

  it('does nothing while the setting is off, and starts over for a different list', () => {
    const onPassed = vi.fn();
    const rows = listRows();
    const hook = mount(rows, undefined);
    fireEvent.wheel(window);
    hook.rerender({ rows, first: 6, onPassed: undefined });
    // Turned on: rows already above the top stay as they are.
    hook.rerender({ rows, first: 6, onPassed });
    expect(onPassed).not.toHaveBeenCalled();
    fireEvent.wheel(window);
    hook.rerender({ rows, first: 8, onPassed });
    expect(onPassed).toHaveBeenLastCalledWith(['a5']);

    // Another list (e.g. oldest first) shows at its own place; the next scroll counts from there.
    const other = listRows(100);
    hook.rerender({ rows: other, first: 0, onPassed });
    fireEvent.wheel(window);
    hook.rerender({ rows: other, first: 3, onPassed });
    expect(onPassed).toHaveBeenLastCalledWith(['a100', 'a101']);
  });
});
