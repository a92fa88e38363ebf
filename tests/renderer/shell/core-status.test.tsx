import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Section } from '@contract/models';
import { renderApp } from '../support/render-app';

describe('the core worker’s status', () => {
  it('says nothing while the core is ready', async () => {
    const { client } = renderApp();
    await screen.findByText('No sections yet');
    act(() => client.emit('core.status', { state: 'ready' }));
    expect(screen.queryByRole('status', { name: /restarting/i })).not.toBeInTheDocument();
    expect(screen.queryByText(/restarting|stopped working/i)).not.toBeInTheDocument();
  });

  it('shows a banner while the core restarts and an alert when it has failed', async () => {
    const { client } = renderApp();
    await screen.findByText('No sections yet');
    act(() =>
      client.emit('core.status', { state: 'restarting', message: 'The library stopped unexpectedly; restarting.' }),
    );
    expect(screen.getByText('The library is restarting')).toBeInTheDocument();
    expect(screen.getByText('The library stopped unexpectedly; restarting.')).toBeInTheDocument();

    act(() => client.emit('core.status', { state: 'failed' }));
    expect(screen.queryByText('The library is restarting')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The library stopped working');
  });

  it('loads the sections again once a restarted core is ready', async () => {
    let sections: Section[] = [];
    const { client } = renderApp({ 'sections.list': () => sections });
    await screen.findByText('No sections yet');
    act(() => client.emit('core.status', { state: 'restarting' }));
    sections = [{ id: 'a', accountId: 'local', name: 'Arts', position: 0, feedCount: 1, unreadCount: 0 }];
    act(() => client.emit('core.status', { state: 'ready' }));
    expect(await screen.findByRole('button', { name: 'Arts' })).toBeInTheDocument();
    expect(screen.queryByText('The library is restarting')).not.toBeInTheDocument();
  });
});
