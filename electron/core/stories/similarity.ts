/**
 * How alike two articles' tokens are: cosine similarity of TF-IDF vectors, the textbook measure for "do these
 * two short texts say the same thing" (Salton's vector space model). Term frequency counts a title word more
 * than a lead word (headlines name the event; leads add context every story shares), and inverse document
 * frequency over the articles the grouper remembers lets a rare name ("Volsen", "장보고기지") outweigh a word
 * every article uses ("government", "정부").
 *
 * Terms are numbered (`TermIds`) and a vector is two parallel arrays sorted by term number, unit length: a
 * comparison is one merge of two short sorted arrays, with no hashing, because this runs for every new article
 * inside the sync's store step.
 */

export interface SparseVector {
  /** Term numbers, ascending. */
  readonly terms: Int32Array;
  /** Each term's weight; the vector has unit length. */
  readonly weights: Float64Array;
}

/** Term counts: title tokens count `titleWeight` each, lead tokens 1. */
export function termCounts(
  titleTokens: readonly string[],
  leadTokens: readonly string[],
  titleWeight: number,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of titleTokens) counts.set(token, (counts.get(token) ?? 0) + titleWeight);
  for (const token of leadTokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Smoothed inverse document frequency: never zero, so a word every article has still counts a little. */
export function idf(documents: number, containing: number): number {
  return Math.log((documents + 1) / (containing + 1)) + 1;
}

/** Numbers for terms, given in the order terms are first seen. */
export class TermIds {
  private readonly ids = new Map<string, number>();

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

/**
 * The unit TF-IDF vector of term counts (`terms[i]` seen `counts[i]` times, in any order), given each term's
 * document frequency: weight = (1 + ln count) × idf.
 */
export function tfidfVector(
  terms: Int32Array,
  counts: Float64Array,
  documents: number,
  frequency: (term: number) => number,
): SparseVector {
  const order = Array.from(terms.keys()).sort((a, b) => terms[a]! - terms[b]!);
  const sorted = new Int32Array(terms.length);
  const weights = new Float64Array(terms.length);
  let norm = 0;
  order.forEach((from, to) => {
    const term = terms[from]!;
    const weight = (1 + Math.log(counts[from]!)) * idf(documents, frequency(term));
    sorted[to] = term;
    weights[to] = weight;
    norm += weight * weight;
  });
  const length = Math.sqrt(norm);
  if (length > 0) for (let at = 0; at < weights.length; at += 1) weights[at]! /= length;
  return { terms: sorted, weights };
}

/** The dot product of two unit vectors: one merge of their sorted terms. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i]!;
    const y = b.terms[j]!;
    if (x === y) {
      sum += a.weights[i]! * b.weights[j]!;
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return sum;
}
