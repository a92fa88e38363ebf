/**
 * A news reader needs no camera, microphone, location, notifications from web
 * content, USB, HID, serial or anything else a page can ask for. Every request
 * and every check is denied, so hostile content cannot even probe for them.
 * (Desktop notifications are raised by the main process, not by the page.)
 */
import type { Session } from 'electron';

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> &
  Partial<Pick<Session, 'setDevicePermissionHandler'>>;

export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
}
