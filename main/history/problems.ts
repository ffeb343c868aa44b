import { writeFile } from 'node:fs/promises';
import { localized, type Localized } from '../../common/i18n';
import type { LockHolder } from './lock';

/** Something found while opening the journal: reported, never fatal. */
export interface HistoryProblem {
  readonly code: 'torn_tail' | 'bad_lines' | 'bad_fields';
  readonly count: number;
  /** For a torn tail: where its bytes were saved. */
  readonly savedTo: string | null;
  readonly message: Localized;
}

/** The journal is held by another live process. */
export function lockedMessage(holder: LockHolder): Localized {
  return localized(
    `卡券历史正被另一个卡券工作室进程（PID ${holder.pid}）使用。请先关闭它（桌面应用或命令行），再重试。`,
    `The card history is in use by another Coupon Studio process (PID ${holder.pid}). Close it (the desktop app or the command line) and try again.`,
  );
}

/** A torn last line, cut off at open. */
export function tornProblem(bytes: number, savedTo: string | null): HistoryProblem {
  const where = savedTo ?? '';
  return {
    code: 'torn_tail',
    count: bytes,
    savedTo,
    message: localized(
      `卡券历史的最后一行不完整（${bytes} 字节，上次程序可能在写入时被中断），已忽略${where ? `并另存到 ${where}` : ''}。之前的记录都完好；未完成的创建会在下次运行前先与微信核对。`,
      `The last line of the card history was incomplete (${bytes} bytes; the app was probably stopped mid-write) and was ignored${where ? `, saved to ${where}` : ''}. Every earlier record is intact; unfinished creates are checked with Weixin before anything new is sent.`,
    ),
  };
}

/** Saves text beside the journal (never overwriting); where, or null if it could not. */
export async function saveAside(path: string, text: string): Promise<string | null> {
  try {
    await writeFile(path, text, { mode: 0o600, flag: 'wx' });
    return path;
  } catch {
    return null;
  }
}

/** Lines that are not journal entries, skipped. */
export function badLinesProblem(count: number, savedTo: string | null): HistoryProblem {
  const where = savedTo ?? '';
  return {
    code: 'bad_lines',
    count,
    savedTo,
    message: localized(
      `卡券历史中有 ${count} 行无法读取，已跳过${where ? `并另存到 ${where}` : ''}；其余记录正常。`,
      `${count} line(s) of the card history could not be read and were skipped${where ? ` (saved to ${where})` : ''}; the other records are fine.`,
    ),
  };
}

/** Fields of the wrong type, dropped. */
export function badFieldsProblem(count: number): HistoryProblem {
  return {
    code: 'bad_fields',
    count,
    savedTo: null,
    message: localized(`卡券历史中有 ${count} 个字段格式不对，已忽略。`, `${count} field(s) in the card history had the wrong format and were ignored.`),
  };
}
