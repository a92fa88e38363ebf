/** The desktop app's notifications: Electron's, where the system has them. */
import { Notification } from 'electron';

export function showDesktopNotification(title: string, body: string): void {
  if (!Notification.isSupported()) return;
  new Notification({ title, body, silent: false }).show();
}
