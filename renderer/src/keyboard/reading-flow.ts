/**
 * Space and Shift+Space in the reading pane: a page down or up, keeping a couple of lines of overlap so
 * the eye finds its place. At the end Space moves on (the caller opens the next unread, NetNewsWire's
 * reading flow); at the top Shift+Space stops, because a reader holding it to reread must not be thrown
 * into another article (k goes back).
 */
export type ScrollOutcome = 'scrolled' | 'at-end' | 'at-top';

/** Lines kept in view across a page turn. */
const OVERLAP_PX = 48;
/** Sub-pixel layouts stop a hair short of the exact end. */
const SLACK_PX = 2;

export function pageThrough(pane: HTMLElement, direction: 1 | -1): ScrollOutcome {
  const { scrollTop, clientHeight, scrollHeight } = pane;
  if (direction === 1 && scrollTop + clientHeight >= scrollHeight - SLACK_PX) return 'at-end';
  if (direction === -1 && scrollTop <= SLACK_PX) return 'at-top';
  const page = Math.max(clientHeight - OVERLAP_PX, clientHeight / 2);
  pane.scrollTo({ top: scrollTop + direction * page });
  return 'scrolled';
}
