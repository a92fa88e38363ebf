/**
 * How wide the sidebar and the list may be made, and what a double-click on
 * their edge goes back to (theme.css's defaults). Stored widths are checked
 * here too: a value from an older version or another screen is clamped.
 */
export interface PaneBounds {
  min: number;
  max: number;
  initial: number;
}

export const SIDEBAR: PaneBounds = { min: 180, max: 420, initial: 248 };
export const LIST: PaneBounds = { min: 260, max: 680, initial: 360 };

export interface PaneWidths {
  sidebar: number;
  list: number;
}

export const INITIAL_WIDTHS: PaneWidths = { sidebar: SIDEBAR.initial, list: LIST.initial };

export function clampWidth(value: number, bounds: PaneBounds): number {
  if (!Number.isFinite(value)) return bounds.initial;
  return Math.round(Math.min(bounds.max, Math.max(bounds.min, value)));
}

export function isPaneWidths(value: unknown): value is PaneWidths {
  const widths = value as Partial<PaneWidths> | null;
  return (
    typeof widths === 'object' &&
    widths !== null &&
    typeof widths.sidebar === 'number' &&
    typeof widths.list === 'number' &&
    Number.isFinite(widths.sidebar) &&
    Number.isFinite(widths.list)
  );
}
