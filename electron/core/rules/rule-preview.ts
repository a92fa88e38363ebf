/** "This rule matches 132 articles": a rule (saved or not) over every stored article, hidden ones included. */
import type { RuleInput, RulePreview } from '../../api/rule-model';
import type { Db } from '../db/sql';
import { toIdString } from '../library/row-ids';
import { compileRule } from './compile-rules';
import { FactsView } from './rule-facts';
import { everyArticleFacts } from './stored-facts';
import { checkRule } from './validate-rule';

export function previewRule(db: Db, input: RuleInput, newest: number): RulePreview {
  const rule = compileRule({ id: 'preview', ...checkRule(input) });
  const preview: RulePreview = { matches: 0, recent: [] };
  for (const article of everyArticleFacts(db, rule.fields.has('text'))) {
    if (!rule.matches(new FactsView(article.facts))) continue;
    preview.matches += 1;
    if (preview.recent.length < newest)
      preview.recent.push({
        id: toIdString(article.id),
        title: article.title,
        feedTitle: article.feedTitle,
        sortTime: new Date(article.sortTime).toISOString(),
      });
  }
  return preview;
}
