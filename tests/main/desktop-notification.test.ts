import { afterEach, describe, expect, it } from 'vitest';
import { Notification } from 'electron';
import { showDesktopNotification } from '../../electron/main/desktop-notification';

const mock = Notification as unknown as { supported: boolean; shown: { title?: string; body?: string }[] };

afterEach(() => {
  mock.supported = true;
  mock.shown.length = 0;
});

describe('desktop notifications', () => {
  it('shows the title and body through Electron', () => {
    showDesktopNotification('7 new articles', 'Asia 5 · World 2');
    expect(mock.shown).toEqual([{ title: '7 new articles', body: 'Asia 5 · World 2' }]);
  });

  it('shows nothing where the system has no notifications', () => {
    mock.supported = false;
    showDesktopNotification('1 new article', 'World 1');
    expect(mock.shown).toEqual([]);
  });
});
