import { describe, expect, it } from 'vitest';
import { cleanByline, firstByline } from '../../../electron/core/fulltext/byline';

/** Issue 17, rule 1: a byline is a name, never a URL. */
describe('the byline', () => {
  it.each([
    ['By Janelle Ortiz02 Mar 2026', 'Janelle Ortiz'],
    ['Lorna Fitzgerald23 Feb 2026• 4 min read', 'Lorna Fitzgerald'],
    ['di Giulia Ferrante', 'Giulia Ferrante'],
    ['Von Katharina Brandt', 'Katharina Brandt'],
    ['By Alicia Grant February 27, 2026', 'Alicia Grant'],
    ['Jean-Luc Picard', 'Jean-Luc Picard'],
    ['김서연 기자', '김서연 기자'],
    ['王丽华', '王丽华'],
  ])('%j is %j', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });

  it.each([
    'https://www.lequotidien-ouest.example/auteur/claire-vasseur/',
    'www.example.com/authors/ann',
    '/auteur/claire-vasseur/',
    'desk@example.com',
    '   ',
    '2026-03-02',
  ])('%j is no byline', (raw) => {
    expect(cleanByline(raw)).toBeNull();
  });

  it('is not the site’s own name', () => {
    expect(cleanByline('Coastwatch', ['Coastwatch'])).toBeNull();
    expect(cleanByline('coastwatch', [null, 'Coastwatch'])).toBeNull();
  });

  it('takes the first source that is a name: a URL in <meta name="author"> gives way to the next', () => {
    expect(firstByline([null, 'https://x.example/auteur/claire-vasseur/', 'Claire Vasseur'], [])).toBe(
      'Claire Vasseur',
    );
    expect(firstByline([undefined, ''], [])).toBeNull();
  });
});
