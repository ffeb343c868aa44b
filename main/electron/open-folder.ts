import type { Shell } from 'electron';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { Logger } from '../log/logger';

/**
 * Opens a folder of this app (the data directory) in the system file manager. Only main does it:
 * the renderer asks over IPC and never names the path itself (app:openDataDir takes no argument).
 * shell.openPath answers '' on success, else the OS's reason, which the merchant is shown.
 */
export function createOpenFolder(shell: Pick<Shell, 'openPath'>, log: Logger): (path: string) => Promise<Result<void, Localized>> {
  return async (path) => {
    const problem = await shell.openPath(path);
    if (problem === '') return ok(undefined);
    log.warn('could not open a folder', { path, problem });
    return err(localized(`无法打开文件夹 ${path}：${problem}。可以在文件管理器中手动前往该路径。`, `Could not open the folder ${path}: ${problem}. You can go to that path in your file manager by hand.`));
  };
}
