import { describe, expect, it } from 'vitest';
import { articleTitle, stripSiteName } from '../../../electron/core/fulltext/article-title';

/** Issue 17, rule 2: titles without the site's name, real titles with a dash or a colon left whole. */
describe('the article title', () => {
  it.each([
    ['Lake Orvana - Wikipedia', [], ['Lake Orvana'], 'Lake Orvana'],
    [
      "Obama admits US gun laws are his 'biggest frustration' - BBC News",
      ['BBC News'],
      [],
      "Obama admits US gun laws are his 'biggest frustration'",
    ],
    [
      "Minister admits it is her 'biggest frustration' - BBC",
      ['BBC News'],
      [],
      "Minister admits it is her 'biggest frustration'",
    ],
    ['Why I still print my photos · Ink and Grain', ['Ink and Grain'], [], 'Why I still print my photos'],
    [
      'The keeper’s logbooks go on show — The Harbour Review',
      ['The Harbour Review'],
      [],
      'The keeper’s logbooks go on show',
    ],
    ['Grauwasser (Fluss) – Wikipedia', [], ['Grauwasser (Fluss)'], 'Grauwasser (Fluss)'],
    ['老旧小区加装电梯提速_华北日报', ['华北日报'], [], '老旧小区加装电梯提速'],
    ['הרכבת הקלה תפעל גם בלילות - חדשות היום', ['חדשות היום'], [], 'הרכבת הקלה תפעל גם בלילות'],
    ['The Sentinel | Harbour reopens after the storm', ['The Sentinel'], [], 'Harbour reopens after the storm'],
  ])('%j loses the site name', (title, siteNames, headings, expected) => {
    expect(articleTitle({ titles: [title], siteNames, headings })).toBe(expected);
  });

  it('keeps "Evolve:" when the page’s own heading (with its permalink mark) agrees', () => {
    expect(
      articleTitle({
        titles: ['Evolve: Shared Mutable History — Tallow 4.2 documentation'],
        siteNames: [],
        headings: ['Evolve: Shared Mutable History¶'],
      }),
    ).toBe('Evolve: Shared Mutable History');
  });

  it('keeps a real title that contains " - " when what follows is not the site', () => {
    const real = 'Half-term - what the new school calendar means for parents';
    expect(
      articleTitle({ titles: [real, `${real} | Riverside Post`], siteNames: ['Riverside Post'], headings: [real] }),
    ).toBe(real);
    expect(articleTitle({ titles: [`${real} | Riverside Post`], siteNames: ['Riverside Post'], headings: [] })).toBe(
      real,
    );
    expect(
      articleTitle({ titles: ['Before and after - how one street rebuilt itself'], siteNames: [], headings: [] }),
    ).toBe('Before and after - how one street rebuilt itself');
    expect(stripSiteName('Spider-Man - a history', ['Marvel Weekly'])).toBe('Spider-Man - a history');
  });

  it('does not cut on a separator alone, nor keep a site logo heading as the title', () => {
    expect(articleTitle({ titles: ['Rates rise - what it means'], siteNames: [], headings: [] })).toBe(
      'Rates rise - what it means',
    );
    expect(
      articleTitle({
        titles: ['Coastwatch | Harbour Road closed'],
        siteNames: [],
        headings: ['Coastwatch', 'Harbour Road closed'],
      }),
    ).toBe('Harbour Road closed');
    expect(
      articleTitle({
        titles: ['Coastwatch | Harbour Road closed'],
        siteNames: ['Coastwatch'],
        headings: ['Coastwatch'],
      }),
    ).toBe('Harbour Road closed');
  });

  it('tries the titles in order and says null when there is none', () => {
    expect(articleTitle({ titles: [null, '  ', 'Second - Site'], siteNames: ['Site'], headings: [] })).toBe('Second');
    expect(articleTitle({ titles: [null], siteNames: [], headings: [] })).toBeNull();
  });
});
