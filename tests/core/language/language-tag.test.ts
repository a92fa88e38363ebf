import { describe, expect, it } from 'vitest';
import { normalizeLanguage, primaryLanguage } from '../../../electron/core/language/language-tag';

describe('language tags', () => {
  it.each([
    ['en_GB', 'en-GB'],
    ['EN-us', 'en-US'],
    ['fr', 'fr'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    [' de, en', 'de'],
    ['<script>', null],
    ['english', null],
    ['e', null],
    ['en-' + 'a'.repeat(40), null],
    ['', null],
    [null, null],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizeLanguage(raw)).toBe(expected);
  });

  it.each([
    ['en-GB', 'en'],
    ['IW', 'he'],
    ['nb-NO', 'no'],
    ['fil', 'tl'],
    ['zh-Hant', 'zh'],
  ])('%j has the primary language %j', (tag, primary) => {
    expect(primaryLanguage(tag)).toBe(primary);
  });
});
