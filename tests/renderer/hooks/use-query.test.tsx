import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors';
import type { Section } from '@contract/models';
import { ApiProvider } from '../../../renderer/src/api/ApiProvider';
import { useQuery, type Query } from '../../../renderer/src/hooks/use-query';
import { createFakeClient, type FakeClient } from '../support/fake-client';
import { counts, section } from '../support/library-data';

/** Answers that the test settles one by one, in any order. */
function deferredAnswers<T>() {
  const pending: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  return {
    answer: () => new Promise<T>((resolve, reject) => pending.push({ resolve, reject })),
    pending,
  };
}

function shown(query: Query<Section[]>): string {
  if (query.status === 'loading') return 'loading';
  if (query.status === 'error') return `error: ${query.error.message}`;
  return query.value.map((s) => s.name).join(', ') || 'none';
}

let latest: Query<Section[]> | null = null;

function Sections({ live, reloadKey }: { live: boolean; reloadKey?: number }) {
  const query = useQuery('sections.list', [], { live, reloadKey });
  latest = query;
  return <p data-testid="shown">{shown(query)}</p>;
}

function renderWith(client: FakeClient, live: boolean) {
  const view = render(
    <ApiProvider client={client}>
      <Sections live={live} />
    </ApiProvider>,
  );
  const rerender = (reloadKey: number) =>
    view.rerender(
      <ApiProvider client={client}>
        <Sections live={live} reloadKey={reloadKey} />
      </ApiProvider>,
    );
  return { rerender };
}

const text = () => screen.getByTestId('shown').textContent;

describe('useQuery', () => {
  it('live: loads again when counts change and shows the last answer until the new one arrives', async () => {
    const answers = deferredAnswers<Section[]>();
    const client = createFakeClient({ 'sections.list': answers.answer });
    renderWith(client, true);
    expect(text()).toBe('loading');
    await act(async () => answers.pending[0]!.resolve([section('s1', 'World', 1)]));
    expect(text()).toBe('World');

    act(() => client.emit('library.countsChanged', counts(3)));
    expect(answers.pending).toHaveLength(2);
    expect(text()).toBe('World');
    await act(async () => answers.pending[1]!.resolve([section('s1', 'World', 1), section('s2', 'Arts', 2)]));
    expect(text()).toBe('World, Arts');
  });

  it('not live: ignores count changes, and a retry shows loading rather than the old error', async () => {
    const answers = deferredAnswers<Section[]>();
    const client = createFakeClient({ 'sections.list': answers.answer });
    renderWith(client, false);
    await act(async () => answers.pending[0]!.reject(new ApiError('STORAGE', 'The library file is locked.')));
    expect(text()).toBe('error: The library file is locked.');

    act(() => client.emit('library.countsChanged', counts(3)));
    expect(answers.pending).toHaveLength(1);
    expect(client.listenerCount('library.countsChanged')).toBe(0);

    act(() => latest!.retry());
    expect(text()).toBe('loading');
    await act(async () => answers.pending[1]!.resolve([]));
    expect(text()).toBe('none');
  });

  it('drops an answer that arrives after the reload key moved on', async () => {
    const answers = deferredAnswers<Section[]>();
    const client = createFakeClient({ 'sections.list': answers.answer });
    const { rerender } = renderWith(client, false);
    rerender(1);
    expect(answers.pending).toHaveLength(2);
    await act(async () => answers.pending[1]!.resolve([section('s2', 'New', 1)]));
    await act(async () => answers.pending[0]!.resolve([section('s1', 'Old', 1)]));
    expect(text()).toBe('New');
  });
});
