import { afterEach, describe, expect, it, vi } from 'vitest';
import { success } from '@contract/envelope';
import { PREVIEW_PAGE_META } from '@contract/preview-http';
import { chooseApiClient, NoBackendError } from '../../../renderer/src/api/choose-client';

afterEach(() => {
  delete (window as unknown as Record<string, unknown>).broadsheet;
  document.head.querySelectorAll(`meta[name="${PREVIEW_PAGE_META}"]`).forEach((meta) => meta.remove());
  vi.unstubAllGlobals();
});

describe('choosing the API client', () => {
  it('uses the preload bridge when the desktop app exposes one', async () => {
    const invoke = vi.fn(async () => success([]));
    (window as unknown as Record<string, unknown>).broadsheet = { invoke: { 'sections.list': invoke }, events: {} };
    await expect(chooseApiClient().call('sections.list')).resolves.toEqual([]);
    expect(invoke).toHaveBeenCalledOnce();
  });

  it('uses HTTP when the preview server marked the page', async () => {
    const meta = document.createElement('meta');
    meta.name = PREVIEW_PAGE_META;
    meta.content = '1';
    document.head.append(meta);
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(success([]))));
    vi.stubGlobal('fetch', fetchMock);
    await chooseApiClient().call('sections.list');
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/call/sections.list',
      expect.objectContaining({ headers: expect.objectContaining({ 'X-Broadsheet-Request': 'page' }) }),
    );
  });

  it('explains how to start Broadsheet when there is neither', () => {
    expect(() => chooseApiClient()).toThrow(NoBackendError);
    expect(() => chooseApiClient()).toThrow(/npm run preview/);
  });
});
