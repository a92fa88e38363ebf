import { describe, expect, test } from 'vitest';
import { MAX_IMAGES_PER_ARTICLE, selectArticleImages } from '../../../electron/core/images/select-images';
import { isTrackingPixel } from '../../../electron/core/images/tracking-pixels';

const urls = (contentHtml: string, extra: { leadImageUrl?: string; baseUrl?: string } = {}) =>
  selectArticleImages({ contentHtml, ...extra }).map((image) => image.url);

describe('selectArticleImages', () => {
  test.each([
    ['plain src', '<img src="https://e.com/a.jpg">', ['https://e.com/a.jpg']],
    [
      'best srcset candidate wins over src',
      '<img src="https://e.com/s.jpg" srcset="https://e.com/s.jpg 300w, https://e.com/l.jpg 1200w">',
      ['https://e.com/l.jpg'],
    ],
    [
      'picture sources join the choice',
      '<picture><source srcset="https://e.com/p.webp 2000w"><img src="https://e.com/p.jpg"></picture>',
      ['https://e.com/p.webp'],
    ],
    [
      'svg sources are ignored',
      '<picture><source type="image/svg+xml" srcset="https://e.com/p.svg 2000w"><img src="https://e.com/p.jpg"></picture>',
      ['https://e.com/p.jpg'],
    ],
    [
      'lazy-loading attributes',
      '<img src="data:image/gif;base64,R0lGOD" data-src="https://e.com/lazy.jpg">',
      ['https://e.com/lazy.jpg'],
    ],
    ['data: URLs skipped', '<img src="data:image/png;base64,iVBOR">', []],
    [
      'non-http schemes skipped',
      '<img src="javascript:alert(1)"><img src="file:///etc/passwd"><img src="ftp://e.com/a.jpg">',
      [],
    ],
    ['credentials in URLs skipped', '<img src="https://user:pw@e.com/a.jpg">', []],
    ['1×1 pixel', '<img src="https://e.com/p.gif" width="1" height="1">', []],
    ['zero width', '<img src="https://e.com/x.jpg" width="0">', []],
    ['hidden', '<img src="https://e.com/x.jpg" style="display: none">', []],
    [
      'tracker host',
      '<img src="https://pixel.wp.com/g.gif?v=1"><img src="https://feeds.feedburner.com/~r/x/~4/abc">',
      [],
    ],
    ['tracker path', '<img src="https://news.example/track/open?id=1"><img src="https://e.com/1x1.gif">', []],
    ['duplicates once', '<img src="https://e.com/a.jpg"><img src="https://e.com/a.jpg">', ['https://e.com/a.jpg']],
    ['entities decoded', '<img src="https://e.com/a.jpg?x=1&amp;y=2">', ['https://e.com/a.jpg?x=1&y=2']],
    [
      'big pictures with sizes kept',
      '<img src="https://e.com/a.jpg" width="640" height="480">',
      ['https://e.com/a.jpg'],
    ],
  ])('%s', (_name, html, expected) => {
    expect(urls(html)).toEqual(expected);
  });

  test('relative URLs resolve against the article; the lead image comes first', () => {
    expect(
      urls('<img src="/b.png">', { leadImageUrl: 'https://e.com/lead.jpg', baseUrl: 'https://e.com/story/1' }),
    ).toEqual(['https://e.com/lead.jpg', 'https://e.com/b.png']);
  });

  test('full text is scanned too', () => {
    const selected = selectArticleImages({
      contentHtml: '<img src="https://e.com/a.jpg">',
      fullTextHtml: '<img src="https://e.com/b.jpg">',
    });
    expect(selected.map((image) => image.url)).toEqual(['https://e.com/a.jpg', 'https://e.com/b.jpg']);
  });

  test(`at most ${MAX_IMAGES_PER_ARTICLE} per article`, () => {
    const html = Array.from({ length: 80 }, (_, i) => `<img src="https://e.com/${i}.jpg">`).join('');
    const selected = urls(html);
    expect(selected).toHaveLength(MAX_IMAGES_PER_ARTICLE);
    expect(selected[0]).toBe('https://e.com/0.jpg');
  });

  test('aliases name every address the HTML uses for the picture', () => {
    const [image] = selectArticleImages({
      contentHtml: '<img src="/s.jpg" srcset="/s.jpg 300w, /l.jpg 1200w">',
      baseUrl: 'https://e.com/story',
    });
    expect(image?.url).toBe('https://e.com/l.jpg');
    expect(image?.aliases).toEqual(
      expect.arrayContaining(['https://e.com/l.jpg', '/s.jpg', 'https://e.com/s.jpg', '/l.jpg']),
    );
  });

  test('hostile markup does not throw', () => {
    for (const html of [
      '<img',
      '<img src=">',
      '<picture><picture><source srcset="(((">',
      '\u0000<img src="\u0000">',
      '<img src="' + 'a'.repeat(10_000) + '">',
    ]) {
      expect(() => selectArticleImages({ contentHtml: html, baseUrl: 'not a url' })).not.toThrow();
    }
  });
});

describe('isTrackingPixel', () => {
  test.each([
    ['https://e.com/photo.jpg', {}, false],
    ['https://e.com/photo.jpg', { width: '2', height: '300' }, true],
    ['https://e.com/photo.jpg', { width: '1px' }, true],
    ['https://e.com/photo.jpg', { width: '100%' }, false],
    ['https://sub.doubleclick.net/x.jpg', {}, true],
    ['https://notdoubleclick.net/x.jpg', {}, false],
    ['https://e.com/beacon/123', {}, true],
    ['https://e.com/images/spacer.gif', {}, true],
  ])('%s %j → %s', (url, hints, expected) => {
    expect(isTrackingPixel({ url: new URL(url), ...hints })).toBe(expected);
  });
});
