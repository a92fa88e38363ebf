import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../electron/api/contract';
import { success } from '../../electron/api/envelope';
import { DEFAULT_SETTINGS, type Settings } from '../../electron/api/settings-schema';
import { describeNewArticles, describeRuleNotified } from '../../electron/api/new-articles-message';
import { createNewArticleNotifier } from '../../electron/host/new-article-notifier';

type Finished = EventPayload<'sync.finished'>;
const shown: { title: string; body: string }[] = [];
const show = (title: string, body: string) => shown.push({ title, body });

function finished(newBySection: Finished['newBySection']): Finished {
  const newArticles = newBySection.reduce((sum, entry) => sum + entry.newArticles, 0);
  return { runId: 1, done: 3, total: 3, newArticles, failures: [], cancelled: false, durationMs: 10, newBySection };
}

function setup(notifications: Settings['notifications']) {
  const settings: Settings = { ...DEFAULT_SETTINGS, notifications };
  const core = {
    call: vi.fn(async () =>
      success([
        { id: '1', name: 'World', position: 1, feedCount: 2, unreadCount: 0 },
        { id: '2', name: 'Asia', position: 2, feedCount: 1, unreadCount: 0 },
      ]),
    ),
  };
  const forwarded = vi.fn();
  const emit = createNewArticleNotifier({ settings: () => settings, core: () => core, show }).observe(forwarded);
  return { emit, forwarded, core };
}

/** The notifier looks up section names asynchronously; let that settle. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

beforeEach(() => {
  shown.length = 0;
});

describe('new-article notifications', () => {
  it('notifies about new articles in the chosen sections only, with their names', async () => {
    const { emit, forwarded } = setup({ enabled: true, sectionIds: ['1', '2'] });
    const payload = finished([
      { sectionId: '1', newArticles: 2 },
      { sectionId: '2', newArticles: 5 },
      { sectionId: '3', newArticles: 9 },
      { sectionId: null, newArticles: 4 },
    ]);
    emit('sync.finished', payload);
    await settle();
    expect(forwarded).toHaveBeenCalledWith('sync.finished', payload);
    expect(shown).toEqual([{ title: '7 new articles', body: 'Asia 5 · World 2' }]);
  });

  it('notifies the same way about what a sync service’s account brought', async () => {
    const { emit, forwarded } = setup({ enabled: true, sectionIds: ['2'] });
    const payload = {
      accountId: 'freshrss-1a2b3c4d',
      newArticles: 4,
      newBySection: [
        { sectionId: '2', newArticles: 3 },
        { sectionId: '1', newArticles: 1 },
      ],
    };
    emit('accounts.synced', payload);
    await settle();
    expect(forwarded).toHaveBeenCalledWith('accounts.synced', payload);
    expect(shown).toEqual([{ title: '3 new articles', body: 'Asia 3' }]);
  });

  it('stays silent when notifications are off, no chosen section got news, or nothing is new', async () => {
    const off = setup({ enabled: false, sectionIds: ['1'] });
    off.emit('sync.finished', finished([{ sectionId: '1', newArticles: 2 }]));
    const other = setup({ enabled: true, sectionIds: ['2'] });
    other.emit('sync.finished', finished([{ sectionId: '1', newArticles: 2 }]));
    other.emit('sync.finished', finished([]));
    await settle();
    expect(shown).toEqual([]);
    expect(off.core.call).not.toHaveBeenCalled();
  });

  it('passes every other event on untouched and never notifies for them', async () => {
    const { emit, forwarded } = setup({ enabled: true, sectionIds: ['1'] });
    emit('sync.progress', { runId: 1, done: 1, total: 2, newArticles: 3, failures: [] });
    await settle();
    expect(forwarded).toHaveBeenCalledTimes(1);
    expect(shown).toEqual([]);
  });

  it('words one article in the singular', () => {
    expect(describeNewArticles([{ name: 'World', count: 1 }])).toEqual({ title: '1 new article', body: 'World 1' });
  });

  it('announces what a notify rule flagged even in a section not chosen, not when notifications are off', async () => {
    const flagged = {
      ...finished([{ sectionId: '3', newArticles: 2 }]),
      ruleNotified: {
        count: 1,
        articles: [{ articleId: '9', title: 'Earthquake off the coast', feedTitle: 'Wire' }],
      },
    };
    setup({ enabled: true, sectionIds: ['1'] }).emit('sync.finished', flagged);
    await settle();
    expect(shown).toEqual([{ title: 'Earthquake off the coast', body: 'Wire' }]);
    shown.length = 0;
    setup({ enabled: false, sectionIds: ['3'] }).emit('sync.finished', flagged);
    await settle();
    expect(shown).toEqual([]);
  });

  it('names several flagged articles by their number and first titles', () => {
    expect(
      describeRuleNotified({
        count: 5,
        articles: ['A', 'B', 'C', 'D'].map((title) => ({ title, feedTitle: 'Wire' })),
      }),
    ).toEqual({ title: '5 articles your rules asked to announce', body: 'A · B · C' });
  });
});
