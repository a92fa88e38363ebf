import { describe, expect, it } from 'vitest';
import { localizeImages } from '../../../renderer/src/article/offline-images';
import { sanitizeArticle } from '../../../renderer/src/article/sanitize-article';

/** What the reader sees in place of a picture the cache does not hold, whatever kept it from being shown. */
const NOT_SAVED = 'This picture wasn’t saved for offline reading';

const CACHED = { 'https://img.example/a.png': '/images/KEY-A', 'https://img.example/b-800.png': '/images/KEY-B' };

function shown(html: string, online: boolean, images: Record<string, string> = CACHED): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = localizeImages(sanitizeArticle(html, 'https://news.example/story'), images, online);
  return root;
}

describe('localizeImages', () => {
  it.each([true, false])('serves a cached picture from the cache and drops its srcset (online: %s)', (online) => {
    const img = shown(
      '<img src="https://img.example/a.png" srcset="https://img.example/a-2x.png 2x" alt="Harbour">',
      online,
    ).querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/images/KEY-A');
    expect(img.hasAttribute('srcset')).toBe(false);
    expect(img.getAttribute('alt')).toBe('Harbour');
  });

  it('uses a cached srcset candidate when the src itself is not cached', () => {
    const img = shown(
      '<img src="https://img.example/b.png" srcset="https://img.example/b-400.png 400w, https://img.example/b-800.png 800w">',
      false,
    ).querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/images/KEY-B');
    expect(img.hasAttribute('srcset')).toBe(false);
  });

  it('resolves relative addresses before looking them up', () => {
    const img = shown('<img src="/a.png">', false, { 'https://news.example/a.png': 'bsimg://img/KEY' }).querySelector(
      'img',
    )!;
    expect(img.getAttribute('src')).toBe('bsimg://img/KEY');
  });

  it('shows a placeholder with the description for an uncached picture while offline', () => {
    const root = shown(
      '<figure><img src="https://img.example/missing.png" alt="A &lt;b&gt;flooded&lt;/b&gt; street"><figcaption>Caption</figcaption></figure>',
      false,
    );
    expect(root.querySelector('img')).toBeNull();
    const placeholder = root.querySelector('[role="img"]')!;
    expect(placeholder.getAttribute('aria-label')).toBe(`A <b>flooded</b> street. ${NOT_SAVED}`);
    expect(placeholder.textContent).toBe(`A <b>flooded</b> street${NOT_SAVED}`);
    expect(placeholder.querySelector('b')).toBeNull();
    expect(root.querySelector('figcaption')).toHaveTextContent('Caption');
  });

  it('keeps an uncached https picture online, with only https srcset candidates', () => {
    const img = shown(
      '<img src="http://img.example/c.png" srcset="http://img.example/c-1.png 1x, https://img.example/c-2.png 2x">',
      true,
    ).querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://img.example/c-2.png');
    expect(img.getAttribute('srcset')).toBe('https://img.example/c-2.png 2x');
  });

  it('does not ask for a plain-http picture the CSP would block', () => {
    const root = shown('<img src="http://img.example/d.png" alt="Chart">', true);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role="img"]')).toHaveAccessibleName(`Chart. ${NOT_SAVED}`);
    expect(root.textContent).not.toMatch(/secure/i);
  });

  it('keeps inline raster data images offline', () => {
    const data = 'data:image/png;base64,iVBORw0KGgo=';
    expect(shown(`<img src="${data}">`, false).querySelector('img')!.getAttribute('src')).toBe(data);
  });

  it('leaves HTML without pictures untouched', () => {
    expect(localizeImages('<p>Just text &amp; more</p>', CACHED, false)).toBe('<p>Just text &amp; more</p>');
  });
});
