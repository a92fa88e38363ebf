/**
 * "Make a rule from this…" in an article's menu: from its feed, its author, or the words the reader selected in it;
 * "Show again" for an article a rule hid.
 */
import type { ArticleSummary } from '@contract/library-models';
import type { MenuItem } from '../ui/context-menu/ContextMenu';
import { phraseOf, type RuleSeed } from './rule-draft';

const MAX_LABEL_PHRASE = 30;

export function articleRuleItems(
  article: Pick<ArticleSummary, 'feedTitle' | 'author' | 'hiddenByRule'>,
  selected: string,
  actions: { newRule: (seed: RuleSeed) => void; showAgain: () => void },
): MenuItem[] {
  const items: MenuItem[] = [];
  const phrase = phraseOf(selected);
  if (phrase) {
    const shown = phrase.length > MAX_LABEL_PHRASE ? `${phrase.slice(0, MAX_LABEL_PHRASE - 1)}…` : phrase;
    items.push({ label: `Make a rule from “${shown}”…`, onSelect: () => actions.newRule({ from: 'phrase', phrase }) });
  }
  items.push({
    label: 'Make a rule from this feed…',
    onSelect: () => actions.newRule({ from: 'feed', feedTitle: article.feedTitle }),
  });
  const author = article.author?.trim();
  if (author)
    items.push({ label: 'Make a rule from this author…', onSelect: () => actions.newRule({ from: 'author', author }) });
  if (article.hiddenByRule) items.push({ label: 'Show again', onSelect: actions.showAgain, separated: true });
  return items;
}

/** The text the reader selected inside `within`, or nothing (a selection elsewhere is not about this article). */
export function selectedTextIn(within: Element | null): string {
  const selection = window.getSelection();
  if (!within || !selection || selection.isCollapsed || selection.rangeCount === 0) return '';
  const range = selection.getRangeAt(0);
  return within.contains(range.commonAncestorContainer) ? selection.toString() : '';
}
