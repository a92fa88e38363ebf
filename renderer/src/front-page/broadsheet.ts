/**
 * When the front page is a broadsheet: it is the selected view and no article is open. Then it takes the width of
 * the list and the reading pane (App.tsx marks the panes, front-page.css lays them out).
 */
import type { Selection } from '../library/views';

export function isFrontPage(selection: Selection): boolean {
  return selection.kind === 'smart' && selection.id === 'front-page';
}

export function showsBroadsheet(reader: { selection: Selection; openId: string | null }): boolean {
  return isFrontPage(reader.selection) && reader.openId === null;
}
