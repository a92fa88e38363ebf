import { describe, expect, it } from 'vitest';
import { isUnread, stepArticle } from '../../../renderer/src/keyboard/navigation';
import { shortcutFor } from '../../../renderer/src/keyboard/shortcuts';
import { markAllTarget } from '../../../renderer/src/library/use-article-actions';
import { groupByDay } from '../../../renderer/src/library/group-rows';
import { readingMinutes } from '../../../renderer/src/library/format-time';
import { summary } from '../support/library-data';

const items = [summary(0), summary(1, { isRead: true }), summary(2), summary(3, { isRead: true })];

describe('stepping through articles', () => {
  it.each([
    [null, 1, undefined, 'a0'],
    [null, -1, undefined, null],
    ['a0', 1, undefined, 'a1'],
    ['a3', 1, undefined, null],
    ['a2', -1, undefined, 'a1'],
    ['a0', 1, isUnread, 'a2'],
    ['a2', 1, isUnread, null],
    ['a3', -1, isUnread, 'a2'],
    ['gone', 1, undefined, 'a0'],
  ] as const)('from %s by %i', (current, direction, matches, expected) => {
    expect(stepArticle(items, current, direction, matches)).toBe(expected);
  });
});

describe('shortcut keys', () => {
  const input = document.createElement('input');
  const button = document.createElement('button');
  const body = document.body;
  const key = (k: string, target: EventTarget = body, extra: Partial<KeyboardEvent> = {}) =>
    shortcutFor({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, target, ...extra });
  it.each([
    ['j', 'next'],
    ['k', 'previous'],
    ['n', 'nextUnread'],
    ['p', 'previousUnread'],
    ['o', 'open'],
    ['Enter', 'open'],
    ['m', 'toggleRead'],
    ['b', 'toggleBookmark'],
    ['?', 'showHelp'],
    ['/', 'focusSearch'],
    ['x', null],
  ])('%s → %s', (k, action) => expect(key(k)).toBe(action));
  it('needs Shift for A and ignores modified keys, typing and Enter on buttons', () => {
    expect(key('A', body, { shiftKey: true })).toBe('markAllRead');
    expect(key('a')).toBeNull();
    expect(key('j', body, { ctrlKey: true })).toBeNull();
    expect(key('j', input)).toBeNull();
    expect(key('Enter', button)).toBeNull();
  });
});

describe('mark all read', () => {
  it('uses the widest target the contract has for each view', () => {
    expect(markAllTarget({ kind: 'section', id: 's1' }, items)).toEqual({ kind: 'section', sectionId: 's1' });
    expect(markAllTarget({ kind: 'feed', id: 'f1' }, items)).toEqual({ kind: 'feed', feedId: 'f1' });
    expect(markAllTarget({ kind: 'smart', id: 'unread' }, items)).toEqual({ kind: 'all' });
    expect(markAllTarget({ kind: 'smart', id: 'front-page' }, items)).toEqual({
      kind: 'articles',
      ids: ['a0', 'a1', 'a2', 'a3'],
    });
    expect(markAllTarget({ kind: 'smart', id: 'today' }, [...items].reverse())).toEqual({
      kind: 'olderThan',
      articleId: 'a0',
      scope: { kind: 'today' },
    });
    expect(markAllTarget({ kind: 'category', id: 'Climate' }, [])).toBeNull();
  });
});

describe('list rows and reading time', () => {
  it('puts a heading before each new day', () => {
    const rows = groupByDay([summary(0), summary(1), summary(30), summary(50)]);
    expect(rows.filter((row) => row.type === 'heading').length).toBeGreaterThanOrEqual(2);
    expect(rows[0]).toMatchObject({ type: 'heading', label: 'Today' });
  });
  it.each([
    [0, 1],
    [100, 1],
    [230, 1],
    [920, 4],
    [4600, 20],
  ])('%i words → %i min', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});
