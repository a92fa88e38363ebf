/**
 * The sidebar's and the list's widths, draggable and remembered for this
 * window (localStorage, like the list layout). The widths reach the layout
 * only as the `--sidebar-width` and `--list-width` variables on the panes'
 * grid (layout.css), so the layout stays in CSS and a view that lays the
 * panes out differently simply ignores them.
 */
import { useLayoutEffect, useRef } from 'react';
import { useStoredState } from '../hooks/use-stored-state';
import { PaneResizer } from './PaneResizer';
import { clampWidth, INITIAL_WIDTHS, isPaneWidths, LIST, SIDEBAR } from './pane-widths';
import './pane-resizer.css';

export const PANE_WIDTHS_KEY = 'broadsheet.paneWidths';

/** Place inside the panes' grid; `list` false hides the list's edge (e.g. while settings cover the list). */
export function PaneResizers({ list = true }: { list?: boolean }) {
  const [stored, setStored] = useStoredState(PANE_WIDTHS_KEY, INITIAL_WIDTHS, isPaneWidths);
  const widths = { sidebar: clampWidth(stored.sidebar, SIDEBAR), list: clampWidth(stored.list, LIST) };
  const anchorRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const panes = anchorRef.current?.parentElement;
    if (!panes) return;
    panes.style.setProperty('--sidebar-width', `${widths.sidebar}px`);
    panes.style.setProperty('--list-width', `${widths.list}px`);
  }, [widths.sidebar, widths.list]);

  return (
    <div ref={anchorRef} className="pane-resizers">
      <PaneResizer
        label="Sidebar width"
        width={widths.sidebar}
        bounds={SIDEBAR}
        onResize={(sidebar) => setStored({ ...widths, sidebar })}
        className="pane-resizer--sidebar"
      />
      {list && (
        <PaneResizer
          label="List width"
          width={widths.list}
          bounds={LIST}
          onResize={(next) => setStored({ ...widths, list: next })}
          className="pane-resizer--list"
        />
      )}
    </div>
  );
}
