/**
 * Turns what a reader types into an FTS5 MATCH expression. Every word is
 * quoted, so nothing a reader types (AND, NEAR, column filters, stray quotes)
 * is ever interpreted as FTS syntax. Supported: plain words (all must match),
 * "exact phrases" and prefix* words. CJK words match as prefixes because the
 * dictionary breaker may have indexed a longer compound (北京 → 北京市) and
 * Korean attaches particles to nouns (서울 → 서울에서).
 */
import { fold } from './fold';
import { isCjkWord, queryWords } from '../../db/segment';

export interface QueryTerm {
  /** Folded word, compared against folded text when highlighting. */
  word: string;
  prefix: boolean;
  cjk: boolean;
}

export interface ParsedQuery {
  match: string;
  terms: QueryTerm[];
}

const PIECES = /"([^"]*)"?|(\S+)/gu;

export function parseQuery(input: string): ParsedQuery | null {
  const clauses: string[] = [];
  const terms: QueryTerm[] = [];
  for (const piece of input.matchAll(PIECES)) {
    const phrase = piece[1];
    const raw = piece[2];
    if (phrase !== undefined) {
      const words = queryWords(phrase);
      if (words.length === 0) continue;
      clauses.push(quote(words));
      for (const word of words) terms.push({ word: fold(word), prefix: false, cjk: isCjkWord(word) });
    } else if (raw !== undefined) {
      const wantsPrefix = raw.endsWith('*');
      const words = queryWords(raw);
      if (words.length === 0) continue;
      const last = words[words.length - 1] ?? '';
      const prefix = wantsPrefix || isCjkWord(last);
      // Several words from one typed word (l'état, 北京大学) must stay adjacent.
      clauses.push(quote(words) + (prefix ? '*' : ''));
      words.forEach((word, index) =>
        terms.push({ word: fold(word), prefix: prefix && index === words.length - 1, cjk: isCjkWord(word) }),
      );
    }
  }
  if (clauses.length === 0) return null;
  return { match: clauses.join(' AND '), terms };
}

function quote(words: string[]): string {
  return `"${words.map((word) => word.replaceAll('"', '""')).join(' ')}"`;
}
