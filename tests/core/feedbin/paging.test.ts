import { describe, expect, it } from 'vitest';
import { linkTargets, pagingOf } from '../../../electron/core/feedbin/paging';

const answer = (headers: Record<string, string>) => ({ status: 200, headers, body: '[]', url: 'https://x/' });

describe('Feedbin paging headers', () => {
  it('reads next and last page numbers and the record count', () => {
    const link =
      '<https://api.feedbin.com/v2/entries.json?page=2&since=2013-02-02T14%3A07%3A33.000000Z>; rel="next", ' +
      '<https://api.feedbin.com/v2/entries.json?page=5>; rel="last"';
    expect(pagingOf(answer({ link, 'x-feedbin-record-count': '480' }))).toEqual({
      nextPage: 2,
      lastPage: 5,
      recordCount: 480,
    });
  });

  it('reads the header under the name the README’s example gives it (Links) and unquoted rel values', () => {
    expect(pagingOf(answer({ links: '<https://api.feedbin.com/v2/feeds/1/entries.json?page=3>; rel=next' }))).toEqual({
      nextPage: 3,
      lastPage: null,
      recordCount: null,
    });
  });

  it('has no next page on the last page, nor when a link has no usable page number', () => {
    expect(pagingOf(answer({})).nextPage).toBeNull();
    expect(pagingOf(answer({ link: '<https://x/entries.json>; rel="next"' })).nextPage).toBeNull();
    expect(pagingOf(answer({ link: '<https://x/entries.json?page=zero>; rel="next"' })).nextPage).toBeNull();
    expect(pagingOf(answer({ 'x-feedbin-record-count': 'many' })).recordCount).toBeNull();
  });

  it('keeps the first link for each rel, and reads several rels in one', () => {
    const targets = linkTargets('<a?page=1>; rel="first prev", <b?page=9>; rel="next", <c?page=8>; rel="next"');
    expect(Object.fromEntries(targets)).toEqual({ first: 'a?page=1', prev: 'a?page=1', next: 'b?page=9' });
  });
});
