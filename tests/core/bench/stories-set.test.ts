import { describe, expect, it } from 'vitest';
import {
  checkHalves,
  HALVES,
  isIsoTime,
  LabelledSetError,
  loadLabelledSet,
  loadNearMisses,
  NEAR_MISS_KINDS,
  parseHalf,
  STORY_LANGUAGES,
  type LabelledArticle,
} from '../../../scripts/bench/stories/labelled-set';
import { scorePairwise } from '../../../scripts/bench/stories/pairwise-score';

/**
 * The labelled story set is what issue 18 asks for before any grouping code: at least 600 headlines with leads
 * in English, Korean and Arabic, split by story into a tuning and a test half, each with retellings, singletons
 * and near misses; and a pairwise scorer whose edge cases are pinned here.
 */
const set = loadLabelledSet();
const nearMisses = loadNearMisses();

function storySizes(records: readonly LabelledArticle[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const record of records) sizes.set(record.story, (sizes.get(record.story) ?? 0) + 1);
  return sizes;
}

describe('the labelled story set', () => {
  it('holds at least 600 headlines, at least 150 in each language, split about evenly', () => {
    const all = [...set.tuning, ...set.test];
    expect(all.length).toBeGreaterThanOrEqual(600);
    for (const language of STORY_LANGUAGES)
      expect(all.filter((record) => record.language === language).length, language).toBeGreaterThanOrEqual(150);
    expect(Math.abs(set.tuning.length - set.test.length)).toBeLessThanOrEqual(all.length * 0.05);
  });

  it.each(HALVES)('the %s half has each language with multi-article stories and singletons', (half) => {
    for (const language of STORY_LANGUAGES) {
      const sizes = [...storySizes(set[half].filter((record) => record.language === language)).values()];
      expect(sizes.filter((size) => size > 1).length, `${half} ${language} multi-article`).toBeGreaterThanOrEqual(10);
      expect(sizes.filter((size) => size === 1).length, `${half} ${language} singletons`).toBeGreaterThanOrEqual(10);
    }
  });

  it("publishes a story's copies within three days of each other", () => {
    const times = new Map<string, number[]>();
    for (const record of [...set.tuning, ...set.test])
      times.set(record.story, [...(times.get(record.story) ?? []), Date.parse(record.published)]);
    for (const [story, list] of times)
      expect(Math.max(...list) - Math.min(...list), story).toBeLessThanOrEqual(3 * 24 * 3600_000);
  });

  it('lets wire reprints share a canonical link, and never across stories', () => {
    const storiesOf = new Map<string, Set<string>>();
    for (const record of [...set.tuning, ...set.test])
      if (record.canonical)
        storiesOf.set(record.canonical, (storiesOf.get(record.canonical) ?? new Set()).add(record.story));
    const shared = [...set.tuning, ...set.test].filter(
      (record) => record.canonical && record.canonical !== record.link,
    );
    expect(shared.length).toBeGreaterThan(20);
    for (const [canonical, stories] of storiesOf) expect(stories.size, canonical).toBe(1);
  });

  it.each(HALVES)('the %s half plants near misses of every kind in every language', (half) => {
    const storyOf = new Map(set[half].map((record) => [record.story, record.language]));
    for (const language of STORY_LANGUAGES) {
      const pairs = nearMisses.filter((pair) => pair.half === half && pair.language === language);
      expect(new Set(pairs.map((pair) => pair.kind)), `${half} ${language}`).toEqual(new Set(NEAR_MISS_KINDS));
      for (const pair of pairs) {
        // Both stories exist in the half and language the pair names, and are two different stories.
        expect(storyOf.get(pair.a), pair.a).toBe(language);
        expect(storyOf.get(pair.b), pair.b).toBe(language);
        expect(pair.a).not.toBe(pair.b);
        expect(pair.why.length).toBeGreaterThan(10);
      }
    }
  });
});

const record = (over: Partial<LabelledArticle> & { id: string }): LabelledArticle => ({
  language: 'en',
  feed: 'https://wire.example/rss/world.xml',
  link: `https://wire.example/world/${over.id}`,
  published: '2025-03-03T02:14:00Z',
  title: 'Magnitude 6.1 earthquake strikes off southern Crete',
  lead: 'A magnitude 6.1 earthquake struck off the southern coast of Crete early on Monday.',
  story: 'en-quake',
  ...over,
});
const lines = (...records: object[]) => records.map((value) => JSON.stringify(value)).join('\n');
function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof LabelledSetError) return error.problems;
    throw error;
  }
  return [];
}

