import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-url';

/** Options of {@link createElectronSenderGuard}. */
export interface SenderGuardOptions {
  /** Whether a webContents id belongs to a window this app created (the main window). */
  readonly isTrustedWebContentsId: (id: number) => boolean;
}

/**
 * The IPC sender check (checklist #17): the frame must exist (`senderFrame` is null once the
 * frame navigated or died), be a top-level frame, show app://bundle/ (protocol + host compared,
 * never `.origin`, which is "null" for a custom scheme in Node), and belong to a known window.
 */
export function createElectronSenderGuard({ isTrustedWebContentsId }: SenderGuardOptions) {
  return function isTrustedSender(event: IpcMainInvokeEvent): boolean {
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return false;
    if (frame.parent !== null) return false;
    if (!isAppUrl(frame.url)) return false;
    return isTrustedWebContentsId(event.sender.id);
  };
}
