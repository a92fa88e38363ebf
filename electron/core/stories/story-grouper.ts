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
import { differentDays } from './day-markers';
import { linksOf } from './links';
import { cosine, termCounts, TermIds, tfidfVector, type SparseVector } from './similarity';
import { readText } from './tokens';

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
  /** How much of the lead is read: its first sentence or so, which says what happened; later ones add context. */
  leadChars: number;
  /**
   * Finding candidates is bounded so that grouping costs the sync the same with a thousand articles in the window
   * as with ten: only the new article's `queryTerms` weightiest terms are looked up, each in its `maxPostings` most
   * recent articles, and the `candidates` with the largest share of the dot product so found are compared in full.
   * A retelling shares the rare words (names, places, figures), which weigh most, and comes soon after.
   */
  queryTerms: number;
  maxPostings: number;
  candidates: number;
}

/** Chosen on the tuning half of the labelled set (tests/fixtures/stories; the README here says how). */
export const DEFAULT_GROUPING: GroupingOptions = {
  windowMs: 30 * 60 * 60 * 1000,
  threshold: 0.2,
  costPerHour: 0.003,
  titleWeight: 2,
  leadChars: 120,
  queryTerms: 8,
  maxPostings: 16,
  candidates: 4,
};

const HOUR_MS = 60 * 60 * 1000;
/** A title longer than this is a feed's mistake (a whole paragraph); the rest would only cost time. */
const TITLE_CHARS = 300;

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

interface Member extends Omit<StorySignature, 'counts'> {
  vector: SparseVector;
}

/** The remembered articles (by number) that hold a term, in arrival order, with the term's weight in each. */
interface Postings {
  members: number[];
  weights: number[];
}

export interface Placement {
  /** The story joined, or '' when the article starts its own. */
  storyId: string;
  /** Why: 'link' (same canonical link), 'words' (similar enough), 'alone' (a story of its own so far). */
  reason: 'link' | 'words' | 'alone';
  /** The earlier article it was grouped with, for 'link' and 'words'. */
  with?: string;
}

/** An article's signature before it is placed (its story not yet known). */
export function signatureOf(
  article: StoryArticle,
  options: GroupingOptions = DEFAULT_GROUPING,
): Omit<StorySignature, 'storyId'> {
  const title = readText(article.title.slice(0, TITLE_CHARS));
  const lead = readText(article.lead.slice(0, options.leadChars), { tokens: [], days: title.days });
  return {
    id: article.id,
    time: article.time,
    links: linksOf(article),
    counts: termCounts(title.tokens, lead.tokens, options.titleWeight),
    days: title.days,
    ...(article.source === undefined ? {} : { source: article.source }),
  };
}

export class StoryGrouper {
  private readonly byLink = new Map<string, Member>();
  private readonly termIds = new TermIds();
  /** By term number: the articles that hold it. */
  private readonly byTerm: Postings[] = [];
  /** By term number: its document frequency over the remembered articles, for IDF. */
  private readonly frequency: number[] = [];
  private documents = 0;
  private visits = 0;
  /**
   * By member number: the member, and beside it in flat arrays what the candidate search reads and writes for
   * every posting it walks (walking postings is most of grouping's cost).
   */
  private readonly members: Member[] = [];
  private readonly times: number[] = [];
  private readonly sources: (string | undefined)[] = [];
  private readonly visited: number[] = [];
  private readonly sums: number[] = [];

  constructor(readonly options: GroupingOptions = DEFAULT_GROUPING) {}

  /**
   * Remembers an article already placed (read back from the library, or just placed by `add`, which hands over
   * the vector it computed: the same one, as it counted the article in the frequencies already).
   */
  remember(signature: StorySignature, vector?: SparseVector): void {
    const weights = vector ?? this.vectorOf(signature.counts, 1);
    this.documents += 1;
    for (const term of weights.terms) this.frequency[term] = (this.frequency[term] ?? 0) + 1;
    const member: Member = {
      id: signature.id,
      storyId: signature.storyId,
      time: signature.time,
      links: signature.links,
      days: signature.days,
      source: signature.source,
      vector: weights,
    };
    const number = this.members.length;
    this.members.push(member);
    this.times.push(signature.time);
    this.sources.push(signature.source);
    this.visited.push(0);
    this.sums.push(0);
    for (const link of member.links) if (!this.byLink.has(link)) this.byLink.set(link, member);
    for (let at = 0; at < weights.terms.length; at += 1) {
      const term = weights.terms[at]!;
      const postings = this.byTerm[term];
      if (postings) {
        postings.members.push(number);
        postings.weights.push(weights.weights[at]!);
      } else this.byTerm[term] = { members: [number], weights: [weights.weights[at]!] };
    }
  }

