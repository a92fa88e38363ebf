/**
 * `npm run bench -- stories` (issue 18): pairwise precision and recall of story grouping on the labelled set's
 * test half — overall and per language — and, under `tuning_…` keys, on the tuning half the settings were chosen
 * on. Also what grouping costs per article (CPU µs, median of several rounds over both halves), since it runs
 * inside the sync's store step. Prints one JSON object.
 */
import { groupLabelled } from './group-labelled';
import { loadLabelledSet, type LabelledArticle } from './labelled-set';
import { scorePairwise, type StoriesScore } from './pairwise-score';
import { percentile } from '../measure';

const ROUNDS = 9;
const round3 = (value: number): number => Math.round(value * 1000) / 1000;

function figures(records: readonly LabelledArticle[], prefix: string): Record<string, number> {
  const score: StoriesScore = scorePairwise(records, groupLabelled(records));
  const out: Record<string, number> = {
    [`${prefix}stories_precision`]: round3(score.overall.precision),
    [`${prefix}stories_recall`]: round3(score.overall.recall),
  };
  for (const [language, part] of Object.entries(score.byLanguage)) {
    out[`${prefix}stories_precision_${language}`] = round3(part.precision);
    out[`${prefix}stories_recall_${language}`] = round3(part.recall);
  }
  out[`${prefix}articles`] = score.overall.articles;
  out[`${prefix}true_pairs`] = score.overall.truePairs;
  out[`${prefix}predicted_pairs`] = score.overall.predictedPairs;
  return out;
}

const set = loadLabelledSet();
const everything = [...set.tuning, ...set.test];
const samples: number[] = [];
for (let round = 0; round < ROUNDS; round += 1) {
  const start = process.cpuUsage();
  groupLabelled(set.tuning);
  groupLabelled(set.test);
  const used = process.cpuUsage(start);
  samples.push((used.user + used.system) / everything.length);
}

console.log(
  JSON.stringify({
    ...figures(set.test, ''),
    ...figures(set.tuning, 'tuning_'),
    grouping_cpu_us_per_article: percentile(samples, 50),
  }),
);
