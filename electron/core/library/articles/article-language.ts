/**
 * The articles whose language has not been checked against their text yet
 * (`language_source` NULL: stored before the check existed, or written on a
 * thread without the detector), and the answers written back. Until then
 * their `language` is what their feed declared.
 */
import { all, transaction, type Db } from '../../db/sql';
import type { LanguageChoice, LanguageSample } from '../../language/choose-language';
import { saveCheckedLanguage } from '../tables/articles-table';

export interface UncheckedLanguage {
  id: number;
  sample: LanguageSample;
}

export function uncheckedLanguages(db: Db, limit: number): UncheckedLanguage[] {
  return all<{ id: number; title: string; summary: string | null; language: string | null }>(
    db,
    'SELECT id, title, summary, language FROM articles WHERE language_source IS NULL ORDER BY id LIMIT ?',
    limit,
  ).map((row) => ({ id: row.id, sample: { declared: row.language, title: row.title, summary: row.summary } }));
}

/** Writes the choices in one transaction; an article rewritten meanwhile (a refresh checked it) is left as it is. */
export function saveLanguages(db: Db, choices: readonly (LanguageChoice & { id: number })[]): void {
  transaction(db, () => {
    for (const choice of choices) saveCheckedLanguage(db, choice.id, choice.language, choice.source);
  });
}
