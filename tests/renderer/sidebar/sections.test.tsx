import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import type { Section } from '@contract/models';
import { renderApp } from '../support/render-app';

const SECTIONS: Section[] = [
  { id: 's2', accountId: 'local', name: 'Science', position: 2, feedCount: 3, unreadCount: 0 },
  { id: 's1', accountId: 'local', name: 'World news', position: 1, feedCount: 5, unreadCount: 12 },
];

describe('the sections in the sidebar', () => {
  it('lists sections.list in the reader’s order with unread counts', async () => {
    renderApp({ 'sections.list': () => SECTIONS });
    const list = await screen.findByRole('list', { name: 'Sections' });
    // Each row also has its "More actions" menu button.
    const rows = within(list)
      .getAllByRole('button')
      .filter((button) => button.getAttribute('aria-haspopup') !== 'menu');
    expect(rows.map((row) => row.textContent)).toEqual(['World news12', 'Science']);
    expect(within(list).getByLabelText('12 unread')).toBeInTheDocument();
    expect(screen.queryByText('No sections yet')).not.toBeInTheDocument();
  });

  it('opens a section in the article list', async () => {
    renderApp({ 'sections.list': () => SECTIONS });
    await userEvent.click(await screen.findByRole('button', { name: /Science/ }));
    expect(screen.getByRole('region', { name: 'Science' })).toHaveTextContent('No articles in this section');
  });

  it('shows a failed load with its message, and loads again on request', async () => {
    let fail = true;
    renderApp({
      'sections.list': () => {
        if (fail) throw new ApiError('STORAGE', 'The library file is locked.');
        return SECTIONS;
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sections could not be loaded');
    expect(alert).toHaveTextContent('The library file is locked.');
    fail = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: /World news/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
