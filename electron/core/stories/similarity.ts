/**
 * How alike two articles' tokens are: cosine similarity of TF-IDF vectors, the textbook measure for "do these
 * two short texts say the same thing" (Salton's vector space model). Term frequency counts a title word more
 * than a lead word (headlines name the event; leads add context every story shares), and inverse document
 * frequency over the articles the grouper has seen lets a rare name ("Volsen", "장보고기지") outweigh a word
 * every article uses ("government", "정부"). The vectors are kept unit-length, so a comparison is one pass over
 * the shorter vector.
 */

export type Vector = ReadonlyMap<string, number>;

/** Term counts: title tokens count `titleWeight` each, lead tokens 1. */
export function termCounts(titleTokens: readonly string[], leadTokens: readonly string[], titleWeight: number) {
  const counts = new Map<string, number>();
  for (const token of titleTokens) counts.set(token, (counts.get(token) ?? 0) + titleWeight);
  for (const token of leadTokens) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Smoothed inverse document frequency: never zero, so a word every article has still counts a little. */
export function idf(documents: number, containing: number): number {
  return Math.log((documents + 1) / (containing + 1)) + 1;
}

/** The unit TF-IDF vector of term counts, given each term's document frequency. */
export function tfidfVector(
  counts: ReadonlyMap<string, number>,
  documents: number,
  frequency: (term: string) => number,
): Vector {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * idf(documents, frequency(term));
    vector.set(term, weight);
    norm += weight * weight;
  }
  const length = Math.sqrt(norm);
  if (length > 0) for (const [term, weight] of vector) vector.set(term, weight / length);
  return vector;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  }
  return sum;
}
