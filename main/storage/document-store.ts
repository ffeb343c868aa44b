import type { z } from 'zod';
import { localized, type Localized } from '../../common/i18n';
import type { Result } from '../../common/result';

/** Why a stored document could not be used. */
export type CorruptReason = 'invalid_json' | 'schema_violation' | 'unreadable';

/**
 * A document that could not be read. It was moved aside to `movedTo` (never replaced, never
 * deleted) so the rest of the app goes on; the UI shows `message` with both paths.
 */
export interface CorruptDocument {
  readonly code: 'corrupt_document';
  readonly path: string;
  /** Where the bad file now is; null when it could not be moved (it is then left untouched). */
  readonly movedTo: string | null;
  readonly reason: CorruptReason;
  /** The parser's or the schema's words, for the log and the details pane. */
  readonly detail: string;
  readonly message: Localized;
  /** When it was found (ms). */
  readonly at: number;
}

/** A write that did not happen (the previous file, if any, is intact). */
export interface StorageFailure {
  readonly code: 'storage_busy' | 'storage_permission' | 'storage_not_a_folder' | 'storage_io' | 'storage_refused';
  readonly path: string;
  /** The Node errno (EPERM, ENOSPC…), when there was one. */
  readonly errno?: string;
  readonly message: Localized;
}

/**
 * One JSON document on disk (a settings file, the account list, one draft batch). `read` parses
 * with the store's zod schema; a corrupt file is moved aside and reported, never silently
 * replaced (architecture.md "Data that must never be lost").
 */
export interface DocumentStore<T> {
  readonly path: string;
  /** The document, undefined when the file does not exist, or the corrupt-file report. */
  read(): Promise<Result<T | undefined, CorruptDocument>>;
  /** Writes the whole document atomically. A corrupt file in the way is moved aside first. */
  write(value: T): Promise<Result<void, StorageFailure>>;
}

/** What a document is: where, and the shape it must have. */
export interface DocumentSpec<T> {
  readonly dir: string;
  /** The file name without `.json`. */
  readonly name: string;
  readonly schema: z.ZodType<T>;
}

/** Opens document stores of one backing kind (conf for Node/CLI/tests, electron-store in the app). */
export type DocumentOpener = <T extends object>(spec: DocumentSpec<T>) => DocumentStore<T>;

const REASON_TEXT: Record<CorruptReason, Localized> = {
  invalid_json: localized('不是有效的 JSON（文件可能被截断或被其他程序改写）', 'is not valid JSON (it may have been cut short or edited by another program)'),
  schema_violation: localized('内容与本应用的数据格式不符', 'does not match the format this app expects'),
  unreadable: localized('无法读取', 'could not be read'),
};

/** The bilingual report for a corrupt file: what happened, where it went, what to do. */
export function corruptMessage(path: string, movedTo: string | null, reason: CorruptReason): Localized {
  const why = REASON_TEXT[reason];
  if (movedTo === null) {
    return localized(
      `数据文件 ${path} ${why['zh-CN']}，而且无法移到一旁（文件可能正被其他程序占用）。文件保持原样，未被覆盖；请关闭占用它的程序后重启卡券工作室，或把它发给支持人员。`,
      `The data file ${path} ${why.en}, and it could not be moved aside (another program may be holding it). It was left untouched and not overwritten; close that program and restart Coupon Studio, or send the file to support.`,
    );
  }
  return localized(
    `数据文件 ${path} ${why['zh-CN']}。原文件已移到 ${movedTo}，没有删除；其余数据照常可用。如需找回其中内容，请打开该文件或把它发给支持人员。`,
    `The data file ${path} ${why.en}. It was moved to ${movedTo}, not deleted; everything else works as usual. To recover what it held, open that file or send it to support.`,
  );
}

/** Why a file operation failed, as far as its errno tells. */
export type StorageProblemKind = 'busy' | 'permission' | 'not_a_folder' | 'io';

/**
 * The bilingual report for a write that failed after retries. `blocking` is the file found where a
 * folder of `path` belongs (not_a_folder only).
 */
export function writeFailureMessage(path: string, errno: string | undefined, kind: StorageProblemKind, blocking?: string): Localized {
  const code = errno === undefined ? '' : `（${errno}）`;
  const codeEn = errno === undefined ? '' : ` (${errno})`;
  if (kind === 'busy') {
    return localized(
      `无法保存 ${path}${code}：文件正被其他程序占用（常见于杀毒软件或同步盘）。原有内容未受影响。请稍后重试；若反复出现，请把数据目录加入杀毒软件的排除列表。`,
      `Could not save ${path}${codeEn}: another program is holding the file (often antivirus or a sync tool). The previous content is intact. Try again in a moment; if it keeps happening, exclude the data folder from the antivirus scan.`,
    );
  }
  if (kind === 'permission') {
    return localized(
      `无法保存 ${path}${code}：没有权限写入这个位置（文件或文件夹属于其他用户，或被设为只读）。原有内容未受影响。请让该文件夹对当前用户可写（例如 chmod u+w 或更改所有者），或换一个可写的数据文件夹（命令行 --data-dir，或环境变量 COUPON_STUDIO_HOME）。`,
      `Could not save ${path}${codeEn}: you have no permission to write there (the file or folder belongs to another user, or is read-only). The previous content is intact. Make the folder writable for your user (e.g. chmod u+w, or change its owner), or choose a writable data folder (--data-dir on the command line, or the COUPON_STUDIO_HOME environment variable).`,
    );
  }
  if (kind === 'not_a_folder') {
    const where = blocking ?? path;
    return localized(
      `无法保存 ${path}${code}：${where} 是一个文件，但这里需要一个文件夹。请把这个文件改名或移走（不要删除，里面可能有数据），或换一个数据文件夹（命令行 --data-dir，或环境变量 COUPON_STUDIO_HOME），然后重试。`,
      `Could not save ${path}${codeEn}: ${where} is a file, but a folder belongs there. Rename or move that file (do not delete it, it may hold data), or choose another data folder (--data-dir on the command line, or the COUPON_STUDIO_HOME environment variable), then try again.`,
    );
  }
  return localized(
    `无法保存 ${path}${code}。原有内容未受影响。请检查磁盘空间和文件夹权限后重试。`,
    `Could not save ${path}${codeEn}. The previous content is intact. Check the free disk space and the folder's permissions, then try again.`,
  );
}

/** A short, single-line summary of zod issues for the `detail` field. */
export function summarizeIssues(issues: readonly z.core.$ZodIssue[], max = 5): string {
  const shown = issues.slice(0, max).map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  return issues.length > max ? `${shown.join('; ')}; … ${issues.length - max} more` : shown.join('; ');
}
