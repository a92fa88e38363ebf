/**
 * The Netscape bookmark file every browser and read-later app exports:
 * `<DT><A HREF ADD_DATE TAGS>title</A>` with an optional `<DD>` description
 * (kept as the note), inside `<H3>` folders. The folder a bookmark sits in
 * becomes a tag too, except the browsers' own top-level folders. Pocket's
 * HTML export (`<h1>Unread</h1><ul><li><a href time_added tags>`) reads the
 * same way.
 *
 * Read state: a browser's bookmarks are pages the reader has seen, so they
 * arrive read (thousands of them must not flood "Unread"); links under a
 * heading that says "unread" (Pocket's list) arrive unread.
 */
import { Parser } from 'htmlparser2';
import { parseTime, splitTags, type ImportedBookmark } from './imported-bookmark';

const ROOT_FOLDERS = new Set([
  'bookmarks',
  'bookmarks bar',
  'bookmarks toolbar',
  'bookmarks menu',
  'other bookmarks',
  'mobile bookmarks',
  'favorites',
  'favorites bar',
  'unsorted bookmarks',
]);

export function looksLikeNetscape(text: string): boolean {
  const head = text.slice(0, 65_536);
  return (
    /<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(head) ||
    /<dt>\s*<a\s[^>]*href=/i.test(head) ||
    (/^\s*<(!doctype html|html)/i.test(head) && /<a\s[^>]*href=/i.test(head))
  );
}

export function parseNetscapeBookmarks(text: string): ImportedBookmark[] {
  const found: ImportedBookmark[] = [];
  const folders: (string | null)[] = [];
  let heading: string | null = null;
  let headingText: string | null = null;
  let unreadList = false;
  let current: ImportedBookmark | null = null;
  let capture: 'title' | 'note' | null = null;

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'h1' || name === 'h2' || name === 'h3') headingText = '';
        else if (name === 'dl') {
          folders.push(heading);
          heading = null;
          capture = null;
        } else if (name === 'dt') capture = null;
        else if (name === 'a' && attributes.href) {
          const folder = folders.findLast((f) => f !== null) ?? null;
          current = {
            url: attributes.href.trim(),
            title: '',
            addedAt: parseTime(attributes.add_date ?? attributes.time_added),
            tags: [
              ...splitTags(attributes.tags),
              ...(folder && !ROOT_FOLDERS.has(folder.toLowerCase()) ? [folder] : []),
            ],
            note: '',
            read: !unreadList,
          };
          found.push(current);
          capture = 'title';
        } else if (name === 'dd' && current) {
          capture = 'note';
        }
      },
      ontext(data) {
        if (headingText !== null) headingText += data;
        else if (capture === 'title' && current) current.title += data;
        else if (capture === 'note' && current) current.note += data;
      },
      onclosetag(name) {
        if ((name === 'h1' || name === 'h2' || name === 'h3') && headingText !== null) {
          const text = headingText.trim();
          headingText = null;
          if (name === 'h3') heading = text || null;
          else unreadList = /\bunread\b/i.test(text);
        } else if (name === 'a') capture = null;
        else if (name === 'dl') {
          folders.pop();
          capture = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(text);
  parser.end();
  return found.map((b) => ({
    ...b,
    title: b.title.replace(/\s+/g, ' ').trim(),
    note: b.note.trim(),
    tags: [...new Set(b.tags)],
  }));
}
