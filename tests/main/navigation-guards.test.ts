import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createOpenExternal } from '../../electron/main/external-links';
import { installNavigationGuards } from '../../electron/main/navigation-guards';
import { FakeWebContents } from './support/electron-mock';

function guarded() {
  const contents = new FakeWebContents();
  const shell = { openExternal: vi.fn(async (_url: string, _options?: unknown) => undefined) };
  installNavigationGuards(contents as unknown as WebContents, createOpenExternal(shell));
  // Let the fire-and-forget openExternal promises settle.
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return { contents, shell, settle };
}

const hostileTargets = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'file:///etc/passwd',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'app://broadsheet/index.html',
  'app://evil/',
  'bsimg://abc',
  'ms-settings:privacy',
  'smb://host/share',
  'https://user:pass@example.com/',
  ' https://example.com',
  'https:\\\\evil.example',
  'about:blank',
  'chrome://settings',
];

describe('navigation guards', () => {
  it.each(['https://example.com/article', 'app://broadsheet/index.html', ...hostileTargets])(
    'prevents every will-navigate, will-frame-navigate and will-redirect (%s)',
    (url) => {
      const { contents } = guarded();
      expect(contents.emitPreventable('will-navigate', { url, isMainFrame: true }, url).defaultPrevented).toBe(true);
      expect(contents.emitPreventable('will-frame-navigate', { url, isMainFrame: false }).defaultPrevented).toBe(true);
      expect(contents.emitPreventable('will-redirect', { url, isMainFrame: true }, url).defaultPrevented).toBe(true);
    },
  );

  it('hands a followed http(s) link to the system browser, normalized', async () => {
    const { contents, shell, settle } = guarded();
    contents.emitPreventable('will-navigate', { url: 'HTTPS://Example.COM/a b', isMainFrame: true });
    contents.emitPreventable('will-navigate', { url: 'https://Example.COM/news', isMainFrame: true });
    await settle();
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/news', { activate: true });
  });

  it('never opens a redirect target or a sub-frame navigation', async () => {
    const { contents, shell, settle } = guarded();
    contents.emitPreventable('will-redirect', { url: 'https://example.com/', isMainFrame: true });
    contents.emitPreventable('will-frame-navigate', { url: 'https://example.com/', isMainFrame: false });
    contents.emitPreventable('will-navigate', { url: 'https://example.com/', isMainFrame: false });
    await settle();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it.each(hostileTargets)('does not open %s from a navigation or window.open', async (url) => {
    const { contents, shell, settle } = guarded();
    contents.emitPreventable('will-navigate', { url, isMainFrame: true });
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    await settle();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every new window and opens only safe links externally', async () => {
    const { contents, shell, settle } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/story?id=1' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'http://example.org' })).toEqual({ action: 'deny' });
    await settle();
    expect(shell.openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://example.com/story?id=1',
      'http://example.org/',
    ]);
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = guarded();
    const event = contents.emitPreventable('will-attach-webview', {}, { preload: '/evil.js' }, { src: 'https://x' });
    expect(event.defaultPrevented).toBe(true);
  });
});
