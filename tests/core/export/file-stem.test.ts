import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fileStem } from '../../../electron/core/export/file-stem';
import { NOW } from '../library/support/library-fixture';
import { createExportFixture } from './support/export-fixture';

const nfc = (text: string) => text.normalize('NFC');
const bytes = (text: string) => Buffer.byteLength(text);

describe('fileStem', () => {
  it.each([
    // Arabic: the hamza stays on its alef (it used to come off as "ا-كبر"), harakat stay on their letters.
    ['أكبر', 'أكبر'],
    ['\u0627\u0654\u0643\u0628\u0631', 'أكبر'],
    ['أكبر مشروع للطاقة الشمسية', 'أكبر-مشروع-للطاقة-الشمسية'],
    ['شَمْس', 'شَمْس'],
    // Persian keeps the zero-width non-joiner inside a word.
    ['زلزله‌ای به بزرگی پنج ریشتر', 'زلزله‌ای-به-بزرگی-پنج-ریشتر'],
    // Hebrew with niqqud, in canonical order.
    ['שָׁלוֹם עֲלֵיכֶם', nfc('שָׁלוֹם-עֲלֵיכֶם')],
    ['\u05e9\u05c1\u05b8\u05dc\u05d5\u05b9\u05dd', nfc('\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd')],
    ['서울시, 내년부터 대중교통 요금 인상', '서울시-내년부터-대중교통-요금-인상'],
    ['東京で桜が開花、平年より5日早く', '東京で桜が開花-平年より5日早く'],
    ['नई दिल्ली में बारिश', 'नई-दिल्ली-में-बारिश'],
    ['हिन्दी समाचार', 'हिन्दी-समाचार'],
    ['Tiếng Việt có dấu', 'tiếng-việt-có-dấu'],
    ['Tie\u0302\u0301ng Vie\u0323\u0302t', 'tiếng-việt'],
    ['Café Crème', 'café-crème'],
    ['Größe ÄNDERT sich', 'größe-ändert-sich'],
    ['İstanbul', 'i\u0307stanbul'],
    ['Government unveils plan: 3 things to know', 'government-unveils-plan-3-things-to-know'],
    // Emoji and symbols separate words; variation selectors and keycaps do not cling to digits.
    ['Breaking 🔥 news 🙂', 'breaking-news'],
    ['1️⃣ Number one', '1-number-one'],
    ['👨‍👩‍👧 Family', 'family'],
    ['🔥🔥🔥', 'export'],
    // Never a path, never hidden, never a reserved device name.
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\Windows\\System32', 'windows-system32'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['.hidden', 'hidden'],
    ['..', 'export'],
    ['a\u0000b\u0007c', 'a-b-c'],
    ['evil\u202Egnp.exe', 'evil-gnp-exe'],
    ['CON', 'con-export'],
    ['nul', 'nul-export'],
    ['Com1', 'com1-export'],
    ['Console', 'console'],
    // A mark with no letter before it is dropped.
    ['\u0301abc', 'abc'],
    ['', 'export'],
    ['   ', 'export'],
  ])('%j → %j', (title, stem) => {
    expect(fileStem(title)).toBe(stem);
  });

  it.each([
    ['Latin', 'a'.repeat(200), 'a'.repeat(60)],
    ['Korean', '가'.repeat(100), '가'.repeat(50)],
    ['astral Han', '𠀀'.repeat(100), '𠀀'.repeat(37)],
  ])('cuts a long %s title within 60 characters and 150 bytes', (_, title, stem) => {
    expect(fileStem(title)).toBe(stem);
  });

  it.each(['क्षत्रिय', 'שָׁלוֹם', 'tiếng', 'أَكْبَر'])('never cuts a letter of %s from its marks', (word) => {
    const stem = fileStem(`${word} `.repeat(60));
    const slug = `${word}-`.repeat(60);
    const boundaries = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(slug)].map(
      (g) => g.index,
    );
    expect(slug.startsWith(stem)).toBe(true);
    expect(boundaries).toContain(stem.length);
    expect(bytes(stem)).toBeLessThanOrEqual(150);
  });
});

describe('Markdown file names in a zip', () => {
  it('keep Arabic, Hebrew and Korean titles whole', async () => {
    const f = createExportFixture();
    try {
      const titles = ['أكبر مشروع للطاقة', 'שָׁלוֹם עֲלֵיכֶם', '서울시 대중교통', '../../escape'];
      const ids = f.ingest(
        f.feedId,
        titles.map((title, i) => ({ guid: `t${i}`, title, publishedAt: NOW, contentHtml: '<p>x</p>' })),
      );
      const out = await f.exportAs({ what: { kind: 'articles', ids }, format: 'md', options: { images: 'embed' } });
      const names = Object.keys(unzipSync(readFileSync(out.path))).sort();
      expect(names).toEqual(
        [
          '2025-06-15-أكبر-مشروع-للطاقة.md',
          nfc('2025-06-15-שָׁלוֹם-עֲלֵיכֶם.md'),
          '2025-06-15-서울시-대중교통.md',
          '2025-06-15-escape.md',
        ].sort(),
      );
    } finally {
      f.dispose();
    }
  });
});
