import { describe, expect, it } from 'vitest';
import { duration, fetchMessages, size } from '../../../electron/core/net/fetch-messages';

describe('fetch messages', () => {
  it.each([
    [250, '250 ms'],
    [1_500, '1.5 s'],
    [30_000, '30 s'],
    [60_000, '60 s'],
    [120_000, '2 min'],
    [90 * 60_000, '90 min'],
    [86_400_000, '24 h'],
  ])('writes %i ms as %s', (ms, text) => {
    expect(duration(ms)).toBe(text);
  });

  it.each([
    [512, '512 bytes'],
    [64 * 1024, '64 KB'],
    [20 * 1024 * 1024, '20 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
  ])('writes %i bytes as %s', (bytes, text) => {
    expect(size(bytes)).toBe(text);
  });

  it('explains a refused downgrade differently from a forbidden scheme', () => {
    expect(fetchMessages.badRedirect('http:')).toMatch(/secure \(https\) address to an insecure \(http\)/);
    expect(fetchMessages.badRedirect('file:')).toBe(
      'The server redirected to a "file:" address, which Broadsheet never follows.',
    );
  });
});
