/**
 * The rules the sync benchmark runs with `BENCH_RULES=n` (issue 18: "with 50 rules — 40 `contains`, 10 regular
 * expressions — … moves by at most 5 % in CPU time"): four in five `contains`, one in five `matches`, over the
 * fields readers write rules for (title most, then text, category, author, feed), with words of the benchmark's
 * own vocabulary at several frequencies (a few common enough to match often, most rare) and the actions rules
 * take. Deterministic for a count.
 */
import type { RuleInput } from '../../../electron/api/rule-model';
import { createCorpus, createRandom } from '../corpus';

type Condition = RuleInput['conditions'][number];
type Action = RuleInput['actions'][number];

const CATEGORIES = ['Sport', 'Culture', 'Climate', 'Health', 'Economy'];
const ACTIONS: Action[][] = [
  [{ type: 'mark-read' }],
  [{ type: 'hide' }],
  [{ type: 'tag', tag: 'watch' }],
  [{ type: 'notify' }],
  [{ type: 'skip-full-text' }],
  [{ type: 'mark-read' }, { type: 'tag', tag: 'later' }],
  [{ type: 'bookmark', tag: 'keep' }],
];

export function benchRules(count: number): RuleInput[] {
  // The same seed as the feeds' corpus (feed-documents.ts): the vocabulary is the words the articles use.
  // Words of three syllables or more: a rule's word is a name or a topic, not a fragment found inside many words.
  const { vocabulary: all } = createCorpus(createRandom(7));
  const vocabulary = all.filter((entry) => entry.length >= 7);
  const random = createRandom(18);
  const word = () => {
    // Ranks 150-3,000 of a Zipf vocabulary: a word in a title or two in a hundred down to one in a few thousand, as
    // the names and topics readers write rules for (a rule that matches most articles is no reader's rule).
    const rank = 150 + Math.floor(random() ** 2 * 3_000);
    return vocabulary[rank]!;
  };
  return Array.from({ length: count }, (_, i) => {
    const regex = i % 5 === 4;
    const conditions: Condition[] = regex ? [pattern(i, word)] : [contains(i, word)];
    if (i % 7 === 3) conditions.push({ field: 'title', op: 'not-contains', value: word() });
    if (conditions[0]!.field === 'category') conditions.push({ field: 'title', op: 'contains', value: word() });
    return {
      name: `Bench rule ${i + 1}`,
      enabled: true,
      // "Any" of one condition is "all"; a "does not contain" narrows an "all" rule.
      match: conditions.length === 1 && i % 3 === 0 ? 'any' : 'all',
      conditions,
      actions: ACTIONS[i % ACTIONS.length]!,
      ...(i % 10 === 9 ? { scope: { section: `Section ${i % 10}` } } : {}),
    };
  });
}

function contains(i: number, word: () => string): Condition {
  switch (i % 8) {
    case 0:
    case 1:
    case 2:
      return { field: 'title', op: 'contains', value: word() };
    case 3:
    case 4:
      return { field: 'text', op: 'contains', value: `${word()} ${word()}` };
    case 5:
      // A category alone would catch a tenth of every feed; readers narrow it ("football" in Sport).
      return { field: 'category', op: 'contains', value: CATEGORIES[i % CATEGORIES.length]! };
    case 6:
      return { field: 'author', op: 'contains', value: word() };
    default:
      return { field: 'feed', op: 'contains', value: `desk ${i * 7}` };
  }
}

function pattern(i: number, word: () => string): Condition {
  switch (i % 4) {
    case 0:
      return { field: 'title', op: 'matches', value: `\\b(${word()}|${word()}|${word()})\\b` };
    case 1:
      return { field: 'text', op: 'matches', value: `${word()}\\s+\\w+\\s+${word()}` };
    case 2:
      return { field: 'title', op: 'matches', value: `^${word()}` };
    default:
      return { field: 'link', op: 'matches', value: `/articles/\\d+/new\\d$` };
  }
}
