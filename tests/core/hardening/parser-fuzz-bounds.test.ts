import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse-feed';
import { MAX_CHILDREN } from '../../../electron/core/feeds/xml/tree';

/**
 * The tree bound the hostile network matrix found missing: a 100,000-item
 * feed built its whole element tree (about 20 times the document's size)
 * before the readers kept the first 10,000 entries.
 */
describe('element tree bounds', () => {
  it('drops children past the cap with a warning and still reads the first 10,000 entries', () => {
    const count = MAX_CHILDREN + 5_000;
    const doc = `<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>${'<item><title>x</title></item>\n'.repeat(count)}</channel></rss>`;
    const result = parseFeed(new TextEncoder().encode(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.title?.value).toBe('Many');
    expect(result.entries).toHaveLength(10_000);
    expect(result.warnings.join('\n')).toMatch(
      new RegExp(`after the first ${MAX_CHILDREN} children of <channel> were dropped`),
    );
  });

  it('leaves ordinary feeds alone', () => {
    const doc = `<rss version="2.0"><channel><title>Few</title>${'<item><title>x</title></item>'.repeat(100)}</channel></rss>`;
    const result = parseFeed(new TextEncoder().encode(doc));
    expect(result.ok && result.entries.length).toBe(100);
    expect(result.warnings.join('\n')).not.toMatch(/were dropped/);
  });
});
