import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToParagraphs } from '../../../electron/core/fulltext/article-text';
import { loadChromePhrases, loadExpected, SET_DIR } from '../../../scripts/bench/extract/extraction-set';
import { normalizeText } from '../../../scripts/bench/extract/figures';

/**
 * The extraction test set is what issue 17 promises: at least 40 pages, two halves mixing the page classes, five
 * languages or more in each with CJK and right-to-left, and expectations that the pages really hold.
 */
const pages = loadExpected();
const html = (id: string) => readFileSync(join(SET_DIR, 'pages', `${id}.html`), 'utf8');
/** The page's visible text plus any JSON-LD articleBody (JSON-LD-only pages carry the article there). */
function pageText(id: string): string {
  const source = html(id);
  const bodies = [...source.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (match) => (JSON.parse(match[1]!) as { articleBody?: string }).articleBody ?? '',
  );
  return normalizeText(`${htmlToParagraphs(source)} ${bodies.join(' ')}`);
}

describe('the extraction test set', () => {
  it('has at least 40 pages, each with its file, split in two halves', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pages.map((page) => page.id)).size).toBe(pages.length);
    for (const page of pages) expect(existsSync(join(SET_DIR, 'pages', `${page.id}.html`)), page.id).toBe(true);
    const tuning = pages.filter((page) => page.half === 'tuning').length;
    expect(tuning).toBe(pages.length - pages.filter((page) => page.half === 'test').length);
    expect(Math.abs(tuning * 2 - pages.length)).toBeLessThanOrEqual(1);
  });

  it.each(['tuning', 'test'])('the %s half has five languages or more, with CJK and right-to-left', (half) => {
    const languages = new Set(pages.filter((page) => page.half === half).map((page) => page.language));
    expect(languages.size).toBeGreaterThanOrEqual(5);
    expect([...languages].some((language) => ['ja', 'ko', 'zh'].includes(language))).toBe(true);
    expect([...languages].some((language) => ['ar', 'he'].includes(language))).toBe(true);
  });

  it('puts the main page classes in both halves', () => {
    for (const cls of ['wordpress', 'drupal', 'wikipedia', 'paywall', 'amp', 'json-ld-only', 'documentation']) {
      const halves = new Set(pages.filter((page) => page.class === cls).map((page) => page.half));
      expect([...halves].sort(), cls).toEqual(['test', 'tuning']);
    }
  });

  it.each(pages.map((page) => [page.id, page] as const))('%s holds the sentences and title it expects', (id, page) => {
    // A page with no article expects what the feed said.
    const text = page.credible ? pageText(id) : normalizeText(page.feedText);
    expect(text).toContain(normalizeText(page.first));
    expect(text).toContain(normalizeText(page.last));
    if (page.title) expect(html(id)).toContain(page.title.replaceAll('&', '&amp;'));
    expect(page.feedText.length).toBeGreaterThan(0);
  });

  it('keeps chrome phrases out of what the pages expect', () => {
    const phrases = loadChromePhrases();
    expect(phrases.length).toBeGreaterThan(100);
    for (const page of pages)
      for (const sentence of [page.first, page.last, page.title ?? ''])
        for (const phrase of phrases) expect(sentence, `${page.id}: ${phrase}`).not.toContain(phrase);
  });
});
