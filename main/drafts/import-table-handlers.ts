import { randomUUID } from 'node:crypto';
import { extname } from 'node:path';
import type { draftTablesChannels } from '../../common/ipc/channels/draft-tables';
import { DRAFTS_ERROR_CODES } from '../../common/ipc/channels/drafts';
import { ipcFail, ipcOk } from '../../common/ipc/envelope';
import { localized } from '../../common/i18n';
import type { HandlersFor } from '../ipc/define-handlers';
import { writeExportFile } from '../history/export-file';
import { draftsFromTable } from './import-table';
import { readTableFile } from './import-table-read';
import { tableTemplate, templateFileName } from './import-table-template';

/** Asks where to save a file (Electron's dialog.showSaveDialog in the app); null when cancelled. */
export type SaveDialog = (options: { defaultName: string; extension: 'csv' | 'xlsx' }) => Promise<string | null>;

/** Dependencies of {@link draftTablesHandlers}; the web harness has no dialog and gets the bytes instead. */
export interface DraftTablesHandlerDeps {
  readonly saveDialog?: SaveDialog;
}

/** `drafts:importTable` and `drafts:saveTemplate`. */
export function draftTablesHandlers({ saveDialog }: DraftTablesHandlerDeps): HandlersFor<typeof draftTablesChannels> {
  return {
    'drafts:importTable': async ({ fileName, base64, backEnd }) => {
      const table = await readTableFile(fileName, Buffer.from(base64, 'base64'));
      if (!table.ok) return ipcFail(DRAFTS_ERROR_CODES.importShape, table.error, { fileName });
      const imported = draftsFromTable(backEnd, table.value, randomUUID, Date.now());
      return ipcOk({ ...imported, convertedFrom: table.value.convertedFrom });
    },
    'drafts:saveTemplate': async ({ backEnd, format }) => {
      const fileName = templateFileName(backEnd, format);
      const data = await tableTemplate(backEnd, format);
      if (!saveDialog) return ipcOk({ fileName, path: null, cancelled: false, base64: Buffer.from(data).toString('base64') });
      const chosen = await saveDialog({ defaultName: fileName, extension: format });
      if (chosen === null) return ipcOk({ fileName, path: null, cancelled: true, base64: null });
      const path = extname(chosen) === '' ? `${chosen}.${format}` : chosen;
      // The dialog already asked about replacing an existing file.
      const written = await writeExportFile(path, format, data, true);
      if (!written.ok) return ipcFail(DRAFTS_ERROR_CODES.importShape, localized(`模板没有保存：${written.error['zh-CN']}`, `The template was not saved: ${written.error.en}`));
      return ipcOk({ fileName: written.value.fileName, path: written.value.path, cancelled: false, base64: null });
    },
  };
}
