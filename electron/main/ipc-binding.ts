/**
 * One IPC handler per contract method. The sender is checked before anything
 * else, so a call from a frame that is not the app's never reaches the router;
 * the router then validates the arguments. Handlers always resolve with an
 * envelope — a thrown error would reach the page as an opaque IPC failure.
 */
import type { IpcMain } from 'electron';
import { methodNames, type EventEmitter } from '../api/contract';
import { callChannel, eventChannel } from '../api/client';
import { failure, type Envelope } from '../api/envelope';
import { ApiError } from '../api/errors';
import type { Router } from '../host/router';
import type { SenderCheck } from './sender-check';

export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  router: Router,
  isTrustedSender: SenderCheck,
): () => void {
  for (const method of methodNames) {
    ipcMain.handle(callChannel(method), async (event, ...args: unknown[]): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event)) {
        return failure(new ApiError('FORBIDDEN', 'This call did not come from the Broadsheet window and was refused.'));
      }
      try {
        return await router.dispatch(method, args);
      } catch (error) {
        return failure(error);
      }
    });
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(callChannel(method));
  };
}

interface EventTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Sends contract events to the window. Events raised before the window exists,
 * or after it closed, are dropped: what the reader must still see (notices) is
 * kept by its owner and listed by the UI when it connects.
 */
export function forwardEvents(getContents: () => EventTarget | null | undefined): EventEmitter {
  return (event, payload) => {
    const contents = getContents();
    if (!contents || contents.isDestroyed()) return;
    contents.send(eventChannel(event), payload);
  };
}
