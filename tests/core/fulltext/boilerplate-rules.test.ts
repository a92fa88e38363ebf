import { describe, expect, it } from 'vitest';
import { isBackToTop, isRelatedHeading, namesFurniture } from '../../../electron/core/fulltext/boilerplate-rules';

describe('boilerplate rules', () => {
  it.each([
    ['share-bar', true],
    ['c-article__share', true],
    ['social_links', true],
    ['breadcrumbs', true],
    ['related-stories', true],
    ['newsletter-signup', true],
    ['ad-slot', true],
    ['back-to-top', true],
    ['backtotop', true],
    ['js-comments', true],
    ['shared-history', false],
    ['story__body', false],
    ['headline', false],
    ['adaptive-layout', false],
    ['relatedness', false],
    ['', false],
  ])('class %j is furniture: %s', (name, expected) => {
    expect(namesFurniture(name)).toBe(expected);
  });

  it.each([
    ['Back to top', true],
    ['Back to top ↑', true],
    ['Top ↑', true],
    ['↑ Top', true],
    ['  back   TO top ', true],
    ['Scroll to top', true],
    ['Back to the top of the mountain we climbed', false],
    ['Top stories of the week', false],
    ['Topics', false],
  ])('%j is a back-to-top control: %s', (text, expected) => {
    expect(isBackToTop(text)).toBe(expected);
  });

  it.each([
    ['Related stories', true],
    ['Most read', true],
    ['More from Business', true],
    ['You might also like', true],
    ['Read more:', true],
    ['Years of delay', false],
    ['Related parties in the dispute say little', false],
  ])('%j introduces other stories: %s', (text, expected) => {
    expect(isRelatedHeading(text)).toBe(expected);
  });
});
