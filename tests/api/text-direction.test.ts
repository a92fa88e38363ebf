import { describe, expect, it } from 'vitest';
import { scriptOfLanguage, textDirection } from '../../electron/api/text-direction';

describe('textDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['fa', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['he', 'rtl'],
    ['iw', 'rtl'],
    ['yi', 'rtl'],
    ['ps', 'rtl'],
    ['ckb', 'rtl'],
    ['sd', 'rtl'],
    ['ug', 'rtl'],
    ['dv', 'rtl'],
    ['syr', 'rtl'],
    ['az-Arab', 'rtl'],
    ['pa-Arab', 'rtl'],
    ['ku', 'ltr'],
    ['pa', 'ltr'],
    ['az', 'ltr'],
    ['en', 'ltr'],
    ['en-GB', 'ltr'],
    ['ja', 'ltr'],
    ['zh-Hant-TW', 'ltr'],
    ['ko', 'ltr'],
    ['ru', 'ltr'],
    ['uz-Latn', 'ltr'],
    ['ar-Latn', 'ltr'],
    // Unknown or malformed: let the text decide.
    ['xx', null],
    ['x-klingon', null],
    ['<script>', null],
    ['en GB', null],
    ['', null],
    [null, null],
    [undefined, null],
  ] as const)('%j is written %j', (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });

  it('names the script a language is written in', () => {
    expect(scriptOfLanguage('sr')).toBe('Cyrl');
    expect(scriptOfLanguage('sr-Latn')).toBe('Latn');
    expect(scriptOfLanguage('zh-TW')).toBe('Hant');
    expect(scriptOfLanguage('ja')).toBe('Jpan');
  });
});
