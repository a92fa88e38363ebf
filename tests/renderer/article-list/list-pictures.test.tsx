import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ListPicture } from '@contract/methods/images';
import { NOT_SAVED_NOTE } from '../../../renderer/src/article/offline-images';
import type { FakeHandlers } from '../support/fake-client';
import { summary } from '../support/library-data';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';

const key = (n: number) => `k${String(n).padStart(63, '0')}`;
const preview = (n: number) => `/images/${key(n)}`;
const electron = (n: number) => `bsimg://img/${key(n)}`;

/** Lead pictures as publishers give them: plain http, https, and one article with none. */
const lead = (n: number) => (n % 2 === 0 ? `http://img.publisher.example/${n}.jpg` : `https://cdn.example/${n}.jpg`);

type Answer = (ids: readonly string[]) => Record<string, ListPicture>;

function frontPageWith(answer: Answer, overrides: FakeHandlers = {}) {
  const stories = [
    summary(0, { title: 'Kept offline', leadImageUrl: lead(0) }),
    summary(1, { title: 'Not kept', leadImageUrl: lead(1) }),
    summary(2, { title: 'No picture at all', leadImageUrl: null }),
    summary(3, { title: 'Kept, in Electron', leadImageUrl: lead(3) }),
  ];
  return renderApp(
    libraryHandlers(0, {
      'articles.frontPage': () => ({
        sections: [{ sectionId: 's1', name: 'World', unreadCount: 4, articles: stories }],
      }),
      'images.thumbnails': answer,
      ...overrides,
    }),
  );
}

const calls = (client: { calls: { mock: { calls: unknown[][] } } }) =>
  client.calls.mock.calls.filter(([method]) => method === 'images.thumbnails').map(([, ids]) => ids as string[]);

/** Every picture address on the page: none may be a publisher's. */
const addresses = () => [...document.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');

/** A story on the front page's broadsheet: its headline is the button, its picture beside it. */
const story = async (name: string) => (await screen.findByRole('button', { name: new RegExp(name) })).closest('li')!;

describe('pictures in lists and on the front page', () => {
  it('come from the offline cache, with the article view’s placeholder for one not kept', async () => {
    const { client } = frontPageWith((ids) => ({
      ...(ids.includes('a0') && { a0: { thumbnail: preview(0), image: preview(100) } }),
      ...(ids.includes('a1') && { a1: { thumbnail: null, image: null } }),
      ...(ids.includes('a3') && { a3: { thumbnail: electron(3), image: electron(103) } }),
    }));
    // The lead story (the first with a picture) shows the full cached picture, the others the small copy.
    expect(await waitForImg(await story('Kept offline'))).toHaveAttribute('src', preview(100));
    expect(await waitForImg(await story('Kept, in Electron'))).toHaveAttribute('src', electron(3));

    const notKept = await story('Not kept');
    expect(await within(notKept).findByText(NOT_SAVED_NOTE)).toHaveClass('image-placeholder__note');
    expect(notKept.querySelector('img')).toBeNull();
    // The row's name is its story, not a note repeated on every row.
    expect(within(notKept).getByRole('button')).toHaveAccessibleName('Not kept');

    const bare = await story('No picture at all');
    expect(bare.querySelector('img, .image-placeholder, .article-row__image')).toBeNull();

    expect(addresses()).toEqual([preview(100), electron(3)]);
    // One call for the whole front page, only for stories that have a picture.
    expect(calls(client)).toEqual([['a0', 'a1', 'a3']]);
  });

  it('never show an address that is not the cache’s, even if one is answered', async () => {
    frontPageWith(() => ({
      a0: { thumbnail: 'https://img.publisher.example/0.jpg', image: null },
      a1: { thumbnail: 'javascript:alert(1)', image: null },
      a3: { thumbnail: `/images/${key(3)}/../../secret`, image: null },
    }));
    const rows = await Promise.all(['Kept offline', 'Not kept', 'Kept, in Electron'].map(story));
    for (const row of rows) expect(await within(row).findByText(NOT_SAVED_NOTE)).toBeInTheDocument();
    expect(addresses()).toEqual([]);
  });

  it('show the placeholder when the lookup fails, or when the cached copy is gone by the time it loads', async () => {
    const failing = frontPageWith(() => {
      throw new Error('The core is restarting.');
    });
    expect(await within(await story('Kept offline')).findByText(NOT_SAVED_NOTE)).toBeInTheDocument();
    expect(addresses()).toEqual([]);
    failing.unmount();

    frontPageWith(() => ({ a0: { thumbnail: preview(0), image: preview(100) } }));
    const kept = await story('Kept offline');
    const img = await waitForImg(kept);
    fireEvent.error(img);
    expect(within(kept).getByText(NOT_SAVED_NOTE)).toBeInTheDocument();
    expect(kept.querySelector('img')).toBeNull();
  });

  it('are asked again when the core stored new ones, without blanking those shown', async () => {
    let made = false;
    const { client } = frontPageWith(() => ({
      a0: { thumbnail: preview(0), image: preview(100) },
      a1: made ? { thumbnail: preview(1), image: preview(101) } : { thumbnail: null, image: null },
    }));
    expect(await within(await story('Not kept')).findByText(NOT_SAVED_NOTE)).toBeInTheDocument();
    made = true;
    act(() => client.emit('images.cached', { downloaded: 1, thumbnails: 1 }));
    const now = await story('Not kept');
    expect(await waitForImg(now)).toHaveAttribute('src', preview(1));
    expect((await story('Kept offline')).querySelector('img')).toHaveAttribute('src', preview(100));
    expect(calls(client)).toEqual([
      ['a0', 'a1', 'a3'],
      ['a0', 'a1', 'a3'],
    ]);
  });

  it('in a long list: one call per page of rows as pages arrive, none in the compact layout', async () => {
    const all = Array.from({ length: 250 }, (_, i) => summary(i, { leadImageUrl: lead(i) }));
    const { client } = renderApp(
      libraryHandlers(250, {
        'articles.list': (query) => {
          const start = query.cursor ? Number(query.cursor) : 0;
          const end = start + (query.limit ?? 50);
          return { items: all.slice(start, end), nextCursor: end < all.length ? String(end) : null };
        },
        'images.thumbnails': (ids) =>
          Object.fromEntries(ids.map((id) => [id, { thumbnail: preview(Number(id.slice(1))), image: null }])),
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: /All unread/ }));
    const list = await screen.findByRole('list', { name: 'Articles in All unread' });
    await waitForImg((await within(list).findByText('Story 0')).closest('button')!);
    const scroller = document.querySelector('.virtual-list')!;
    for (const top of [9_000, 20_000, 40_000]) {
      scroller.scrollTop = top;
      fireEvent.scroll(scroller);
    }
    await within(list).findByRole('button', { name: /Story 249/ }, { timeout: 3000 });

    const pages = calls(client);
    expect(pages.map((ids) => ids.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(all.map((item) => item.id));
    expect(addresses().every((src) => src.startsWith('/images/'))).toBe(true);

    const before = calls(client).length;
    await userEvent.click(screen.getByRole('button', { name: 'Compact layout' }));
    expect(document.querySelector('.article-row__image')).toBeNull();
    expect(calls(client)).toHaveLength(before);
  });
});

/** A decorative picture (alt="") has no img role, so it is found by tag. */
async function waitForImg(row: HTMLElement): Promise<HTMLImageElement> {
  return waitFor(() => {
    const img = row.querySelector('img');
    if (!img) throw new Error('no picture yet');
    return img;
  });
}
