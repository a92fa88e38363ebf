import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../electron/core/imports/csv';
import { parseNetscapeBookmarks } from '../../../electron/core/imports/netscape-bookmarks';
import { parseReadLaterCsv } from '../../../electron/core/imports/read-later-csv';
import { parseBookmarkFile } from '../../../electron/core/imports/import-bookmarks';

const NETSCAPE = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p>
    <DT><H3 ADD_DATE="1700000000">Bookmarks bar</H3>
    <DL><p>
        <DT><A HREF="https://news.example/a" ADD_DATE="1700000100" TAGS="korea,politics">Seoul &amp; the vote</A>
        <DD>Worth a second read
        <DT><H3>Recipes</H3>
        <DL><p>
            <DT><A HREF="https://food.example/kimchi" ADD_DATE="1700000200">Kimchi</A>
        </DL><p>
        <DT><A HREF="javascript:alert(1)">Bookmarklet</A>
    </DL><p>
</DL><p>`;

describe('Netscape bookmark files', () => {
  it('reads links, titles, ADD_DATE, TAGS, descriptions and folders; a browser’s bookmarks arrive read', () => {
    expect(parseNetscapeBookmarks(NETSCAPE)).toEqual([
      {
        url: 'https://news.example/a',
        title: 'Seoul & the vote',
        addedAt: 1_700_000_100_000,
        tags: ['korea', 'politics'],
        note: 'Worth a second read',
        read: true,
      },
      {
        url: 'https://food.example/kimchi',
        title: 'Kimchi',
        addedAt: 1_700_000_200_000,
        tags: ['Recipes'],
        note: '',
        read: true,
      },
      { url: 'javascript:alert(1)', title: 'Bookmarklet', addedAt: null, tags: [], note: '', read: true },
    ]);
  });
});

describe('Pocket’s HTML export', () => {
  it('reads its two lists: unread stays unread, the archive arrives read', () => {
    const html = `<!DOCTYPE html><html><head><title>Pocket Export</title></head><body>
      <h1>Unread</h1><ul><li><a href="https://p.example/1" time_added="1700000000" tags="news,korea">One</a></li></ul>
      <h1>Read Archive</h1><ul><li><a href="https://p.example/2" time_added="1700000001" tags="">Two</a></li></ul></body></html>`;
    expect(parseBookmarkFile(html)).toEqual({
      format: 'netscape',
      bookmarks: [
        {
          url: 'https://p.example/1',
          title: 'One',
          addedAt: 1_700_000_000_000,
          tags: ['news', 'korea'],
          note: '',
          read: false,
        },
        { url: 'https://p.example/2', title: 'Two', addedAt: 1_700_000_001_000, tags: [], note: '', read: true },
      ],
    });
  });
});

describe('read-later CSV exports', () => {
  it('parses quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('\ufeffa,b\r\n"x, y","say ""hi""\nthere"\n\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it.each([
    [
      'Pocket',
      'title,url,time_added,tags,status\n"A story",https://a.example/1,1700000000,korea|news,archive\n',
      {
        url: 'https://a.example/1',
        title: 'A story',
        addedAt: 1_700_000_000_000,
        tags: ['korea', 'news'],
        note: '',
        read: true,
      },
    ],
    [
      'Instapaper',
      'URL,Title,Selection,Folder,Timestamp\nhttps://b.example/2,B,"a quote",Tech,1700000001\n',
      {
        url: 'https://b.example/2',
        title: 'B',
        addedAt: 1_700_000_001_000,
        tags: ['Tech'],
        note: 'a quote',
        read: false,
      },
    ],
    [
      'Instapaper archive folder',
      'URL,Title,Selection,Folder,Timestamp\nhttps://b.example/3,C,,Archive,1700000001\n',
      { url: 'https://b.example/3', title: 'C', addedAt: 1_700_000_001_000, tags: [], note: '', read: true },
    ],
    [
      'Wallabag / Omnivore',
      'Title,URL,Tags,Created At,Note\nD,https://d.example/4,"a, b",2024-05-01T10:00:00Z,mine\n',
      {
        url: 'https://d.example/4',
        title: 'D',
        addedAt: Date.parse('2024-05-01T10:00:00Z'),
        tags: ['a', 'b'],
        note: 'mine',
        read: false,
      },
    ],
  ])('finds the columns of a %s export by their header', (_name, text, expected) => {
    expect(parseReadLaterCsv(text)).toEqual([expected]);
  });

  it('a CSV without a url column, or any other text, is refused with a clear message', () => {
    expect(parseReadLaterCsv('name,age\nx,1\n')).toBeNull();
    expect(() => parseBookmarkFile('just some text')).toThrow(
      /neither a bookmarks file .* nor a read-later CSV export.*Nothing was imported/,
    );
  });
});
