import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  MAX_DEPTH,
  jsonLdScripts,
  nestedDeeperThan,
  withoutElements,
  type TreeNode,
} from '../../../electron/core/fulltext/page-size';

/** The parsed page as the extractor measures it: `<html>` is depth 1, `<body>` 2. */
const tree = (html: string) => parseHTML(html).document as unknown as TreeNode;
const nested = (tag: string, levels: number, close = true) =>
  `<html><body>${`<${tag}>`.repeat(levels)}deep${close ? `</${tag}>`.repeat(levels) : ''}</body></html>`;

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

describe('nesting depth', () => {
  it('allows MAX_DEPTH levels and refuses one more, counting <html> and <body>', () => {
    expect(nestedDeeperThan(tree(nested('div', MAX_DEPTH - 2)))).toBe(false);
    expect(nestedDeeperThan(tree(nested('div', MAX_DEPTH - 1)))).toBe(true);
  });

  it('measures the tree the parser builds: unclosed <a>s nest, unclosed <p>s and <li>s do not', () => {
    expect(nestedDeeperThan(tree(nested('a', 400, false)))).toBe(true);
    expect(nestedDeeperThan(tree(nested('p', 400, false)))).toBe(false);
    expect(nestedDeeperThan(tree(`<ul>${'<li>item'.repeat(400)}</ul>`))).toBe(false);
  });

  it('is not fooled by a wide page or by depth that comes back up between deep branches', () => {
    expect(nestedDeeperThan(tree(`<body>${'<div><p>x</p></div>'.repeat(20_000)}</body>`))).toBe(false);
    const branch = (levels: number) => `${'<section>'.repeat(levels)}deep${'</section>'.repeat(levels)}`;
    expect(nestedDeeperThan(tree(`<body>${branch(200).repeat(50)}</body>`))).toBe(false);
    expect(nestedDeeperThan(tree(`<body>${branch(200)}${branch(300)}</body>`))).toBe(true);
  });
});
