import { describe, expect, it, vi } from 'vitest';
import { createOpenExternal } from '../../electron/main/external-links';

describe('createOpenExternal', () => {
  it('opens the normalized form of a safe link', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(await createOpenExternal(shell)('https://EXAMPLE.com')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/', { activate: true });
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'https://u:p@example.com', '\u2028https://example.com'])(
    'never hands %s to the OS',
    async (url) => {
      const shell = { openExternal: vi.fn(async () => undefined) };
      expect(await createOpenExternal(shell)(url)).toBe(false);
      expect(shell.openExternal).not.toHaveBeenCalled();
    },
  );

  it('reports false when the OS cannot open the link', async () => {
    const shell = { openExternal: vi.fn(async () => Promise.reject(new Error('no browser'))) };
    expect(await createOpenExternal(shell)('https://example.com')).toBe(false);
  });
});
