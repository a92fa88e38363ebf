import { describe, expect, it } from 'vitest';
import { stepFeed, stepSection } from '../../../renderer/src/keyboard/navigation';
import { shortcutFor } from '../../../renderer/src/keyboard/shortcuts';
import { feed, section } from '../support/library-data';

const body = document.body;
const press = (key: string, code: string, extra: Partial<KeyboardEvent> = {}, target: EventTarget = body) =>
  shortcutFor({ key, code, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target, ...extra });
const shift = { shiftKey: true };

describe('shortcut keys on any keyboard layout', () => {
  it.each([
    // US
    ['j', 'KeyJ', {}, 'next'],
    ['J', 'KeyJ', shift, 'nextFeed'],
    ['K', 'KeyK', shift, 'previousFeed'],
    ['v', 'KeyV', {}, 'openOriginal'],
    ['f', 'KeyF', {}, 'fetchFullText'],
    [' ', 'Space', {}, 'scrollDown'],
    [' ', 'Space', shift, 'scrollUp'],
    ['ArrowDown', 'ArrowDown', { altKey: true }, 'nextSection'],
    ['ArrowUp', 'ArrowUp', { altKey: true }, 'previousSection'],
    ['ArrowDown', 'ArrowDown', {}, null],
    ['?', 'Slash', shift, 'showHelp'],
    // Caps Lock on: the letter is upper case without Shift, and still means j.
    ['J', 'KeyJ', {}, 'next'],
    // Korean (2-set): the keys type jamo.
    ['ㅓ', 'KeyJ', {}, 'next'],
    ['ㅏ', 'KeyK', {}, 'previous'],
    ['ㅓ', 'KeyJ', shift, 'nextFeed'],
    ['ㄹ', 'KeyF', {}, 'fetchFullText'],
    ['ㅍ', 'KeyV', {}, 'openOriginal'],
    ['ㅡ', 'KeyM', {}, 'toggleRead'],
    ['ㅁ', 'KeyA', shift, 'markAllRead'],
    // Arabic: letters, and the signs at / and , are Arabic too.
    ['ت', 'KeyJ', {}, 'next'],
    ['ن', 'KeyK', {}, 'previous'],
    ['ب', 'KeyF', {}, 'fetchFullText'],
    ['ر', 'KeyV', {}, 'openOriginal'],
    ['ظ', 'Slash', {}, 'focusSearch'],
    ['؟', 'Slash', shift, 'showHelp'],
    ['و', 'Comma', {}, 'openSettings'],
    // An IME that has not decided yet reports "Process".
    ['Process', 'KeyJ', {}, 'next'],
    // AZERTY: the reader's a is a, wherever it sits (the physical KeyQ), and their q is no shortcut.
    ['a', 'KeyQ', shift, 'markAllRead'],
    ['q', 'KeyA', {}, null],
    // Alt with a letter is a character on macOS, never a shortcut.
    ['∆', 'KeyJ', { altKey: true }, null],
    ['j', 'KeyJ', { altKey: true }, null],
  ] as const)('%j on %s %j → %s', (key, code, extra, action) => {
    expect(press(key, code, extra)).toBe(action);
  });

  it('never acts with Ctrl or Cmd, nor while typing, in any layout', () => {
    const input = document.createElement('input');
    expect(press('ㅓ', 'KeyJ', { ctrlKey: true })).toBeNull();
    expect(press('ت', 'KeyJ', { metaKey: true })).toBeNull();
    expect(press('ㅓ', 'KeyJ', {}, input)).toBeNull();
    expect(press(' ', 'Space', {}, input)).toBeNull();
  });

  it('leaves Space to buttons and checkboxes, but reads on from an article row or the view being shown', () => {
    const button = document.createElement('button');
    const checkbox = document.createElement('div');
    checkbox.setAttribute('role', 'checkbox');
    const row = document.createElement('button');
    row.dataset.articleId = 'a1';
    const shownView = document.createElement('button');
    shownView.setAttribute('aria-current', 'page');
    expect(press(' ', 'Space', {}, button)).toBeNull();
    expect(press(' ', 'Space', {}, shownView)).toBe('scrollDown');
    expect(press(' ', 'Space', {}, checkbox)).toBeNull();
    expect(press(' ', 'Space', {}, row)).toBe('scrollDown');
  });
});

describe('stepping through sections and feeds in the sidebar’s order', () => {
  // Positions deliberately out of the arrays' order.
  const sections = [section('s2', 'Technology', 2), section('s1', 'World', 1)];
  const feeds = [
    feed('f3', 'Tech Daily', 's2', { position: 1 }),
    feed('f2', 'Courier B', 's1', { position: 2 }),
    feed('f1', 'Courier A', 's1', { position: 1 }),
    feed('f4', 'Loose', null, { position: 1 }),
  ];
  it.each([
    [{ kind: 'smart', id: 'front-page' }, 1, 's1'],
    [{ kind: 'smart', id: 'front-page' }, -1, 's2'],
    [{ kind: 'section', id: 's1' }, 1, 's2'],
    [{ kind: 'section', id: 's2' }, 1, null],
    [{ kind: 'section', id: 's1' }, -1, null],
    [{ kind: 'feed', id: 'f2' }, 1, 's2'],
    [{ kind: 'feed', id: 'f4' }, 1, 's1'],
  ] as const)('section from %j by %i → %s', (selection, direction, expected) => {
    expect(stepSection(sections, feeds, selection, direction)).toBe(expected);
  });

  it.each([
    [{ kind: 'smart', id: 'unread' }, 1, 'f1'],
    [{ kind: 'smart', id: 'unread' }, -1, 'f4'],
    [{ kind: 'feed', id: 'f1' }, 1, 'f2'],
    [{ kind: 'feed', id: 'f2' }, 1, 'f3'],
    [{ kind: 'feed', id: 'f3' }, 1, 'f4'],
    [{ kind: 'feed', id: 'f4' }, 1, null],
    [{ kind: 'feed', id: 'f1' }, -1, null],
    [{ kind: 'section', id: 's2' }, 1, 'f3'],
    [{ kind: 'section', id: 's2' }, -1, 'f2'],
  ] as const)('feed from %j by %i → %s', (selection, direction, expected) => {
    expect(stepFeed(sections, feeds, selection, direction)).toBe(expected);
  });
});
