import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '@contract/library-models';
import { article, summary } from '../support/library-data';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';
import { rulesBackend } from '../support/rules';

const ITEMS: ArticleSummary[] = [
  summary(1, { title: 'Parliament votes on the budget', author: 'Maria Lindqvist' }),
  summary(2, { title: 'Without a byline' }),
];

async function openUnread() {
  const rendered = renderApp({
    ...libraryHandlers(),
    ...rulesBackend().handlers,
    'articles.list': () => ({ items: ITEMS, nextCursor: null }),
    'articles.get': (id) => article(Number(id.slice(1)), { ...ITEMS.find((item) => item.id === id) }),
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /^All unread/ }));
  const list = await screen.findByRole('list', { name: 'Articles in All unread' });
  return { ...rendered, user, list };
}

const ruleItems = (menu: HTMLElement) =>
  within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent)
    .filter((text) => text?.startsWith('Make a rule'));
const rowOf = (list: HTMLElement, title: string) => within(list).getByText(title).closest('button')!;

describe('“Make a rule from this…”', { timeout: 20_000 }, () => {
  it('in an article row’s menu: from its author, prefilled to hide', async () => {
    const { list, user } = await openUnread();
    fireEvent.contextMenu(rowOf(list, 'Parliament votes on the budget'));
    const menu = screen.getByRole('menu', { name: 'Actions for Parliament votes on the budget' });
    // After the list's own items (read, bookmark, mark above / below).
    expect(ruleItems(menu)).toEqual(['Make a rule from this feed…', 'Make a rule from this author…']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Make a rule from this author…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New rule' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Articles by Maria Lindqvist');
    expect(within(dialog).getByRole('combobox', { name: 'Field of condition 1' })).toHaveValue('author');
    expect(within(dialog).getByRole('combobox', { name: 'Test of condition 1' })).toHaveValue('contains');
    expect(within(dialog).getByRole('textbox', { name: 'Text of condition 1' })).toHaveValue('Maria Lindqvist');
    expect(within(dialog).getByRole('combobox', { name: 'Action 1' })).toHaveValue('hide');
  });

  it('from the keyboard: Shift+F10 on a row, its feed; no author item when it has none', async () => {
    const { list, user } = await openUnread();
    const row = rowOf(list, 'Without a byline');
    row.focus();
    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = screen.getByRole('menu', { name: 'Actions for Without a byline' });
    expect(ruleItems(menu)).toEqual(['Make a rule from this feed…']);
    // The rule's item is the menu's last.
    await user.keyboard('{End}');
    expect(within(menu).getByRole('menuitem', { name: 'Make a rule from this feed…' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'New rule' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Articles from The Daily Courier');
    expect(within(dialog).getByRole('combobox', { name: 'Field of condition 1' })).toHaveValue('feed');
    expect(within(dialog).getByRole('textbox', { name: 'Text of condition 1' })).toHaveValue('The Daily Courier');
    // Closing the editor gives focus back to the row the menu belonged to.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(row).toHaveFocus());
  });

  it('in the article view: from the words the reader selected', async () => {
    const { list, user } = await openUnread();
    await user.click(rowOf(list, 'Parliament votes on the budget'));
    const body = await screen.findByText('Body of story 1.');
    const range = document.createRange();
    range.setStart(body.firstChild!, 0);
    range.setEnd(body.firstChild!, 'Body of story'.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    fireEvent.contextMenu(body);
    const menu = screen.getByRole('menu', { name: 'Article actions' });
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['Make a rule from “Body of story”…', 'Make a rule from this feed…', 'Make a rule from this author…']);
    await user.click(within(menu).getByRole('menuitem', { name: 'Make a rule from “Body of story”…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New rule' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('“Body of story” in the title');
    expect(within(dialog).getByRole('combobox', { name: 'Field of condition 1' })).toHaveValue('title');
    expect(within(dialog).getByRole('textbox', { name: 'Text of condition 1' })).toHaveValue('Body of story');
  });
});
