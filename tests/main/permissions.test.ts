import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from '../../electron/main/permissions';
import { FakeSession } from './support/electron-mock';

const permissions = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'hid',
  'serial',
  'usb',
  'idle-detection',
  'window-management',
  'local-fonts',
  'storage-access',
  'fileSystem',
  'unknown',
  'made-up-permission',
];

function denied() {
  const session = new FakeSession();
  denyAllPermissions(session as unknown as Session);
  return session;
}

describe('denyAllPermissions', () => {
  it.each(permissions)('denies a request for %s, from any origin', (permission) => {
    const session = denied();
    for (const requestingUrl of ['app://broadsheet/index.html', 'https://evil.example/', '']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.({}, permission, callback, { requestingUrl });
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it.each(permissions)('answers no to a check for %s', (permission) => {
    expect(denied().permissionCheckHandler?.(null, permission, 'app://broadsheet', {})).toBe(false);
  });

  it('denies device access (USB, HID, serial)', () => {
    for (const deviceType of ['usb', 'hid', 'serial']) {
      expect(denied().devicePermissionHandler?.({ deviceType, origin: 'app://broadsheet' })).toBe(false);
    }
  });

  it('works on a session without device permissions', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    expect(() => denyAllPermissions(session)).not.toThrow();
    expect(session.setPermissionRequestHandler).toHaveBeenCalledOnce();
  });
});
