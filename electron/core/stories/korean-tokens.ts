/**
 * Korean words as story tokens. Korean separates words with spaces (the search index leaves Hangul to FTS5's
 * tokenizer for that reason: electron/core/db/segment.ts), but fuses particles (josa) to nouns: "서문시장에서",
 * "서문시장의" and "서문시장" are one name. The commonest particles are trimmed from the end of a word when at
 * least two syllables remain, longest first, once.
 */
import { KOREAN_STOPWORDS } from './stopwords';

const PARTICLES = [
  '에서는',
  '으로는',
  '에게서',
  '까지는',
  '에서',
  '에게',
  '으로',
  '께서',
  '까지',
  '부터',
  '보다',
  '처럼',
  '이라',
  '라며',
  '이며',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
  '서',
];

export function trimParticle(word: string): string {
  for (const particle of PARTICLES) {
    if (word.endsWith(particle) && word.length - particle.length >= 2) return word.slice(0, -particle.length);
  }
  return word;
}

/** The token for one Hangul word, or undefined for a stopword. */
export function koreanToken(word: string): string | undefined {
  if (KOREAN_STOPWORDS.has(word)) return undefined;
  const trimmed = trimParticle(word);
  if (KOREAN_STOPWORDS.has(trimmed)) return undefined;
  return trimmed;
}
