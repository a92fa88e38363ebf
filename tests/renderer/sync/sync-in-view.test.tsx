import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { feed, section, summary } from '../support/library-data';
import { renderApp } from '../support/render-app';

const STATUS = {
  online: true,
  running: null,
  nextCheckAt: null,
  notice: null,
  lastFinished: null,
  refreshIntervalMinutes: 30,
};
const FAILED = {
  lastAttemptAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  lastSuccessAt: new Date(Date.now() - 3 * 60 * 60_000).toISOString(),
  lastError: 'Could not connect to wire.example: the connection was refused.',
  lastErrorCause: 'unreachable' as const,
  consecutiveFailures: 2,
  nextDueAt: null,
};
const NOT_A_FEED = {
  ...FAILED,
  lastSuccessAt: null,
  lastError: 'This address does not hold a feed any more (it answered with a web page).',
  lastErrorCause: 'not-a-feed' as const,
};
const OK = {
  ...FAILED,
  lastError: null,
  lastErrorCause: null,
  consecutiveFailures: 0,
  lastAttemptAt: new Date(Date.now() - 12 * 60_000).toISOString(),
  lastSuccessAt: new Date(Date.now() - 12 * 60_000).toISOString(),
};
const handlers = {
  'sections.list': () => [section('s1', 'World', 1)],
  'feeds.list': () => [
    feed('f1', 'The Daily Courier', 's1', { sync: OK }),
    feed('f2', 'Broken Wire', 's1', { sync: FAILED, url: 'https://wire.example/world.xml' }),
    feed('f3', 'Dead Letter', 's1', { sync: FAILED, url: 'https://wire.example/letters.xml' }),
    feed('f4', 'Old Blog', 's1', { sync: NOT_A_FEED, url: 'https://blog.example/rss' }),
  ],
  'sync.refresh': () => STATUS,
  'sync.cancel': () => STATUS,
};

const refreshRegion = () => screen.getByRole('region', { name: 'Refresh' });

function goOffline(offline: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
  act(() => window.dispatchEvent(new Event(offline ? 'offline' : 'online')));
}

afterEach(() => {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
});

