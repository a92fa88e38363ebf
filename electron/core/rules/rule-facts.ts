/**
 * What a rule looks at in an article: its fields as text, whichever way the article came (a stored row, a feed
 * entry about to be stored). Folding (lower case, no diacritics, as search folds) is done once per field per
 * article, and only for fields a case-insensitive condition reads.
 */
import type { RuleCondition } from '../../api/rule-model';
import { foldText } from './fold-text';

export interface ArticleFacts {
  title: string;
  text: string;
  /** The author and the page's byline. */
  authors: readonly string[];
  categories: readonly string[];
  feedUrl: string;
  feedTitle: string;
  /** The section's name; '' for a feed in no section. */
  section: string;
  language: string;
  link: string;
  /** For a rule's scope. */
  accountId: string;
}

export type RuleField = RuleCondition['field'];

/** A field's values: several for author, category and feed (a condition holds when one of them does). */
export function fieldValues(facts: ArticleFacts, field: RuleField): readonly string[] {
  switch (field) {
    case 'title':
      return [facts.title];
    case 'text':
      return [facts.text];
    case 'author':
      return facts.authors;
    case 'category':
      return facts.categories;
    case 'feed':
      return [facts.feedUrl, facts.feedTitle];
    case 'section':
      return [facts.section];
    case 'language':
      return [facts.language];
    case 'link':
      return [facts.link];
  }
}

/** One article's fields as rules read them, folded on first use. */
export class FactsView {
  private readonly folded = new Map<RuleField, readonly string[]>();

  constructor(readonly facts: ArticleFacts) {}

  values(field: RuleField, matchCase: boolean): readonly string[] {
    if (matchCase) return fieldValues(this.facts, field);
    let values = this.folded.get(field);
    if (!values) {
      values = fieldValues(this.facts, field).map(foldText);
      this.folded.set(field, values);
    }
    return values;
  }
}
