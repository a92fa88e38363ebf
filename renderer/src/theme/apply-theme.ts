/**
 * The stylesheets key every colour off `data-theme` on the root element;
 * "system" lets `prefers-color-scheme` decide (see styles/theme.css).
 */
import type { Settings } from '@contract/settings-schema';

export function applyTheme(root: HTMLElement, theme: Settings['theme']): void {
  root.dataset.theme = theme;
}
