/** Every single-key shortcut, in the order the overlay lists them. */
export const SHORTCUTS = [
  { keys: ['j'], label: 'Next article', action: 'next' },
  { keys: ['k'], label: 'Previous article', action: 'previous' },
  { keys: ['n'], label: 'Next unread article', action: 'nextUnread' },
  { keys: ['p'], label: 'Previous unread article', action: 'previousUnread' },
  { keys: ['o', 'Enter'], label: 'Open the article', action: 'open' },
  { keys: ['m'], label: 'Mark read or unread', action: 'toggleRead' },
  { keys: ['b'], label: 'Bookmark or remove bookmark', action: 'toggleBookmark' },
  { keys: ['Shift+A'], label: 'Mark all read in this view', action: 'markAllRead' },
  { keys: ['r'], label: 'Refresh all feeds', action: 'refresh' },
  { keys: ['/'], label: 'Search', action: 'focusSearch' },
  { keys: [','], label: 'Open settings', action: 'openSettings' },
  { keys: ['?'], label: 'Show these shortcuts', action: 'showHelp' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

/** The action a key press asks for, or null; never while the reader types or holds a modifier. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  const key = event.key === 'A' && event.shiftKey ? 'Shift+A' : event.key;
  // Enter on a button or link must still press it.
  if (key === 'Enter' && isInteractive(event.target)) return null;
  return SHORTCUTS.find((shortcut) => (shortcut.keys as readonly string[]).includes(key))?.action ?? null;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

function isInteractive(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"]') !== null;
}
