import { describe, expect, it } from 'vitest';
import { dominantScript } from '../../../electron/core/language/text-script';

describe('dominantScript', () => {
  it('counts the letters of the dominant script, CJK characters as three', () => {
    expect(dominantScript('Saved page')).toEqual({ script: 'Latn', letters: 9 });
    expect(dominantScript('서울 날씨 ok')).toEqual({ script: 'Kore', letters: 12 });
  });

  it.each([
    ['Government unveils plan', 'Latn'],
    ['Tiếng Việt có dấu', 'Latn'],
    ['Центробанк повысил ставку', 'Cyrl'],
    ['أكبر مشروع للطاقة', 'Arab'],
    ['شَمْس', 'Arab'],
    ['שָׁלוֹם עֲלֵיכֶם', 'Hebr'],
    ['Η κυβέρνηση', 'Grek'],
    ['서울시 대중교통', 'Kore'],
    ['東京で桜が開花', 'Jpan'],
    ['政府、物価高対策を閣議決定', 'Jpan'],
    ['中国经济第三季度增长', 'Hani'],
    ['नई दिल्ली में बारिश', 'Deva'],
    ['กรุงเทพมหานคร', 'Thai'],
    // Mixed: the script with the most weight wins; a CJK character weighs three letters.
    ['BTS 새 앨범 발표', 'Kore'],
    ['Apple、新型iPhoneを発表', 'Jpan'],
    ['Opinion: لماذا نكتب', 'Arab'],
    ['Interview with the author of «الخبز الحافي» about his life and work', 'Latn'],
    // A lone kana in Chinese text does not make it Japanese.
    ['台湾总统大选投票率创新高，中选会表示本次投票率达到百分之七十五以上の', 'Hani'],
    // No letters.
    ['2024 — 3:2 🙂', null],
    ['', null],
    ['\u0000\u202e\u200f', null],
  ] as const)('%j is written in %j', (text, script) => {
    expect(dominantScript(text)?.script ?? null).toBe(script);
  });
});
