import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { counts, feed, section } from '../support/library-data';
import { renderApp } from '../support/render-app';

const SECTIONS = [section('s1', 'World', 1), section('s2', 'Technology', 2)];
const FEEDS = [feed('f1', 'The Daily Courier', 's1'), feed('f3', 'Ars Machina', 's2')];
const handlers = {
  'sections.list': () => SECTIONS,
  'feeds.list': () => FEEDS,
  'articles.counts': () => counts(12, { sections: [{ id: 's1', unread: 9 }], feeds: [{ id: 'f1', unread: 9 }] }),
  'feeds.update': (id: string, patch: { title?: string; options?: object }) => ({
    ...FEEDS.find((f) => f.id === id)!,
    ...(patch.title ? { title: patch.title } : {}),
  }),
  'feeds.move': (id: string, sectionId: string | null) => ({ ...FEEDS.find((f) => f.id === id)!, sectionId }),
  'feeds.remove': () => null,
  'sections.rename': (id: string, name: string) => ({ ...SECTIONS.find((s) => s.id === id)!, name }),
  'sections.delete': () => null,
  'sync.refresh': () => ({
    online: true,
    running: { runId: 1, done: 0, total: 1, newArticles: 0, failures: [] },
    nextCheckAt: null,
    notice: null,
    lastFinished: null,
    refreshIntervalMinutes: 30,
  }),
};

const row = (name: RegExp) => screen.findByRole('button', { name });

// Typing through user-event is slow when the machine is busy; these walk whole dialogs.
describe('the sidebar context menu', { timeout: 30_000 }, () => {
  it('opens on right-click as a menu, moves with the arrows, and Escape returns focus to the row', async () => {
    renderApp(handlers);
    const courier = await row(/The Daily Courier/);
    fireEvent.contextMenu(courier);
    const menu = screen.getByRole('menu', { name: 'Actions for The Daily Courier' });
    const items = within(menu)
      .getAllByRole('menuitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['Refresh', 'Mark all as read', 'Rename…', 'Move to section…', 'Options…', 'Unsubscribe…']);
    expect(within(menu).getByRole('menuitem', { name: 'Refresh' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Mark all as read' })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(within(menu).getByRole('menuitem', { name: 'Unsubscribe…' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Refresh' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(courier).toHaveFocus();
  });

  it('opens from the keyboard with Shift+F10 and refreshes the section', async () => {
    const { client } = renderApp(handlers);
    const world = await row(/^World/);
    world.focus();
    await userEvent.keyboard('{Shift>}{F10}{/Shift}');
    const menu = screen.getByRole('menu', { name: 'Actions for World' });
    await userEvent.keyboard('{Enter}');
    expect(client.calls).toHaveBeenCalledWith('sync.refresh', { kind: 'section', id: 's1' });
    expect(menu).not.toBeInTheDocument();
    expect(world).toHaveFocus();
  });

  it('opens from the ContextMenu key and from the “More actions” button, and marks a feed read', async () => {
    const { client } = renderApp(handlers);
    const courier = await row(/The Daily Courier/);
    courier.focus();
    await userEvent.keyboard('{ContextMenu}');
    expect(screen.getByRole('menu', { name: 'Actions for The Daily Courier' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    const feedRow = courier.closest('li')!;
    await userEvent.click(within(feedRow).getByRole('button', { name: 'More actions' }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Mark all as read' }));
    expect(client.calls).toHaveBeenCalledWith('articles.markRead', { kind: 'feed', feedId: 'f1' }, true);
  });

  it('asks before unsubscribing and says bookmarks are kept', async () => {
    const { client } = renderApp(handlers);
    fireEvent.contextMenu(await row(/Ars Machina/));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Unsubscribe…' }));
    const dialog = screen.getByRole('dialog', { name: 'Unsubscribe from “Ars Machina”?' });
    expect(dialog).toHaveTextContent('bookmarks, their tags and notes are kept');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Unsubscribe' }));
    expect(client.calls).toHaveBeenCalledWith('feeds.remove', 'f3');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('leaves a view whose feed was unsubscribed for the front page', async () => {
    renderApp(handlers);
    await userEvent.click(await row(/Ars Machina/));
    expect(screen.getByRole('region', { name: 'Ars Machina' })).toBeInTheDocument();
    fireEvent.contextMenu(await row(/Ars Machina/));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Unsubscribe…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByRole('region', { name: 'Front page' })).toBeInTheDocument();
  });

  it('deletes a section only after a confirmation that keeps its feeds and bookmarks', async () => {
    const { client } = renderApp(handlers);
    fireEvent.contextMenu(await row(/^Technology/));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Delete section…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Technology”?' });
    expect(dialog).toHaveTextContent('Bookmarks, notes and read state are kept');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(client.calls).not.toHaveBeenCalledWith('sections.delete', 's2');
    fireEvent.contextMenu(await row(/^Technology/));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Delete section…' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete section' }));
    expect(client.calls).toHaveBeenCalledWith('sections.delete', 's2');
  });

  it('renames a section and a feed, and reloads the sidebar', async () => {
    const { client } = renderApp(handlers);
    fireEvent.contextMenu(await row(/^World/));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Rename…' }));
    const input = screen.getByRole('textbox', { name: 'Name' });
    expect(input).toHaveFocus();
    await userEvent.clear(input);
    await userEvent.type(input, 'World news{Enter}');
    expect(client.calls).toHaveBeenCalledWith('sections.rename', 's1', 'World news');
    const listed = client.calls.mock.calls.filter(([method]) => method === 'sections.list').length;
    expect(listed).toBeGreaterThan(1);

    fireEvent.contextMenu(await row(/The Daily Courier/));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Rename…' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Name' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Courier{Enter}');
    expect(client.calls).toHaveBeenCalledWith('feeds.update', 'f1', { title: 'Courier' });
  });

  it('moves a feed to another section and changes its options', async () => {
    const { client } = renderApp(handlers);
    fireEvent.contextMenu(await row(/The Daily Courier/));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Move to section…' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Section' }), 'Technology');
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(client.calls).toHaveBeenCalledWith('feeds.move', 'f1', 's2');

    fireEvent.contextMenu(await row(/The Daily Courier/));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Options…' }));
    const dialog = screen.getByRole('dialog', { name: 'Options for “The Daily Courier”' });
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /full articles/ }));
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Refresh' }), 'Every hour');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /Pause/ }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(client.calls).toHaveBeenCalledWith('feeds.update', 'f1', {
      options: { fullText: true, refreshMinutes: 60, paused: true },
    });
  });

  it('keeps a dialog open with the reason when the change is refused', async () => {
    const { ApiError } = await import('@contract/errors');
    renderApp({
      ...handlers,
      'sections.rename': () => {
        throw new ApiError('CONFLICT', 'A section called Technology already exists.');
      },
    });
    fireEvent.contextMenu(await row(/^World/));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Rename…' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Name' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Technology{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Rename section' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('A section called Technology already exists.');
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Technology');
  });
});
