/**
 * An article row's menu in a list: "Make a rule from this…" (its feed, its author, words selected in the row) and,
 * for an article a rule hid, "Show again". One menu for the whole list, opened for the row that asked.
 */
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { articleRuleItems, selectedTextIn } from '../rules/article-rule-items';
import { useRuleEditing } from '../rules/rule-editing';
import { useShowAgain } from '../rules/use-show-again';
import { ContextMenu } from '../ui/context-menu/ContextMenu';
import { useContextMenu } from '../ui/context-menu/use-context-menu';

export function useArticleMenu() {
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
        items={articleRuleItems(target.article, target.selected, {
          newRule,
          showAgain: () => void showAgain([target.article.id]),
        })}
        at={menu.anchor}
        onClose={menu.close}
      />
    ) : null;

  return { handlers, element };
}