  /** Places a new article, remembers it, and says in which story and why. */
  add(article: StoryArticle): Placement & { signature: StorySignature } {
    const unplaced = signatureOf(article, this.options);
    const vector = this.vectorOf(unplaced.counts, 1);
    const placement = this.place(unplaced, vector);
    const signature: StorySignature = { ...unplaced, storyId: placement.storyId || article.id };
    this.remember(signature, vector);
    return { ...placement, storyId: signature.storyId, signature };
  }

  /** Where an article with this signature would go, without remembering it. */
  place(
    article: Omit<StorySignature, 'storyId' | 'id'>,
    vector: SparseVector = this.vectorOf(article.counts, 1),
  ): Placement {
    for (const link of article.links) {
      const same = this.byLink.get(link);
      if (same) return { storyId: same.storyId, reason: 'link', with: same.id };
    }
    const { queryTerms, maxPostings, candidates, windowMs, costPerHour } = this.options;
    // Candidates: the dot product gathered term at a time over the weightiest terms' most recent postings.
    const visit = (this.visits += 1);
    const { visited, sums, times } = this;
    const touched: number[] = [];
    for (const at of weightiest(vector, queryTerms)) {
      const weight = vector.weights[at]!;
      const postings = this.byTerm[vector.terms[at]!];
      if (postings === undefined) continue;
      const { members, weights } = postings;
      const last = Math.max(0, members.length - maxPostings);
      for (let at = members.length - 1; at >= last; at -= 1) {
        const member = members[at]!;
        if (visited[member] !== visit) {
          visited[member] = visit;
          sums[member] = 0;
          touched.push(member);
        }
        sums[member]! += weight * weights[at]!;
      }
    }
    // The `candidates` largest partial sums among the articles that may be grouped with this one, kept in order.
    const top: { member: Member; sum: number }[] = [];
    for (const number of touched) {
      const sum = sums[number]!;
      if (top.length === candidates && sum <= top[top.length - 1]!.sum) continue;
      if (Math.abs(times[number]! - article.time) > windowMs) continue;
      if (article.source !== undefined && this.sources[number] === article.source) continue;
      const member = this.members[number]!;
      if (article.days.size > 0 && differentDays(article.days, member.days)) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.sum < sum) at -= 1;
      top.splice(at, 0, { member, sum });
      if (top.length > candidates) top.pop();
    }
    let best: Member | undefined;
    let bestScore = -Infinity;
    for (const { member } of top) {
      const apart = Math.abs(member.time - article.time);
      const score = cosine(vector, member.vector) - costPerHour * (apart / HOUR_MS);
      if (score > bestScore || (score === bestScore && best !== undefined && isEarlier(member, best))) {
        best = member;
        bestScore = score;
      }
    }
    if (best && bestScore >= this.options.threshold) return { storyId: best.storyId, reason: 'words', with: best.id };
    return { storyId: '', reason: 'alone' };
  }

  /** The unit TF-IDF vector of term counts; `extra` counts an article not yet remembered in the frequencies. */
  private vectorOf(counts: ReadonlyMap<string, number>, extra: number): SparseVector {
    const terms = new Int32Array(counts.size);
    const times = new Float64Array(counts.size);
    let at = 0;
    for (const [term, count] of counts) {
      terms[at] = this.termIds.idOf(term);
      times[at] = count;
      at += 1;
    }
    return tfidfVector(terms, times, this.documents + extra, (term) => (this.frequency[term] ?? 0) + extra);
  }
}

/** Where in the vector its `count` heaviest terms are, heaviest first; equal weights in term order. */
function weightiest(vector: SparseVector, count: number): number[] {
  const top: number[] = [];
  const { weights } = vector;
  for (let index = 0; index < weights.length; index += 1) {
    const weight = weights[index]!;
    if (top.length === count && weight <= weights[top[count - 1]!]!) continue;
    let at = top.length;
    while (at > 0 && weights[top[at - 1]!]! < weight) at -= 1;
    top.splice(at, 0, index);
    if (top.length > count) top.pop();
  }
  return top;
}

function isEarlier(a: Member, b: Member): boolean {
  return a.time < b.time || (a.time === b.time && a.id < b.id);
}
