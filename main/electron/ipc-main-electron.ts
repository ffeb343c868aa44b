import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { EventMap } from '../../common/ipc/define';
import type { Router } from '../ipc/router';
import { bindRouterToIpcMain } from './ipc-main';

/** Binds the router to Electron's real ipcMain (the only main file that imports it, with ipc-main.ts's types). */
export function bindRouterToElectron<Ev extends EventMap>(router: Router<Ev, IpcMainInvokeEvent>): () => void {
  return bindRouterToIpcMain(ipcMain, router);
}
