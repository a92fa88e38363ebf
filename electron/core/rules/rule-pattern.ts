/**
 * A `matches` condition's regular expression, on RE2JS: a linear-time engine (no backtracking), so no pattern can
 * stall a sync however long the article. What it cannot run (backreferences, lookaround) it refuses to compile;
 * the refusal becomes a plain sentence for the reader, given when the rule is saved.
 */
import { RE2JS, RE2JSException } from 're2js';

export type CompiledPattern = { ok: true; test: (text: string) => boolean } | { ok: false; reason: string };

const MARKS = /\p{M}/gu;

/**
 * `matchCase` off: the text is folded (lower case, no diacritics) by the caller and the pattern loses its
 * diacritics here ("Séoul" finds "seoul"); the engine's case-insensitive flag covers the pattern's capitals.
 * The pattern is not lower-cased: that would turn `\W` into `\w`.
 */
export function compilePattern(pattern: string, matchCase: boolean): CompiledPattern {
  try {
    const source = matchCase ? pattern : pattern.normalize('NFD').replace(MARKS, '');
    const compiled = RE2JS.compile(source, matchCase ? 0 : RE2JS.CASE_INSENSITIVE);
    return { ok: true, test: (text) => compiled.test(text) };
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error;
    return { ok: false, reason: refusal(pattern, error.message) };
  }
}

function refusal(pattern: string, engineMessage: string): string {
  const shown = pattern.length > 60 ? `${pattern.slice(0, 60)}…` : pattern;
  const detail = engineMessage.replace(/^error parsing regexp:\s*/, '');
  const why = /\\[1-9]/.test(pattern)
    ? 'it refers back to an earlier group (a backreference)'
    : /\(\?<?[=!]/.test(pattern)
      ? 'it looks ahead or behind (lookaround)'
      : `the engine says: ${detail}`;
  return (
    `The pattern "${shown}" cannot be used because ${why}. Rules run patterns that never slow down on long ` +
    'articles, which rules out backreferences and lookaround; change the pattern and save again.'
  );
}
