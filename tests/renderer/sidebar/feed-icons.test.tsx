import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { feed, section } from '../support/library-data';
import { renderApp } from '../support/render-app';

const KEY = 'k'.repeat(64);
const FAILED = {
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: 'HTTP 503 Service Unavailable',
  lastErrorCause: 'http' as const,
  consecutiveFailures: 3,
  nextDueAt: null,
};
const FEEDS = [
  feed('f1', 'The Daily Courier', 's1', { iconUrl: 'https://courier.example/icon.png' }),
  feed('f2', 'Seoul Times', 's1', { iconUrl: 'https://seoul.example/logo.png' }),
  feed('f3', 'الجزيرة نت', 's1'),
  feed('f4', 'Broken Wire', 's1', { sync: FAILED }),
  feed('f5', '서울신문', 's1'),
];
const base = { 'sections.list': () => [section('s1', 'World', 1)], 'feeds.list': () => FEEDS };

const row = async (name: string) => {
  const list = await screen.findByRole('list', { name: 'Feeds in World' });
  return within(list).getByRole('button', { name });
};
/** The row's picture: the cached icon (an img with no name) or the letter. */
const picture = (button: HTMLElement) => button.querySelector('.feed-badge');

describe('feed icons in the sidebar', () => {
  it('shows the cached icon, never the publisher’s address, and letters for the rest', async () => {
    const { client } = renderApp({
      ...base,
      // Seoul Times answers with its remote address: a broken core must not make the sidebar load it.
      'images.feedIcons': () => ({ f1: `bsimg://img/${KEY}`, f2: 'https://seoul.example/logo.png' }),
    });
    const courier = await row('The Daily Courier');
    await waitFor(() => expect(picture(courier)?.tagName).toBe('IMG'));
    expect(picture(courier)).toHaveAttribute('src', `bsimg://img/${KEY}`);
    expect(picture(courier)).toHaveAttribute('alt', '');

    expect(picture(await row('Seoul Times'))).toHaveTextContent(/^S$/);
    expect(picture(await row('الجزيرة نت'))).toHaveTextContent(/^ا$/);
    expect(picture(await row('서울신문'))).toHaveTextContent(/^서$/);
    for (const img of document.querySelectorAll('img')) expect(img.getAttribute('src')).not.toMatch(/^https?:/);
    expect(client.calls.mock.calls.filter(([method]) => method === 'images.feedIcons')).toHaveLength(1);
  });

  it('a failed feed keeps its warning mark, and rows keep their names', async () => {
    renderApp({ ...base, 'images.feedIcons': () => ({ f4: `/images/${KEY}` }) });
    const broken = await row('Broken Wire');
    expect(picture(broken)).toBeNull();
    expect(broken.querySelector('.sidebar-item__icon')).not.toBeNull();
    // The letter is decorative: the name is the title alone.
    expect(await row('Seoul Times')).toHaveAccessibleName('Seoul Times');
  });

  it('asks again when the core stored new pictures', async () => {
    let answer: Record<string, string> = {};
    const { client } = renderApp({ ...base, 'images.feedIcons': () => answer });
    const seoul = await row('Seoul Times');
    await waitFor(() => expect(client.calls.mock.calls.some(([method]) => method === 'images.feedIcons')).toBe(true));
    expect(picture(seoul)?.tagName).toBe('SPAN');
    answer = { f2: `/images/${KEY}` };
    client.emit('images.cached', { downloaded: 1, thumbnails: 0 });
    await waitFor(() => expect(picture(seoul)).toHaveAttribute('src', `/images/${KEY}`));
  });
});
