import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { EventMap } from '../../common/ipc/define';
import type { Router } from '../ipc/router';

/**
 * Binds the router to ipcMain.handle: one handler per contract channel, each calling the same
 * `dispatch` (sender check first). Only the first argument is ever read as the payload.
 * Returns a function that removes the handlers.
 */
export function bindRouterToIpcMain<Ev extends EventMap>(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  router: Router<Ev, IpcMainInvokeEvent>,
): () => void {
  for (const channel of router.channels) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => router.dispatch(channel, args[0], event));
  }
  return () => {
    for (const channel of router.channels) ipcMain.removeHandler(channel);
  };
}

/** A window's webContents as the event push needs it. */
export type EventTarget = Pick<WebContents, 'send' | 'isDestroyed'>;

/** Pushes every router event to the given webContents (the app's own windows only). */
export function bindRouterEventsToWebContents<Ev extends EventMap>(
  router: Router<Ev, IpcMainInvokeEvent>,
  targets: () => Iterable<EventTarget>,
): () => void {
  return router.subscribe((event, payload) => {
    for (const target of targets()) {
      if (!target.isDestroyed()) target.send(event, payload);
    }
  });
}
