import { describe, expect, test } from 'vitest';
import { methods } from '../../../electron/api/contract';
import { createImageHandlers } from '../../../electron/core/images/image-handlers';

describe('images.map in the contract', () => {
  test('is a core method taking one article id and returning a string map', () => {
    const spec = methods['images.map'];
    expect(spec.owner).toBe('core');
    expect(spec.args.safeParse(['12']).success).toBe(true);
    expect(spec.args.safeParse([]).success).toBe(false);
    expect(spec.args.safeParse(['']).success).toBe(false);
    expect(spec.result.safeParse({ 'https://e.com/a.png': 'bsimg://img/x' }).success).toBe(true);
  });

  test('images.thumbnails takes one page of ids, at most 500, and answers a picture per article', () => {
    const spec = methods['images.thumbnails'];
    expect(spec.owner).toBe('core');
    expect(spec.args.safeParse([['1', '2']]).success).toBe(true);
    expect(spec.args.safeParse([[]]).success).toBe(true);
    expect(spec.args.safeParse([Array.from({ length: 501 }, (_, i) => String(i + 1))]).success).toBe(false);
    expect(spec.args.safeParse(['1']).success).toBe(false);
    expect(spec.result.safeParse({ '1': { thumbnail: '/images/k', image: null } }).success).toBe(true);
    expect(spec.result.safeParse({ '1': { thumbnail: 'x' } }).success).toBe(false);
  });

  test('images.feedIcons is a core method taking nothing and answering feed id → cache URL', () => {
    const spec = methods['images.feedIcons'];
    expect(spec.owner).toBe('core');
    expect(spec.args.safeParse([]).success).toBe(true);
    expect(spec.args.safeParse(['1']).success).toBe(false);
    expect(spec.result.safeParse({ '1': '/images/k' }).success).toBe(true);
    expect(spec.result.safeParse({ '1': null }).success).toBe(false);
  });

  test('the handlers delegate to the cache', () => {
    const handlers = createImageHandlers({
      map: (id) => ({ [`https://e.com/${id}.png`]: 'bsimg://img/k' }),
      thumbnails: (ids) => Object.fromEntries(ids.map((id) => [id, { thumbnail: 'bsimg://img/t', image: null }])),
      feedIcons: () => ({ '3': 'bsimg://img/i' }),
    });
    expect(handlers['images.map']('7')).toEqual({ 'https://e.com/7.png': 'bsimg://img/k' });
    expect(handlers['images.thumbnails'](['7'])).toEqual({ '7': { thumbnail: 'bsimg://img/t', image: null } });
    expect(handlers['images.feedIcons']()).toEqual({ '3': 'bsimg://img/i' });
  });
});
