import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOpml } from '../../../electron/core/opml/parse-opml';
import { parseStrict } from '../../../electron/core/feeds/xml/parse-strict';

const bytes = readFileSync(new URL('../../../assets/default-subscriptions.opml', import.meta.url));

describe('the embedded default subscriptions', () => {
  const result = parseOpml(bytes);
  if (!result.ok) throw new Error(result.message);

  it('is well-formed and parses without warnings, refusals or duplicates', () => {
    expect(parseStrict(bytes.toString('utf8'), { url: '' }).ok).toBe(true);
    expect(result.warnings).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(new Set(result.feeds.map((feed) => feed.url)).size).toBe(result.feeds.length);
  });

  it('has the seven sections, each with four to six feeds', () => {
    expect(result.sections).toEqual(['World', 'Asia', 'Middle East', 'Europe', 'Business', 'Technology', 'Science']);
    for (const section of result.sections) {
      const count = result.feeds.filter((feed) => feed.section === section).length;
      expect(count, section).toBeGreaterThanOrEqual(4);
      expect(count, section).toBeLessThanOrEqual(6);
    }
    expect(result.feeds.every((feed) => feed.section !== null)).toBe(true);
  });

  it('uses https addresses with titles and site links', () => {
    for (const feed of result.feeds) {
      expect(feed.url, feed.title).toMatch(/^https:\/\//);
      expect(feed.siteUrl, feed.title).toMatch(/^https:\/\//);
      expect(feed.title).not.toBe(new URL(feed.url).hostname);
    }
  });
});
