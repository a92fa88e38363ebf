import { describe, expect, test } from 'vitest';
import { capNesting, MAX_HTML_NESTING } from '../../../../electron/core/feeds/html/cap-nesting';
import { resolveHtmlUrls } from '../../../../electron/core/feeds/html/resolve-urls';
import { htmlToPlainText } from '../../../../electron/core/feeds/plain-text';

describe('capNesting', () => {
  test('leaves ordinary and long-but-flat markup untouched', () => {
    const flat = '<p>a <img src="x.png"><br></p>'.repeat(5_000);
    expect(capNesting(flat)).toBe(flat);
    expect(capNesting('<div><p>Hi</p></div>')).toBe('<div><p>Hi</p></div>');
  });

  test('cuts markup where it nests deeper than the cap, keeping what came before', () => {
    const deep = `<p>kept</p>${'<div>'.repeat(MAX_HTML_NESTING + 50)}lost`;
    const capped = capNesting(deep);
    expect(capped.startsWith('<p>kept</p>')).toBe(true);
    expect(capped.split('<div>').length - 1).toBe(MAX_HTML_NESTING);
    expect(capped).not.toContain('lost');
  });

  test('void and self-closing tags do not count as nesting', () => {
    const voids = `${'<br><img src="a"><x/>'.repeat(MAX_HTML_NESTING)}end`;
    expect(capNesting(voids)).toBe(voids);
  });

  test('feed content with 100,000 unclosed tags keeps its text and becomes plain text', () => {
    const hostile = `<p>Lead paragraph</p>${'<entry>'.repeat(100_000)}tail`;
    const resolved = resolveHtmlUrls(hostile, 'https://example.com/');
    expect(resolved.length).toBeLessThan(hostile.length);
    expect(htmlToPlainText(hostile)).toBe('Lead paragraph');
  });
});
