import type { BrowserWindow, Dialog } from 'electron';
import type { SaveDialog } from '../drafts/import-table-handlers';

/** The save dialog main shows for downloads (import templates), over the focused window; Electron's dialog is injected. */
export function createSaveDialog(dialog: Pick<Dialog, 'showSaveDialog'>, focused: () => BrowserWindow | null): SaveDialog {
  return async ({ defaultName, extension }) => {
    const options = { defaultPath: defaultName, filters: [{ name: extension === 'csv' ? 'CSV' : 'Excel', extensions: [extension] }] };
    const window = focused();
    const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  };
}