describe('the labelled set checker', () => {
  it('accepts well-formed records, with or without a canonical link and in any offset', () => {
    const text = lines(
      record({ id: 'en-0001' }),
      record({ id: 'en-0002', canonical: 'https://wire.example/world/en-0001' }),
      record({ id: 'ko-0001', language: 'ko', story: 'ko-quake', published: '2025-03-10T08:52:00+09:00' }),
    );
    expect(parseHalf(text, 'tiny.jsonl').map((article) => article.id)).toEqual(['en-0001', 'en-0002', 'ko-0001']);
  });

  it('names each broken record by line and says what is wrong', () => {
    const text = lines(
      record({ id: 'en-0001' }),
      { ...record({ id: 'en-0002' }), language: 'fr' },
      { ...record({ id: 'en-0003' }), title: ' ' },
      { ...record({ id: 'en-0004' }), section: 'World' },
    );
    const problems = problemsOf(() => parseHalf(`${text}\nnot json`, 'tiny.jsonl'));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^line 2 \(en-0002\) has language "fr"/),
        'line 3 (en-0003) has an empty title',
        'line 4 (en-0004) has an unknown field "section"',
        expect.stringMatching(/^line 5 is not JSON/),
      ]),
    );
    const { story: _, ...storyless } = record({ id: 'en-0005' });
    expect(problemsOf(() => parseHalf(lines(storyless), 'tiny.jsonl'))).toEqual(['line 1 (en-0005) has no "story"']);
  });

  it('refuses times that are not ISO 8601 with an offset, and impossible dates', () => {
    expect(isIsoTime('2025-03-03T02:14:00Z')).toBe(true);
    expect(isIsoTime('2025-03-03T11:14+09:00')).toBe(true);
    expect(isIsoTime('2025-03-03T02:14:00.250-05:00')).toBe(true);
    for (const bad of [
      '2025-03-03 02:14:00Z',
      '2025-03-03T02:14:00',
      '2025-02-30T00:00:00Z',
      '2025-13-01T00:00Z',
      'Mon, 3 Mar 2025',
    ])
      expect(isIsoTime(bad), bad).toBe(false);
    expect(problemsOf(() => parseHalf(lines(record({ id: 'en-0001', published: '3 March 2025' })), 'x'))).toEqual([
      expect.stringMatching(/^line 1 \(en-0001\) has published "3 March 2025"; it must be an ISO 8601 time/),
    ]);
  });

  it('refuses an id used twice, an id of another language, and a story told in two languages', () => {
    const text = lines(
      record({ id: 'en-0001' }),
      record({ id: 'en-0001' }),
      record({ id: 'ko-0001', language: 'ko', story: 'en-quake' }),
      record({ id: 'en-0002', language: 'ar', story: 'ar-quake' }),
    );
    expect(problemsOf(() => parseHalf(text, 'tiny.jsonl'))).toEqual([
      expect.stringMatching(/^line 4 \(en-0002\) has id "en-0002"; it must be the language/),
      'story en-quake is told in en and in ko (ko-0001); a story stays within one language',
      'id en-0001 is used 2 times',
    ]);
  });

  it('refuses a story split between the halves, and an id in both', () => {
    const tuning = [record({ id: 'en-0001' }), record({ id: 'en-0002', story: 'en-other' })];
    const test = [record({ id: 'en-0003' }), record({ id: 'en-0002', story: 'en-third' })];
    expect(problemsOf(() => checkHalves(tuning, test))).toEqual([
      'id en-0002 is in both halves',
      'story en-quake is in both halves; a story belongs to one half, never split',
    ]);
    expect(problemsOf(() => checkHalves(tuning, [record({ id: 'en-0009', story: 'en-new' })]))).toEqual([]);
  });
});

