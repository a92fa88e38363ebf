import { beforeAll, describe, expect, it } from 'vitest';
import { chooseLanguage, type LanguageDetector } from '../../../electron/core/language/choose-language';
import { loadLanguageDetector } from '../../../electron/core/language/language-detector';
import { LANGUAGE_SAMPLES } from '../../fixtures/language/language-samples';

let detect: LanguageDetector;
beforeAll(async () => {
  detect = await loadLanguageDetector();
});

const sampleText = (title: string, summary: string) => `${title}\n${summary}`;

describe('chooseLanguage', () => {
  it.each(LANGUAGE_SAMPLES.map((s) => [s.language, s.title, s.summary] as const))(
    'reads %s from an undeclared article: %s',
    (language, title, summary) => {
      expect(chooseLanguage(null, sampleText(title, summary), detect)).toEqual({ language, source: 'text' });
    },
  );

  it.each(LANGUAGE_SAMPLES.map((s) => [s.language, s.title] as const))(
    'reads %s from a title alone: %s',
    (language, title) => {
      expect(chooseLanguage(null, title, detect).language).toBe(language);
    },
  );

  it.each([
    // [declared, title, summary, expected language, expected source]
    [
      'en',
      'أكبر مشروع للطاقة الشمسية في المنطقة يبدأ العمل',
      'أعلنت وزارة الطاقة اليوم بدء تشغيل المرحلة الأولى.',
      'ar',
      'text',
    ],
    ['en', 'أكبر', '', 'ar', 'text'],
    [
      'en-US',
      'افزایش قیمت دلار در بازار تهران',
      'قیمت دلار آمریکا امروز در بازار آزاد تهران به بالاترین سطح خود رسید.',
      'fa',
      'text',
    ],
    ['en', '서울시, 내년부터 대중교통 요금 인상', '', 'ko', 'text'],
    ['ko-KR', '서울시, 내년부터 대중교통 요금 인상', '', 'ko-KR', 'feed'],
    ['en', '東京で桜が開花、平年より5日早く', '', 'ja', 'text'],
    ['zh', '東京で桜が開花、平年より5日早く', '', 'ja', 'text'],
    ['ja', '日銀金融政策維持', '', 'ja', 'feed'],
    ['zh-TW', '台灣總統大選投票率創新高', '', 'zh-TW', 'feed'],
    ['en', 'שָׁלוֹם עֲלֵיכֶם: שירים חדשים לילדים', '', 'he', 'text'],
    ['yi', 'אַ נײַע ביכל פֿאַר קינדער', '', 'yi', 'feed'],
    [
      'en_GB',
      'Government unveils plan to cut energy bills',
      'Households will receive a discount, ministers said.',
      'en-GB',
      'feed',
    ],
    [
      'en',
      'Le gouvernement présente son projet de loi sur les retraites',
      'Le texte prévoit un relèvement progressif de l’âge légal de départ à 64 ans.',
      'fr',
      'text',
    ],
    [
      'de',
      'Government unveils plan to cut energy bills',
      'Households will receive a discount on their winter bills under the new scheme, ministers said on Tuesday.',
      'en',
      'text',
    ],
    [
      'en',
      'Центробанк повысил ключевую ставку',
      'Регулятор объяснил решение ускорением инфляции и ослаблением рубля.',
      'ru',
      'text',
    ],
    // Too short to tell: the declaration stands.
    ['fr', 'Live', '', 'fr', 'feed'],
    ['de', 'OK', '', 'de', 'feed'],
    ['pt-BR', 'Fotos', '', 'pt-BR', 'feed'],
    // No letters at all.
    ['en', '2024 — 3:2', '🙂', 'en', 'feed'],
    [null, '2024 — 3:2', '🙂', null, 'none'],
    [null, 'OK', '', null, 'none'],
    [null, 'Saved page', '', null, 'none'],
    ['en', 'Saved page', '', 'en', 'feed'],
    // Hostile or broken declarations are no declaration.
    [
      '<script>',
      'Bayern München verliert überraschend in Mainz',
      'Der Rekordmeister kassierte die erste Niederlage der Saison.',
      'de',
      'text',
    ],
    ['x'.repeat(500), 'Live', '', null, 'none'],
    ['', 'Live', '', null, 'none'],
  ] as const)('declared %j, text %j %j → %j (%s)', (declared, title, summary, language, source) => {
    expect(chooseLanguage(declared, sampleText(title, summary), detect)).toEqual({ language, source });
  });
});
