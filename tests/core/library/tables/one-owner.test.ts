import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Each table the library owns, and the one module (or, ending in `/`, the one folder) that may write it. */
const OWNERS: Record<string, string> = {
  accounts: 'electron/core/library/tables/accounts-table.ts',
  feeds: 'electron/core/library/tables/feeds-table.ts',
  feed_sync: 'electron/core/library/tables/feed-sync-table.ts',
  articles: 'electron/core/library/tables/articles-table.ts',
  article_categories: 'electron/core/library/tables/articles-table.ts',
  bookmarks: 'electron/core/library/tables/bookmarks-table.ts',
  bookmark_tags: 'electron/core/library/tables/bookmarks-table.ts',
  sections: 'electron/core/library/tables/sections-table.ts',
  read_marks: 'electron/core/library/tables/read-marks-table.ts',
  remote_pending_items: 'electron/core/library/tables/remote-pending-items-table.ts',
  outbox: 'electron/core/library/outbox/',
  outbox_rejected: 'electron/core/library/outbox/',
  outbox_mark_all: 'electron/core/library/outbox/',
  outbox_labels: 'electron/core/library/outbox/',
  server_labels: 'electron/core/library/tables/server-labels-table.ts',
  rules: 'electron/core/library/tables/rules-table.ts',
  rule_notifications: 'electron/core/library/tables/rules-table.ts',
  rule_undo: 'electron/core/library/tables/rules-table.ts',
};

function owns(owner: string, path: string): boolean {
  return owner.endsWith('/') ? path.startsWith(owner) : path === owner;
}

const WRITE = new RegExp(
  `\\b(?:INSERT(?:\\s+OR\\s+[A-Z]+)?\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(${Object.keys(OWNERS).join('|')})\\b`,
  'g',
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('one owner per table', () => {
  it('only the owning module writes each library table (migrations build them)', () => {
    const root = process.cwd();
    const strays: string[] = [];
    for (const file of sourceFiles(join(root, 'electron'))) {
      const path = relative(root, file).replaceAll('\\', '/');
      if (path.startsWith('electron/core/db/migrations/')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(WRITE)) {
        if (!owns(OWNERS[match[1]!]!, path)) strays.push(`${path}: ${match[0]}`);
      }
    }
    expect(strays).toEqual([]);
  });
});
