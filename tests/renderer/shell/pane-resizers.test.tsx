import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { PANE_WIDTHS_KEY } from '../../../renderer/src/shell/PaneResizers';
import { libraryHandlers } from '../support/library-handlers';
import { renderApp } from '../support/render-app';

const panes = () => document.querySelector<HTMLElement>('.panes')!;
const widthVar = (name: string) => panes().style.getPropertyValue(name);
const separator = (name: string) => screen.getByRole('separator', { name });

afterEach(() => localStorage.clear());

/** The list's edge belongs to the three-pane layout: leave the front page's broadsheet for a list. */
async function showList(): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name: /^All unread/ }));
}

describe('resizable panes', () => {
  it('moves the sidebar’s edge with the arrow keys, within bounds, and back on double-click', async () => {
    renderApp(libraryHandlers(5));
    const edge = separator('Sidebar width');
    expect(edge).toHaveAttribute('aria-valuenow', '248');
    expect(edge).toHaveAttribute('aria-orientation', 'vertical');
    const user = userEvent.setup();
    edge.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(edge).toHaveAttribute('aria-valuenow', '280');
    expect(widthVar('--sidebar-width')).toBe('280px');
    await user.keyboard('{Shift>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Shift}');
    expect(edge).toHaveAttribute('aria-valuenow', edge.getAttribute('aria-valuemin'));
    await user.keyboard('{End}');
    expect(edge).toHaveAttribute('aria-valuenow', edge.getAttribute('aria-valuemax'));
    await user.dblClick(edge);
    expect(edge).toHaveAttribute('aria-valuenow', '248');
  });

  it('drags the list’s edge with the pointer and remembers it in the next window', async () => {
    const first = renderApp(libraryHandlers(5));
    // On the broadsheet there is no list column, so no edge for it.
    expect(screen.queryByRole('separator', { name: 'List width' })).not.toBeInTheDocument();
    await showList();
    const edge = separator('List width');
    fireEvent.pointerDown(edge, { button: 0, clientX: 600, pointerId: 1 });
    fireEvent.pointerMove(edge, { clientX: 700, pointerId: 1 });
    fireEvent.pointerUp(edge, { clientX: 700, pointerId: 1 });
    // After the drag ended, moving the pointer over the edge changes nothing.
    fireEvent.pointerMove(edge, { clientX: 900, pointerId: 1 });
    expect(edge).toHaveAttribute('aria-valuenow', '460');
    expect(widthVar('--list-width')).toBe('460px');
    first.unmount();

    renderApp(libraryHandlers(5));
    await showList();
    expect(separator('List width')).toHaveAttribute('aria-valuenow', '460');
    expect(widthVar('--list-width')).toBe('460px');
  });

  it.each([
    ['a width past the bounds', { sidebar: 5000, list: -20 }, ['420', '260']],
    ['not a width at all', { sidebar: 'wide', list: null }, ['248', '360']],
  ])('clamps or ignores a stored value that is %s', async (_case, stored, [sidebar, list]) => {
    localStorage.setItem(PANE_WIDTHS_KEY, JSON.stringify(stored));
    renderApp(libraryHandlers(5));
    await showList();
    expect(separator('Sidebar width')).toHaveAttribute('aria-valuenow', sidebar);
    expect(separator('List width')).toHaveAttribute('aria-valuenow', list);
  });
});
