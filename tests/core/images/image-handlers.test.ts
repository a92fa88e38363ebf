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

  test('the handler delegates to the cache', () => {
    const handlers = createImageHandlers({ map: (id) => ({ [`https://e.com/${id}.png`]: 'bsimg://img/k' }) });
    expect(handlers['images.map']('7')).toEqual({ 'https://e.com/7.png': 'bsimg://img/k' });
  });
});
