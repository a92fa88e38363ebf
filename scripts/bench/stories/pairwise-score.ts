/**
 * Pairwise precision and recall of a story grouping against the labelled set (issue 18: `stories_precision`,
 * `stories_recall`). Over pairs of articles: a predicted pair is two articles the grouping put in one group; a
 * true pair is two articles of one labelled story.
 *
 *   precision = predicted pairs that are true pairs / predicted pairs
 *   recall    = predicted pairs that are true pairs / true pairs
 *
 * Edge cases, chosen so that a figure never divides by zero and never flatters a grouping that did nothing:
 * - no predicted pairs: precision is 1 (the grouping claimed nothing false), and recall is 0 whenever there were
 *   true pairs to find, so "group nothing" scores precision 1, recall 0;
 * - no true pairs (only singletons): recall is 1 (there was nothing to find);
 * - an article the prediction leaves out is a group of its own, as the `articles` command leaves `story` out
 *   for a story of one; an id the labelled records do not hold is an error (a typo would hide a pair);
 * - per language, only pairs of two articles of that language count; a predicted pair across two languages
 *   (never a true pair: stories stay within one language) counts against the overall precision only.
 */
import type { LabelledArticle } from './labelled-set';

export interface PairwiseScore {
  articles: number;
  /** Pairs the grouping put together. */
  predictedPairs: number;
  /** Pairs of articles of one labelled story. */
  truePairs: number;
  /** Predicted pairs that are true pairs. */
  correctPairs: number;
  precision: number;
  recall: number;
}

export interface StoriesScore {
  overall: PairwiseScore;
  byLanguage: Record<string, PairwiseScore>;
}

/** Article id → predicted group id. */
export type PredictedGrouping = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

type Labelled = Pick<LabelledArticle, 'id' | 'language' | 'story'>;

const pairsIn = (size: number): number => (size * (size - 1)) / 2;

function countBy(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function sumPairs(counts: Map<string, number>): number {
  let total = 0;
  for (const size of counts.values()) total += pairsIn(size);
  return total;
}

/** The figures for a set of records, each with its predicted group: counts per cell, never the pairs themselves. */
function score(records: readonly Labelled[], groupOf: (record: Labelled) => string): PairwiseScore {
  const predictedPairs = sumPairs(countBy(records.map(groupOf)));
  const truePairs = sumPairs(countBy(records.map((record) => record.story)));
  // A cell is one predicted group crossed with one story; JSON keeps its key unambiguous whatever the ids hold.
  const correctPairs = sumPairs(countBy(records.map((record) => JSON.stringify([groupOf(record), record.story]))));
  return {
    articles: records.length,
    predictedPairs,
    truePairs,
    correctPairs,
    precision: predictedPairs === 0 ? 1 : correctPairs / predictedPairs,
    recall: truePairs === 0 ? 1 : correctPairs / truePairs,
  };
}

export function scorePairwise(records: readonly Labelled[], predicted: PredictedGrouping): StoriesScore {
  const groups: ReadonlyMap<string, string> =
    predicted instanceof Map ? predicted : new Map(Object.entries(predicted as Record<string, string>));
  const known = new Set(records.map((record) => record.id));
  const unknown = [...groups.keys()].filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new Error(
      `The predicted grouping names ${unknown.length} article(s) that are not in the labelled records: ${unknown
        .slice(0, 5)
        .join(', ')}${unknown.length > 5 ? ', …' : ''}. Score a grouping of the same half it was run on.`,
    );
  // An article left out is a group of one: a key no predicted group id can take.
  const groupOf = (record: Labelled): string => {
    const group = groups.get(record.id);
    return group === undefined ? JSON.stringify(['alone', record.id]) : JSON.stringify(['group', group]);
  };
  const byLanguage: Record<string, PairwiseScore> = {};
  for (const language of [...new Set(records.map((record) => record.language))].sort())
    byLanguage[language] = score(
      records.filter((record) => record.language === language),
      groupOf,
    );
  return { overall: score(records, groupOf), byLanguage };
}
