import type { ParsedEntry } from '../../electron/core/library/articles/parsed-entry';

/**
 * A synthetic but realistically shaped news corpus: Zipf-distributed words
 * from a 30,000-word Latin-script vocabulary (with accents, as in French,
 * Spanish, German and Portuguese news), and a share of Korean, Japanese and
 * Chinese articles built from real words. Article sizes follow what feeds
 * send: some only a summary, most the full text. Deterministic for a seed.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ra',
  'sé',
  'tu',
  'vo',
  'bri',
  'cha',
  'dé',
  'für',
  'gan',
  'hö',
  'ión',
  'jo',
  'ção',
  'ste',
  'pol',
  'mar',
  'eco',
  'tor',
  'lan',
  'ver',
  'ñá',
  'qui',
  'zer',
  'wal',
  'ost',
  'ür',
];
const KOREAN = [
  '서울',
  '대통령',
  '경제',
  '정부',
  '국회',
  '발표',
  '한국',
  '시장',
  '기업',
  '정책',
  '선거',
  '북한',
  '날씨',
  '교육',
  '병원',
];
const PARTICLES = ['', '에서', '이', '가', '은', '는', '을', '를', '의'];
const JAPANESE = [
  '東京',
  '政府',
  '経済',
  '発表',
  '新しい',
  '政策',
  '首相',
  '市場',
  '会社',
  '地震',
  '選挙',
  '大阪',
  '教育',
  'で',
  'が',
  'を',
  'は',
  'しました',
];
const CHINESE = [
  '北京',
  '上海',
  '政府',
  '经济',
  '政策',
  '今天',
  '宣布',
  '市场',
  '公司',
  '增长',
  '发展',
  '国际',
  '新闻',
  '人民',
  '银行',
];
const CATEGORIES = [
  'World',
  'Politics',
  'Economy',
  'Technology',
  'Science',
  'Sport',
  'Culture',
  'Korea',
  'West Asia',
  'Europe',
  'Health',
  'Climate',
];

export interface Corpus {
  vocabulary: string[];
  entry(feed: number, index: number, time: number): ParsedEntry;
}

export function createCorpus(random: () => number, size = 30_000): Corpus {
  const vocabulary = Array.from({ length: size }, (_, i) => {
    let word = '';
    for (let n = 1 + (i % 3) + Math.floor(random() * 2); n > 0; n -= 1)
      word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return word;
  });
  // Zipf: the k-th most common word appears about 1/k as often as the first.
  const cumulative: number[] = [];
  vocabulary.reduce((sum, _, k) => (cumulative[k] = sum + 1 / (k + 1)), 0);
  const total = cumulative[cumulative.length - 1]!;
  const zipf = () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (cumulative[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return vocabulary[low]!;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const latin = (words: number) => Array.from({ length: words }, zipf).join(' ');
  const cjk = (language: string, chars: number) => {
    let out = '';
    while (out.length < chars) {
      if (language === 'ko') out += `${pick(KOREAN)}${pick(PARTICLES)} `;
      else out += pick(language === 'ja' ? JAPANESE : CHINESE);
      if (random() < 0.08) out += language === 'ko' ? '. ' : '。';
    }
    return out;
  };

  return {
    vocabulary,
    entry(feed, index, time) {
      const roll = random();
      const language = roll < 0.05 ? 'ko' : roll < 0.1 ? 'ja' : roll < 0.15 ? 'zh' : 'en';
      const title = language === 'en' ? latin(6 + Math.floor(random() * 8)) : cjk(language, 20);
      // Two feeds in five publish summaries only; the rest full articles of 150-800 words.
      const summaryOnly = feed % 5 < 2;
      const count = summaryOnly ? 1 + Math.floor(random() * 2) : 4 + Math.floor(random() * 7);
      const paragraphs = Array.from({ length: count }, () =>
        language === 'en' ? latin(30 + Math.floor(random() * 50)) : cjk(language, 100),
      );
      return {
        guid: `https://feed-${feed}.example/articles/${index}`,
        url: `https://feed-${feed}.example/articles/${index}`,
        title,
        author: random() < 0.7 ? `${pick(vocabulary)} ${pick(vocabulary)}` : null,
        publishedAt: time,
        summary: paragraphs[0]!.slice(0, 280),
        contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
        text: paragraphs.join('\n'),
        language,
        leadImageUrl: `https://img.example/${feed}/${index}.jpg`,
        categories: [pick(CATEGORIES), ...(random() < 0.5 ? [pick(CATEGORIES)] : [])],
      };
    },
  };
}
