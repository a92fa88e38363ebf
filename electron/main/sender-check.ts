/**
 * Decides whether an IPC call comes from the app's own page: the main frame
 * of our window's web contents, currently showing an `app://broadsheet/` URL.
 * A sub-frame, another window, a page that somehow navigated elsewhere, or a
 * frame that is already gone (senderFrame null) is not trusted.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './app-url';

export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>) => boolean;

export function createSenderCheck(getAppContents: () => Pick<WebContents, 'id'> | null | undefined): SenderCheck {
  return (event) => {
    const contents = getAppContents();
    if (!contents || event.sender.id !== contents.id) return false;
    let frame: IpcMainInvokeEvent['senderFrame'];
    try {
      frame = event.senderFrame;
    } catch {
      // Reading senderFrame of a destroyed frame throws in some Electron versions.
      return false;
    }
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url);
  };
}
