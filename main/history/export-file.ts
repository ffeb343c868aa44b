import { basename, extname, posix, win32 } from 'node:path';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { writeFileAtomic } from '../storage/atomic-write';
import { nodeFileOps, pathExists } from '../storage/files';

/**
 * Writes an export where the user chose (a save dialog in the renderer). The path comes over IPC,
 * so it is held to what a save dialog gives: absolute, ending in the format's extension, and not
 * replacing an existing file unless the user confirmed it (`overwrite`). Written atomically.
 */
export async function writeExportFile(path: string, format: 'csv' | 'xlsx', data: Uint8Array, overwrite: boolean): Promise<Result<{ path: string; fileName: string }, Localized>> {
  if (!(posix.isAbsolute(path) || win32.isAbsolute(path)) || path.includes('\u0000')) {
    return err(localized('导出路径必须是完整路径（例如 D:\\导出\\卡券历史.xlsx）。请用“另存为”重新选择。', 'The export path must be a full path (e.g. /Users/me/card-history.xlsx). Choose it again with Save As.'));
  }
  if (extname(path).toLowerCase() !== `.${format}`) {
    return err(localized(`导出为 ${format.toUpperCase()} 时文件名须以 .${format} 结尾。`, `An ${format.toUpperCase()} export must end in .${format}.`));
  }
  if (!overwrite && (await pathExists(nodeFileOps, path))) {
    return err(localized('这个文件已存在。确认替换后再导出，或换一个文件名。', 'That file already exists. Confirm replacing it, or choose another name.'));
  }
  const written = await writeFileAtomic(path, data, { mode: 0o644 });
  if (!written.ok) return err(written.error.message);
  return ok({ path, fileName: basename(path) });
}