describe('sync in view', { timeout: 30_000 }, () => {
  it('shows progress with feeds done of total and new articles, and cancels', async () => {
    const { client } = renderApp(handlers);
    await screen.findByRole('button', { name: /The Daily Courier/ });
    act(() => client.emit('sync.progress', { runId: 3, done: 4, total: 10, newArticles: 7, failures: [] }));
    const bar = within(refreshRegion()).getByRole('progressbar', { name: 'Refresh progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '4');
    expect(bar).toHaveAttribute('aria-valuemax', '10');
    expect(refreshRegion()).toHaveTextContent('Refreshing 4 of 10 feeds');
    expect(refreshRegion()).toHaveTextContent('7 new articles');
    expect(within(refreshRegion()).getByRole('button', { name: 'Refresh all feeds' })).toBeDisabled();
    await userEvent.click(within(refreshRegion()).getByRole('button', { name: 'Cancel' }));
    expect(client.calls).toHaveBeenCalledWith('sync.cancel');
    expect(within(refreshRegion()).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('says when feeds were last refreshed, and “just now” after a run', async () => {
    const { client } = renderApp(handlers);
    // A failed attempt 5 min ago is not an update: the last success was 12 min ago.
    expect(await within(refreshRegion()).findByText('Updated 12 min ago')).toBeInTheDocument();
    act(() =>
      client.emit('sync.finished', {
        runId: 3,
        done: 10,
        total: 10,
        newArticles: 7,
        failures: [],
        cancelled: false,
        durationMs: 900,
        newBySection: [],
      }),
    );
    expect(within(refreshRegion()).getByText('Updated just now')).toBeInTheDocument();
    expect(within(refreshRegion()).queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('refreshes everything from the button and from the r key', async () => {
    const { client } = renderApp(handlers);
    await userEvent.click(await within(refreshRegion()).findByRole('button', { name: 'Refresh all feeds' }));
    expect(client.calls).toHaveBeenCalledWith('sync.refresh', { kind: 'all' });
    client.calls.mockClear();
    await userEvent.keyboard('r');
    expect(client.calls).toHaveBeenCalledWith('sync.refresh', { kind: 'all' });
  });

  it('sums up failed feeds by cause and host, with reasons and when they last worked, and retries them', async () => {
    const { client } = renderApp(handlers);
    const summary = await within(refreshRegion()).findByRole('button', { name: '3 of 4 feeds failed' });
    expect(summary).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(summary);
    const groups = within(refreshRegion()).getByRole('list', { name: 'Why feeds failed' });
    const [host, content] = within(groups)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === groups);
    // One unreachable host is one problem, however many of its feeds failed.
    expect(host).toHaveTextContent('wire.example can’t be reached · 2 feeds');
    expect(host).toHaveTextContent('Could not connect to wire.example: the connection was refused.');
    expect(host).toHaveTextContent('Last updated 3 h ago');
    expect(content).toHaveTextContent('No longer a readable feed · 1 feed');
    expect(content).toHaveTextContent('Never updated yet');

    await userEvent.click(within(refreshRegion()).getByRole('button', { name: 'Retry failed' }));
    expect(client.calls).toHaveBeenCalledWith('sync.refresh', { kind: 'failed' });

    await userEvent.click(within(host!).getByRole('button', { name: 'Dead Letter' }));
    expect(screen.getByRole('region', { name: 'Dead Letter' })).toBeInTheDocument();
  });

  it('shows an offline banner when the browser goes offline, and refreshing then fails quietly', async () => {
    const { client } = renderApp(handlers);
    await screen.findByRole('button', { name: /The Daily Courier/ });
    goOffline(true);
    const messages = screen.getByRole('region', { name: 'Messages' });
    expect(within(messages).getByRole('status')).toHaveTextContent('You’re offline');
    expect(within(messages).getByRole('status')).toHaveTextContent('Everything saved stays readable');
    // Refreshing is a network action: offline its button rests, saying why, and r only explains.
    const refresh = within(refreshRegion()).getByRole('button', { name: 'Refresh all feeds' });
    expect(refresh).toBeDisabled();
    expect(refresh).toHaveAttribute('title', 'Offline: refreshing resumes when the connection is back');
    await userEvent.keyboard('r');
    expect(refreshRegion()).toHaveTextContent('Offline: nothing was refreshed.');
    expect(client.calls).not.toHaveBeenCalledWith('sync.refresh', expect.anything());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    goOffline(false);
    expect(screen.queryByText('You’re offline')).not.toBeInTheDocument();
  });

  it('loads an empty list again when a run brings new articles', async () => {
    let stored: ReturnType<typeof summary>[] = [];
    const { client } = renderApp({ ...handlers, 'articles.list': () => ({ items: stored, nextCursor: null }) });
    await userEvent.click(await screen.findByRole('button', { name: /^World/ }));
    const list = screen.getByRole('region', { name: 'World' });
    expect(await within(list).findByText('No articles in this section')).toBeInTheDocument();
    stored = [summary(1, { title: 'Fresh from the wire' })];
    act(() =>
      client.emit('sync.finished', {
        runId: 4,
        done: 1,
        total: 1,
        newArticles: 1,
        failures: [],
        cancelled: false,
        durationMs: 5,
        newBySection: [{ sectionId: 's1', newArticles: 1 }],
      }),
    );
    expect(
      await within(screen.getByRole('region', { name: 'World' })).findByText('Fresh from the wire'),
    ).toBeInTheDocument();
  });

  it('trusts the core when it says it is offline, without an error', async () => {
    const { client } = renderApp({
      ...handlers,
      'sync.status': () => ({ ...STATUS, online: false }),
      'sync.refresh': () => ({ ...STATUS, online: false }),
    });
    expect(await screen.findByText('You’re offline')).toBeInTheDocument();
    await userEvent.keyboard('r');
    expect(client.calls).toHaveBeenCalledWith('sync.refresh', { kind: 'all' });
    expect(await within(refreshRegion()).findByText(/Offline: nothing was refreshed/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
