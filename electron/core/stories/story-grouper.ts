/**
 * Groups articles into stories as they arrive (issue 18, item 4). Articles come in time order; each one
 *
 *  1. joins the story of an earlier article with the same canonical link (its `canonical`, or its link when it
 *     gives none, equal to the other's canonical or link): a reprint of wire copy is the same story whatever its
 *     headline says;
 *  2. otherwise joins the story holding the most similar earlier article (similarity.ts) from another feed,
 *     published within the time window either side of it, when that similarity, less a small cost per hour
 *     between the two, reaches the threshold — and unless the two name different days (day-markers.ts);
 *  3. otherwise starts a story of its own.
 *
 * Single link (a story is as close as its closest member) because retellings chain: the wire copy, a reprint
 * with a new headline, a rewrite of the reprint. The window and the hourly cost keep the chain short, and are
 * what keep "the same place, another day" apart once the words agree. Ties go to the earlier article, so the
 * result depends only on the articles and their order: deterministic.
 *
 * Pure and in memory: the library keeps recent articles' signatures in a table and hands them back here
 * (`remember`); a benchmark or a test feeds articles directly (`add`).
 */
import { dayMarkers, differentDays } from './day-markers';
import { cosine, termCounts, tfidfVector, type Vector } from './similarity';
import { storyTokens } from './tokens';

export interface StoryArticle {
  /** The article's id; also the story's id when it starts one. */
  id: string;
  /** Milliseconds since the epoch: when it was published (or first seen). */
  time: number;
  title: string;
  lead: string;
  link?: string;
  canonical?: string;
  /** The feed it came from: a story is one event told by several feeds, so two articles of one feed are never
   * grouped by their words (a feed's next article on a subject is its follow-up, not a retelling). */
  source?: string;
}

export interface GroupingOptions {
  /** Two articles further apart than this are never grouped by their words (a canonical link still groups). */
  windowMs: number;
  /** The least similarity (cosine, less the hourly cost) that groups two articles. */
  threshold: number;
  /** What each hour between two articles takes off their similarity. */
  costPerHour: number;
  /** How many times a title token counts against a lead token. */
  titleWeight: number;
}

/** Chosen on the tuning half of the labelled set (tests/fixtures/stories; the README here says how). */
export const DEFAULT_GROUPING: GroupingOptions = {
  windowMs: 30 * 60 * 60 * 1000,
  threshold: 0.2,
  costPerHour: 0.003,
  titleWeight: 2,
};

const HOUR_MS = 60 * 60 * 1000;

/** What the grouper remembers of an article: enough to compare a later one with it. */
export interface StorySignature {
  id: string;
  storyId: string;
  time: number;
  /** Its canonical link and link, normalised (`normalizeLink`). */
  links: readonly string[];
  /** Title and lead term counts (`signatureCounts`). */
  counts: ReadonlyMap<string, number>;
  /** The days it names (`dayMarkers`). */
  days: ReadonlySet<string>;
  /** The feed it came from, when known. */
  source?: string;
}

interface Member extends StorySignature {
  vector: Vector;
}

export interface Placement {
  /** The story joined, or '' when the article starts its own. */
  storyId: string;
  /** Why: 'link' (same canonical link), 'words' (similar enough), 'alone' (a story of its own so far). */
  reason: 'link' | 'words' | 'alone';
  /** The earlier article it was grouped with, for 'link' and 'words'. */
  with?: string;
}

/** Scheme, "www.", a fragment and a trailing slash never make two links different. */
export function normalizeLink(link: string): string {
  return link
    .trim()
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/#.*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

export function linksOf(article: Pick<StoryArticle, 'link' | 'canonical'>): string[] {
  const links = new Set<string>();
  for (const link of [article.canonical, article.link]) if (link) links.add(normalizeLink(link));
  return [...links];
}

/** An article's signature before it is placed (its story not yet known). */
export function signatureOf(
  article: StoryArticle,
  options: GroupingOptions = DEFAULT_GROUPING,
): Omit<StorySignature, 'storyId'> {
  return {
    id: article.id,
    time: article.time,
    links: linksOf(article),
    counts: termCounts(storyTokens(article.title), storyTokens(article.lead), options.titleWeight),
    days: dayMarkers(`${article.title} ${article.lead}`),
    ...(article.source === undefined ? {} : { source: article.source }),
  };
}

export class StoryGrouper {
  private readonly byLink = new Map<string, Member>();
  private readonly byTerm = new Map<string, Member[]>();
  /** Document frequency of each term over the remembered articles, for IDF. */
  private readonly frequency = new Map<string, number>();
  private documents = 0;

  constructor(readonly options: GroupingOptions = DEFAULT_GROUPING) {}

  /** Remembers an article already placed (read back from the library, or just placed by `add`). */
  remember(signature: StorySignature): void {
    this.documents += 1;
    for (const term of signature.counts.keys()) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
    const member: Member = { ...signature, vector: this.vectorOf(signature.counts, 0) };
    for (const link of member.links) if (!this.byLink.has(link)) this.byLink.set(link, member);
    for (const term of member.vector.keys()) {
      const list = this.byTerm.get(term);
      if (list) list.push(member);
      else this.byTerm.set(term, [member]);
    }
  }

  /** Places a new article, remembers it, and says in which story and why. */
  add(article: StoryArticle): Placement & { signature: StorySignature } {
    const unplaced = signatureOf(article, this.options);
    const placement = this.place(unplaced);
    const signature: StorySignature = { ...unplaced, storyId: placement.storyId || article.id };
    this.remember(signature);
    return { ...placement, storyId: signature.storyId, signature };
  }

  /** Where an article with this signature would go, without remembering it. */
  place(article: Omit<StorySignature, 'storyId' | 'id'>): Placement {
    for (const link of article.links) {
      const same = this.byLink.get(link);
      if (same) return { storyId: same.storyId, reason: 'link', with: same.id };
    }
    const vector = this.vectorOf(article.counts, 1);
    let best: Member | undefined;
    let bestScore = -Infinity;
    const seen = new Set<Member>();
    for (const term of vector.keys()) {
      for (const member of this.byTerm.get(term) ?? []) {
        if (seen.has(member)) continue;
        seen.add(member);
        const apart = Math.abs(member.time - article.time);
        if (apart > this.options.windowMs || differentDays(article.days, member.days)) continue;
        if (article.source !== undefined && member.source === article.source) continue;
        const score = cosine(vector, member.vector) - this.options.costPerHour * (apart / HOUR_MS);
        if (score > bestScore || (score === bestScore && best !== undefined && isEarlier(member, best))) {
          best = member;
          bestScore = score;
        }
      }
    }
    if (best && bestScore >= this.options.threshold) return { storyId: best.storyId, reason: 'words', with: best.id };
    return { storyId: '', reason: 'alone' };
  }

  /** The unit TF-IDF vector of term counts; `extra` counts an article not yet remembered in the frequencies. */
  private vectorOf(counts: ReadonlyMap<string, number>, extra: number): Vector {
    return tfidfVector(counts, this.documents + extra, (term) => (this.frequency.get(term) ?? 0) + extra);
  }
}

function isEarlier(a: Member, b: Member): boolean {
  return a.time < b.time || (a.time === b.time && a.id < b.id);
}
