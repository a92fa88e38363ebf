import { describe, expect, it } from 'vitest';
import { exportOpml, type OpmlExport } from '../../../electron/core/opml/export-opml';
import { parseOpml } from '../../../electron/core/opml/parse-opml';
import { parseStrict } from '../../../electron/core/feeds/xml/parse-strict';

const data: OpmlExport = {
  title: 'Mine <& yours>',
  sections: [
    {
      name: 'World "news" & <views>',
      feeds: [
        {
          url: 'https://news.example.com/rss?a=1&b=2',
          title: 'Title with "quotes", <tags> & ampersands',
          siteUrl: 'https://news.example.com/',
        },
        {
          url: 'https://wire.example.com/atom',
          title: 'Multi\nline\ttitle\u0001 with a control character',
          siteUrl: null,
        },
      ],
    },
    { name: 'Empty section', feeds: [] },
    {
      name: 'Asia — 아시아 · アジア',
      feeds: [{ url: 'https://asia.example.kr/rss', title: '연합뉴스 🇰🇷', siteUrl: null }],
    },
  ],
  unsectioned: [{ url: 'http://plain.example.org/feed', title: 'Plain', siteUrl: null }],
};

describe('exportOpml', () => {
  const xml = exportOpml(data, new Date(Date.UTC(2026, 2, 2, 9, 0, 0)));

  it('writes well-formed OPML 2.0 with a title and an RFC 822 dateCreated', () => {
    expect(parseStrict(xml, { url: '' }).ok).toBe(true);
    expect(xml).toContain('<opml version="2.0">');
    expect(xml).toContain('<title>Mine &lt;&amp; yours&gt;</title>');
    expect(xml).toContain('<dateCreated>Mon, 02 Mar 2026 09:00:00 GMT</dateCreated>');
    expect(xml).not.toContain('\u0001');
  });

  it('round-trips sections, titles and URLs', () => {
    const back = parseOpml(xml);
    if (!back.ok) throw new Error(back.message);
    expect(back.title).toBe('Mine <& yours>');
    // An empty section has no feeds to carry it; only sections with feeds come back.
    expect(back.sections).toEqual(['World "news" & <views>', 'Asia — 아시아 · アジア']);
    expect(back.feeds).toEqual([
      {
        url: 'https://news.example.com/rss?a=1&b=2',
        title: 'Title with "quotes", <tags> & ampersands',
        siteUrl: 'https://news.example.com/',
        section: 'World "news" & <views>',
      },
      // Whitespace in titles is collapsed on the way in, as feed titles are everywhere else.
      {
        url: 'https://wire.example.com/atom',
        title: 'Multi line title with a control character',
        siteUrl: null,
        section: 'World "news" & <views>',
      },
      { url: 'https://asia.example.kr/rss', title: '연합뉴스 🇰🇷', siteUrl: null, section: 'Asia — 아시아 · アジア' },
      { url: 'http://plain.example.org/feed', title: 'Plain', siteUrl: null, section: null },
    ]);
  });
});
