import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '@contract/settings-schema';
import { section } from '../support/library-data';
import { renderApp } from '../support/render-app';

const shown: { title: string; body?: string }[] = [];
class FakeNotification {
  static permission = 'granted';
  constructor(title: string, options?: { body?: string }) {
    shown.push({ title, body: options?.body });
  }
}

const finished = (newBySection: { sectionId: string | null; newArticles: number }[]) => ({
  runId: 1,
  done: 2,
  total: 2,
  failures: [],
  cancelled: false,
  durationMs: 5,
  newArticles: newBySection.reduce((sum, entry) => sum + entry.newArticles, 0),
  newBySection,
});

function setup(runtime: 'preview' | 'electron', enabled = true) {
  vi.stubGlobal('Notification', FakeNotification);
  const base = renderApp({
    'sections.list': () => [section('s1', 'World', 1), section('s2', 'Asia', 2)],
    'settings.get': () => ({ ...DEFAULT_SETTINGS, notifications: { enabled, sectionIds: ['s2'] } }),
    'app.getInfo': () => ({
      name: 'Broadsheet',
      version: '1',
      runtime,
      platform: 'linux',
      versions: { node: '24', sqlite: null, electron: null, chrome: null },
      dataDir: '/tmp',
    }),
  });
  return base;
}

afterEach(() => {
  shown.length = 0;
  vi.unstubAllGlobals();
});

describe('new-article notifications in the browser preview', () => {
  it('notifies about the chosen sections when the page has permission', async () => {
    const { client } = setup('preview');
    await screen.findByText('Browser preview');
    await screen.findByRole('button', { name: /^Asia/ });
    act(() =>
      client.emit(
        'sync.finished',
        finished([
          { sectionId: 's1', newArticles: 4 },
          { sectionId: 's2', newArticles: 2 },
        ]),
      ),
    );
    expect(shown).toEqual([{ title: '2 new articles', body: 'Asia 2' }]);
    act(() => client.emit('sync.finished', finished([{ sectionId: 's1', newArticles: 4 }])));
    expect(shown).toHaveLength(1);
  });

  it('announces what a notify rule flagged, whatever the sections chosen', async () => {
    const { client } = setup('preview');
    await screen.findByText('Browser preview');
    await screen.findByRole('button', { name: /^Asia/ });
    act(() =>
      client.emit('sync.finished', {
        ...finished([{ sectionId: 's1', newArticles: 4 }]),
        ruleNotified: {
          count: 1,
          articles: [{ articleId: 'a1', title: 'Launch window opens', feedTitle: 'Space Wire' }],
        },
      }),
    );
    expect(shown).toEqual([{ title: 'Launch window opens', body: 'Space Wire' }]);
  });

  it('leaves notifying to the main process in the desktop app, and stays quiet when turned off', async () => {
    const desktop = setup('electron');
    await screen.findByText('Desktop app');
    act(() => desktop.client.emit('sync.finished', finished([{ sectionId: 's2', newArticles: 2 }])));
    desktop.unmount();
    const off = setup('preview', false);
    await screen.findByText('Browser preview');
    act(() => off.client.emit('sync.finished', finished([{ sectionId: 's2', newArticles: 2 }])));
    expect(shown).toEqual([]);
  });
});
