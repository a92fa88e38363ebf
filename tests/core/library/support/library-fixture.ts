import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventName, EventPayload } from '../../../../electron/api/contract';
import { upsertArticles } from '../../../../electron/core/library/articles/upsert-articles';
import type { ParsedEntry } from '../../../../electron/core/library/articles/parsed-entry';
import { createLibraryHandlers } from '../../../../electron/core/library/library-handlers';
import { openLibrary, type Library, type OpenLibraryOptions } from '../../../../electron/core/library/open-library';

/** A fresh library in a temporary folder, with a fixed clock and recorded events. */
// "Today" is the local day; pin the zone so tests mean the same everywhere.
process.env.TZ = 'UTC';
export const NOW = Date.parse('2025-06-15T12:00:00Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface Fixture {
  dir: string;
  path: string;
  library: Library;
  handlers: ReturnType<typeof createLibraryHandlers>;
  events: { event: EventName; payload: unknown }[];
  clock: { now: number };
  addFeed(title?: string, sectionId?: string | null): string;
  addSection(name: string): string;
  ingest(feedId: string, entries: ParsedEntry[]): string[];
  dispose(): void;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'broadsheet-library-'));
}

export function createFixture(options: OpenLibraryOptions = {}): Fixture {
  const dir = tempDir();
  const path = join(dir, 'library.sqlite');
  const library = openLibrary(path, { skipIntegrityCheck: true, ...options });
  const clock = { now: NOW };
  const events: Fixture['events'] = [];
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void events.push({ event, payload });
  const handlers = createLibraryHandlers(library, { emit, now: () => clock.now });
  let feeds = 0;
  return {
    dir,
    path,
    library,
    handlers,
    events,
    clock,
    addFeed(title = `Feed ${feeds + 1}`, sectionId = null) {
      feeds += 1;
      return (
        handlers['feeds.add']({ url: `https://example.com/feed-${feeds}.xml`, title, sectionId }) as { id: string }
      ).id;
    },
    addSection(name) {
      return (handlers['sections.create'](name) as { id: string }).id;
    },
    ingest(feedId, entries) {
      return upsertArticles(library.db(), feedId, entries, clock.now).ids;
    },
    dispose() {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `count` entries, one hour apart, newest first, ending at `end`. */
export function entries(count: number, prefix = 'a', end = NOW): ParsedEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    guid: `${prefix}-${i}`,
    url: `https://example.com/${prefix}/${i}`,
    title: `${prefix} story ${i}`,
    publishedAt: end - i * HOUR,
    contentHtml: `<p>Body of ${prefix} story ${i}.</p>`,
  }));
}
