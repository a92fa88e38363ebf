import { describe, expect, it } from 'vitest';
import { jsonLdScripts, withoutElements } from '../../../electron/core/fulltext/page-size';

describe('page size helpers', () => {
  it('cuts inline SVG and style out, in any case, and leaves an unclosed one alone', () => {
    expect(withoutElements('a<SVG x><path/></svg>b<style>p{}</STYLE >c', ['svg', 'style'])).toBe('abc');
    expect(withoutElements('a<svg><path/>b', ['svg'])).toBe('a<svg><path/>b');
  });

  it('stays linear on hostile input', () => {
    const hostile = '<svg'.repeat(200_000);
    const started = performance.now();
    expect(withoutElements(hostile, ['svg'])).toBe(hostile);
    expect(jsonLdScripts('<script type="application/ld+json">'.repeat(100_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('finds the JSON-LD scripts without a tree', () => {
    expect(jsonLdScripts('<script>x()</script><script type="application/ld+json">{"a":1}</script>')).toEqual([
      '{"a":1}',
    ]);
  });
});