describe('pairwise precision and recall', () => {
  // Two stories of three and two articles, one singleton, and a Korean story of two: 3 + 1 + 1 = 5 true pairs.
  const tiny = [
    record({ id: 'en-0001', story: 'en-a' }),
    record({ id: 'en-0002', story: 'en-a' }),
    record({ id: 'en-0003', story: 'en-a' }),
    record({ id: 'en-0004', story: 'en-b' }),
    record({ id: 'en-0005', story: 'en-b' }),
    record({ id: 'en-0006', story: 'en-c' }),
    record({ id: 'ko-0001', language: 'ko', story: 'ko-a' }),
    record({ id: 'ko-0002', language: 'ko', story: 'ko-a' }),
  ];

  it('scores the true grouping 1 and 1', () => {
    const score = scorePairwise(tiny, Object.fromEntries(tiny.map((article) => [article.id, article.story])));
    expect(score.overall).toMatchObject({ truePairs: 5, predictedPairs: 5, correctPairs: 5, precision: 1, recall: 1 });
    expect(score.byLanguage.en).toMatchObject({ truePairs: 4, precision: 1, recall: 1 });
    expect(score.byLanguage.ko).toMatchObject({ truePairs: 1, precision: 1, recall: 1 });
  });

  it('scores everything in one group at recall 1 and precision true pairs / all pairs', () => {
    const score = scorePairwise(tiny, new Map(tiny.map((article) => [article.id, 'everything'])));
    // 8 articles make 28 pairs; 5 of them are true.
    expect(score.overall).toMatchObject({ predictedPairs: 28, correctPairs: 5, recall: 1 });
    expect(score.overall.precision).toBeCloseTo(5 / 28, 12);
    // Within English, 6 articles make 15 pairs, 4 true; the 12 cross-language pairs count only overall.
    expect(score.byLanguage.en!.precision).toBeCloseTo(4 / 15, 12);
    expect(score.byLanguage.ko).toMatchObject({ predictedPairs: 1, precision: 1, recall: 1 });
  });

  it('scores all singletons at recall 0, and precision 1 since no pair was claimed', () => {
    const score = scorePairwise(tiny, Object.fromEntries(tiny.map((article) => [article.id, article.id])));
    expect(score.overall).toMatchObject({ predictedPairs: 0, correctPairs: 0, precision: 1, recall: 0 });
    // An empty prediction means the same: an article left out is a group of its own.
    expect(scorePairwise(tiny, {}).overall).toEqual(score.overall);
  });

  it('counts a half-right grouping pair by pair', () => {
    // Story en-a split 2 + 1, en-b merged with the singleton: correct 1 + 1 = 2 of 1 + 3 = 4 predicted, of 5 true.
    const score = scorePairwise(tiny, {
      'en-0001': 'g1',
      'en-0002': 'g1',
      'en-0003': 'g2',
      'en-0004': 'g3',
      'en-0005': 'g3',
      'en-0006': 'g3',
      'ko-0001': 'g4',
    });
    expect(score.overall).toMatchObject({ predictedPairs: 4, correctPairs: 2, truePairs: 5 });
    expect(score.overall.precision).toBe(0.5);
    expect(score.overall.recall).toBe(0.4);
    expect(score.byLanguage.ko).toMatchObject({ predictedPairs: 0, precision: 1, recall: 0 });
  });

  it('keeps predicted group ids apart from article ids, and scores only singletons at recall 1', () => {
    // Group id "en-0002" for en-0001 must not merge it with the left-out article en-0002.
    expect(scorePairwise(tiny.slice(0, 2), { 'en-0001': 'en-0002' }).overall).toMatchObject({ predictedPairs: 0 });
    const singles = [record({ id: 'en-0001', story: 'en-x' }), record({ id: 'en-0002', story: 'en-y' })];
    expect(scorePairwise(singles, {}).overall).toMatchObject({ truePairs: 0, precision: 1, recall: 1 });
  });

  it('refuses a prediction naming articles the records do not hold', () => {
    expect(() => scorePairwise(tiny, { 'en-9999': 'g' })).toThrow(/not in the labelled records: en-9999/);
  });

  it('runs on a real half: the label itself scores 1 and 1 there', () => {
    const score = scorePairwise(
      set.tuning,
      Object.fromEntries(set.tuning.map((article) => [article.id, article.story])),
    );
    expect(score.overall).toMatchObject({ precision: 1, recall: 1 });
    expect(Object.keys(score.byLanguage).sort()).toEqual(['ar', 'en', 'ko']);
  });
});
