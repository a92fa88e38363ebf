/**
 * An article row's menu in a list: the list's own items (read, bookmark, mark above / below as read:
 * article-row-menu.ts), then "Make a rule from this…" (its feed, its author, words selected in the row) and, for an
 * article a rule hid, "Show again". One menu for the whole list, opened for the row that asked.
 */
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { articleRuleItems, selectedTextIn } from '../rules/article-rule-items';
import { useRuleEditing } from '../rules/rule-editing';
import { useShowAgain } from '../rules/use-show-again';
import { ContextMenu, type MenuItem } from '../ui/context-menu/ContextMenu';
import { useContextMenu } from '../ui/context-menu/use-context-menu';

export function useArticleMenu(listItems?: (article: ArticleSummary) => MenuItem[]) {
  const menu = useContextMenu();
  const { newRule } = useRuleEditing();
  const showAgain = useShowAgain();
  const [target, setTarget] = useState<{ article: ArticleSummary; selected: string } | null>(null);

  const handlers = (article: ArticleSummary) => ({
    onContextMenu: (event: MouseEvent<HTMLElement>) => {
      setTarget({ article, selected: selectedTextIn(event.currentTarget) });
      menu.onContextMenu(event);
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const selected = selectedTextIn(event.currentTarget);
      if (menu.onKeyDown(event)) setTarget({ article, selected });
    },
  });

  const element =
    menu.anchor && target ? (
      <ContextMenu
        label={`Actions for ${target.article.title || 'Untitled'}`}
        items={withRuleItems(
          listItems?.(target.article) ?? [],
          articleRuleItems(target.article, target.selected, {
            newRule,
            showAgain: () => void showAgain([target.article.id]),
          }),
        )}
        at={menu.anchor}
        onClose={menu.close}
      />
    ) : null;

  return { handlers, element };
}

/** The rule items after the list's, set apart by a separator. */
function withRuleItems(listItems: MenuItem[], ruleItems: MenuItem[]): MenuItem[] {
  if (listItems.length === 0) return ruleItems;
  const [first, ...rest] = ruleItems;
  return first ? [...listItems, { ...first, separated: true }, ...rest] : listItems;
}
