import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { BridgeTransport } from './bridge';

/**
 * The bridge transport over ipcRenderer. The listener wrapper drops the IpcRendererEvent, so the
 * page never receives `event.sender` (a handle to ipcRenderer) — checklist #20.
 */
export function ipcRendererTransport(ipcRenderer: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): BridgeTransport {
  return {
    invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
    subscribe(event, listener) {
      const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipcRenderer.on(event, wrapped);
      return () => {
        ipcRenderer.removeListener(event, wrapped);
      };
    },
  };
}
