/**
 * The labelled story set (tests/fixtures/stories, issue 18): headlines with their leads, each labelled with the
 * story (event) it tells. Loads a half and refuses a record that would make the figures meaningless: a missing
 * field, an unknown language, a time that is not ISO 8601, an id used twice, a story told in two languages or
 * present in both halves. Never tune on the test half: the README says why.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STORIES_DIR = join(process.cwd(), 'tests', 'fixtures', 'stories');
export const STORY_LANGUAGES = ['en', 'ko', 'ar'] as const;
export type StoryLanguage = (typeof STORY_LANGUAGES)[number];
export const HALVES = ['tuning', 'test'] as const;
export type Half = (typeof HALVES)[number];

export interface LabelledArticle {
  id: string;
  language: StoryLanguage;
  feed: string;
  link: string;
  /** The canonical URL the outlet gives; wire reprints share the wire article's. */
  canonical?: string;
  published: string;
  title: string;
  lead: string;
  /** Records with the same story tell the same event; a singleton has a story of its own. */
  story: string;
}

export const NEAR_MISS_KINDS = [
  'same-topic-different-event',
  'same-place-different-day',
  'same-people-different-meeting',
  'follow-up',
  'same-numbers',
  'generic-headline',
] as const;

export interface NearMiss {
  language: StoryLanguage;
  half: Half;
  /** Two story ids that look alike but are different events. */
  a: string;
  b: string;
  kind: (typeof NEAR_MISS_KINDS)[number];
  why: string;
}

const FIELDS = new Set(['id', 'language', 'feed', 'link', 'canonical', 'published', 'title', 'lead', 'story']);
const REQUIRED = ['id', 'language', 'feed', 'link', 'published', 'title', 'lead', 'story'];
/** A date and time with seconds optional, and always an offset: a time without one is ambiguous. */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Thrown with every problem found, one a line, so a broken set is fixed in one pass. */
export class LabelledSetError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`${source} is not a valid labelled story set:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'LabelledSetError';
  }
}

export function isIsoTime(value: string): boolean {
  const match = ISO_TIME.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part)));
  // Date.parse rolls 30 February over into March: check the calendar by hand.
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    offsetHours! <= 14 &&
    offsetMinutes! <= 59
  );
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function recordProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['is not a JSON object'];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record)) if (!FIELDS.has(key)) problems.push(`has an unknown field "${key}"`);
  for (const key of REQUIRED) if (!(key in record)) problems.push(`has no "${key}"`);
  const { id, language, feed, link, canonical, published, title, lead, story } = record;
  if (!STORY_LANGUAGES.includes(language as StoryLanguage))
    problems.push(`has language ${JSON.stringify(language)}; it must be one of ${STORY_LANGUAGES.join(', ')}`);
  if (
    'id' in record &&
    (typeof id !== 'string' || !/^[a-z]{2}-\d{4,}$/.test(id) || !id.startsWith(`${String(language)}-`))
  )
    problems.push(`has id ${JSON.stringify(id)}; it must be the language, a dash and a number, like "en-0001"`);
  if ('story' in record && (typeof story !== 'string' || story.trim() === ''))
    problems.push(`has story ${JSON.stringify(story)}; it must name the story, like "en-quake-crete"`);
  for (const [key, url] of [
    ['feed', feed],
    ['link', link],
  ] as const)
    if (key in record && !isHttpUrl(url)) problems.push(`has a ${key} that is not an http(s) URL`);
  if ('canonical' in record && !isHttpUrl(canonical)) problems.push('has a canonical that is not an http(s) URL');
  if ('published' in record && (typeof published !== 'string' || !isIsoTime(published)))
    problems.push(
      `has published ${JSON.stringify(published)}; it must be an ISO 8601 time with an offset, like "2025-03-03T02:14:00Z"`,
    );
  for (const [key, text] of [
    ['title', title],
    ['lead', lead],
  ] as const)
    if (key in record && (typeof text !== 'string' || text.trim() === '')) problems.push(`has an empty ${key}`);
  return problems;
}

/**
 * Parses one half's JSON Lines and checks each record and the half as a whole (unique ids, every story within
 * one language). `source` names the file in the errors.
 */
export function parseHalf(text: string, source: string): LabelledArticle[] {
  const problems: string[] = [];
  const records: LabelledArticle[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push(`${where} is not JSON (${(error as Error).message})`);
      return;
    }
    const found = recordProblems(value);
    if (found.length > 0) {
      const id = (value as { id?: unknown } | null)?.id;
      for (const problem of found) problems.push(`${where}${typeof id === 'string' ? ` (${id})` : ''} ${problem}`);
      return;
    }
    records.push(value as LabelledArticle);
  });
  const seen = new Map<string, number>();
  const storyLanguage = new Map<string, StoryLanguage>();
  for (const record of records) {
    seen.set(record.id, (seen.get(record.id) ?? 0) + 1);
    const language = storyLanguage.get(record.story);
    if (language === undefined) storyLanguage.set(record.story, record.language);
    else if (language !== record.language)
      problems.push(
        `story ${record.story} is told in ${language} and in ${record.language} (${record.id}); a story stays within one language`,
      );
  }
  for (const [id, count] of seen) if (count > 1) problems.push(`id ${id} is used ${count} times`);
  if (records.length === 0 && problems.length === 0) problems.push('holds no records');
  if (problems.length > 0) throw new LabelledSetError(source, problems);
  return records;
}

/** The checks across the two halves: no id in both, and no story split between them. */
export function checkHalves(tuning: readonly LabelledArticle[], test: readonly LabelledArticle[]): void {
  const problems: string[] = [];
  const tuningIds = new Set(tuning.map((record) => record.id));
  const tuningStories = new Set(tuning.map((record) => record.story));
  for (const id of new Set(test.map((record) => record.id)))
    if (tuningIds.has(id)) problems.push(`id ${id} is in both halves`);
  for (const story of new Set(test.map((record) => record.story)))
    if (tuningStories.has(story))
      problems.push(`story ${story} is in both halves; a story belongs to one half, never split`);
  if (problems.length > 0) throw new LabelledSetError('the two halves', problems);
}

export function halfPath(half: Half, dir = STORIES_DIR): string {
  return join(dir, `${half}.jsonl`);
}

export function loadHalf(half: Half, dir = STORIES_DIR): LabelledArticle[] {
  return parseHalf(readFileSync(halfPath(half, dir), 'utf8'), `${half}.jsonl`);
}

/** Both halves, checked each on its own and against each other. */
export function loadLabelledSet(dir = STORIES_DIR): Record<Half, LabelledArticle[]> {
  const tuning = loadHalf('tuning', dir);
  const test = loadHalf('test', dir);
  checkHalves(tuning, test);
  return { tuning, test };
}

export function loadNearMisses(dir = STORIES_DIR): NearMiss[] {
  return (JSON.parse(readFileSync(join(dir, 'near-misses.json'), 'utf8')) as { pairs: NearMiss[] }).pairs;
}
