/**
 * The open article's menu (right-click in its text, or Shift+F10 / the ContextMenu key where the keyboard is in
 * it): "Make a rule from this…" with the words selected in the article, its feed or its author, and "Show again"
 * when a rule hid it. A right-click on a link or a picture keeps the browser's own menu.
 */
import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ArticleSummary } from '@contract/library-models';
import { articleRuleItems, selectedTextIn } from '../rules/article-rule-items';
import { useRuleEditing } from '../rules/rule-editing';
import { useShowAgain } from '../rules/use-show-again';
import { ContextMenu } from '../ui/context-menu/ContextMenu';
import { useContextMenu } from '../ui/context-menu/use-context-menu';

export function useArticleRuleMenu(article: ArticleSummary) {
  const menu = useContextMenu();
  const { newRule } = useRuleEditing();
  const showAgain = useShowAgain();
  const [selected, setSelected] = useState('');

  const onContextMenu = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest('a[href], img, video, audio')) return;
    setSelected(selectedTextIn(event.currentTarget));
    menu.onContextMenu(event);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const text = selectedTextIn(event.currentTarget);
    if (menu.onKeyDown(event)) setSelected(text);
  };

  const element = menu.anchor ? (
    <ContextMenu
      label="Article actions"
      items={articleRuleItems(article, selected, { newRule, showAgain: () => void showAgain([article.id]) })}
      at={menu.anchor}
      onClose={menu.close}
    />
  ) : null;
  return { onContextMenu, onKeyDown, element };
}
