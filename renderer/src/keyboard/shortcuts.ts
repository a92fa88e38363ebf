/**
 * Every shortcut, in the order the "?" overlay lists them, and the one function that turns a key press
 * into an action. Letters match the key the reader's layout types and, when that is not a Latin letter
 * (Korean, Arabic, Russian…), the physical key (`event.code`), so j is j on any keyboard. Nothing matches
 * while the reader types in a field or holds Ctrl or Cmd; Alt only with the arrows.
 */
export const SHORTCUTS = [
  { keys: ['j'], label: 'Next article', action: 'next' },
  { keys: ['k'], label: 'Previous article', action: 'previous' },
  { keys: ['n'], label: 'Next unread article', action: 'nextUnread' },
  { keys: ['p'], label: 'Previous unread article', action: 'previousUnread' },
  { keys: ['Space'], label: 'Scroll the article; at its end, the next unread', action: 'scrollDown' },
  { keys: ['Shift+Space'], label: 'Scroll the article back', action: 'scrollUp' },
  { keys: ['o', 'Enter'], label: 'Open the article', action: 'open' },
  { keys: ['v'], label: 'Open the original in the browser', action: 'openOriginal' },
  { keys: ['f'], label: 'Fetch the full text', action: 'fetchFullText' },
  { keys: ['m'], label: 'Mark read or unread', action: 'toggleRead' },
  { keys: ['b'], label: 'Bookmark or remove bookmark', action: 'toggleBookmark' },
  { keys: ['Alt+ArrowDown'], label: 'Next section', action: 'nextSection' },
  { keys: ['Alt+ArrowUp'], label: 'Previous section', action: 'previousSection' },
  { keys: ['Shift+J'], label: 'Next feed', action: 'nextFeed' },
  { keys: ['Shift+K'], label: 'Previous feed', action: 'previousFeed' },
  { keys: ['Shift+A'], label: 'Mark all read in this view', action: 'markAllRead' },
  { keys: ['r'], label: 'Refresh all feeds', action: 'refresh' },
  { keys: ['/'], label: 'Search', action: 'focusSearch' },
  { keys: [','], label: 'Open settings', action: 'openSettings' },
  { keys: ['?'], label: 'Show these shortcuts', action: 'showHelp' },
] as const;

export type ShortcutAction = (typeof SHORTCUTS)[number]['action'];

type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'> & {
  code?: string;
};

/** The action a key press asks for, or null; never while the reader types or holds Ctrl or Cmd. */
export function shortcutFor(event: KeyPress): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  const chord = chordOf(event);
  if (chord === null) return null;
  // Enter on a button or link, and Space on a button or checkbox, must still press it. Article rows and the
  // view being shown (`aria-current`, e.g. the sidebar's section just clicked) are the exceptions for Space:
  // pressing them would only open again what is open, so Space reads on, as it does everywhere else.
  if (chord === 'Enter' && isInteractive(event.target, 'button, a[href], summary, [role="button"]')) return null;
  if (chord.endsWith('Space') && isInteractive(event.target) && !isInteractive(event.target, READ_ON)) return null;
  return SHORTCUTS.find((shortcut) => (shortcut.keys as readonly string[]).includes(chord))?.action ?? null;
}

/** How the overlay writes a key: arrows as arrows. */
export function keyLabel(key: string): string {
  return key.replace('ArrowDown', '↓').replace('ArrowUp', '↑');
}

/** The press written as SHORTCUTS writes keys ("j", "Shift+J", "Space", "Alt+ArrowDown"), or null. */
function chordOf(event: KeyPress): string | null {
  const key = layoutFreeKey(event);
  if (event.altKey) return key === 'ArrowDown' || key === 'ArrowUp' ? `Alt+${key}` : null;
  if (key === ' ') return event.shiftKey ? 'Shift+Space' : 'Space';
  if (/^[a-z]$/i.test(key)) return event.shiftKey ? `Shift+${key.toUpperCase()}` : key.toLowerCase();
  return key;
}

const PHYSICAL_SIGNS: Record<string, [plain: string, shifted: string]> = {
  Slash: ['/', '?'],
  Comma: [',', '<'],
  Space: [' ', ' '],
};

/** The key as a US layout would type it when the reader's layout types something else there. */
function layoutFreeKey(event: KeyPress): string {
  const { key, code } = event;
  // Latin letters and signs are what the reader meant (AZERTY's a is a, wherever it sits).
  if (key.length === 1 && key.charCodeAt(0) < 0x80) return key;
  if (key.length > 1 && key !== 'Process' && key !== 'Unidentified') return key;
  const letter = /^Key([A-Z])$/.exec(code ?? '');
  if (letter) return letter[1]!;
  const sign = PHYSICAL_SIGNS[code ?? ''];
  if (sign) return event.shiftKey ? sign[1] : sign[0];
  return key;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

const PRESSABLE =
  'button, summary, [role="button"], [role="checkbox"], [role="radio"], [role="switch"], [role="menuitem"], [role="option"], [role="tab"], [role="treeitem"]';

const READ_ON = '[data-article-id], [aria-current]:not([aria-current="false"])';

function isInteractive(target: EventTarget | null, selector = PRESSABLE): boolean {
  return target instanceof HTMLElement && target.closest(selector) !== null;
}
