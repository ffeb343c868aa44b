import type { z } from 'zod';
import { localized } from '../../common/i18n';
import { IPC_ERROR_CODES, ipcFail, type IpcErrorDetails, type IpcFailure, type IpcIssue } from '../../common/ipc/envelope';

/** zod issues as plain, serialisable paths (symbols become strings). */
export function toIpcIssues(issues: readonly z.core.$ZodIssue[]): IpcIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'number' ? part : String(part))),
    code: issue.code,
    message: issue.message,
  }));
}

function describePath(path: readonly (string | number)[]): string {
  return path.length === 0 ? '(root)' : path.join('.');
}

/** The sender is not the app's own page (details may say why, never echoing what was presented). */
export function forbiddenError(channel: string, details?: IpcErrorDetails): IpcFailure {
  return ipcFail(
    IPC_ERROR_CODES.forbidden,
    localized(
      `请求被拒绝：“${channel}”只接受本应用主窗口的调用。请重新启动卡券工作室。`,
      `Request refused: "${channel}" only answers the app's own main window. Restart Coupon Studio.`,
    ),
    details,
  );
}

/** No such channel in the contract. */
export function unknownChannelError(channel: string): IpcFailure {
  const shown = channel.length > 80 ? `${channel.slice(0, 80)}…` : channel;
  return ipcFail(
    IPC_ERROR_CODES.unknownChannel,
    localized(
      `未知的调用通道“${shown}”。界面与主进程版本可能不一致，请重新启动卡券工作室。`,
      `Unknown channel "${shown}". The window and the main process may be out of step; restart Coupon Studio.`,
    ),
    { channel: shown },
  );
}

/** The request does not match the channel's schema; lists every offending path. */
export function invalidRequestError(channel: string, issues: readonly IpcIssue[]): IpcFailure {
  const where = issues.map((issue) => describePath(issue.path)).join(', ');
  return ipcFail(
    IPC_ERROR_CODES.invalidRequest,
    localized(
      `“${channel}”的请求格式不正确（字段：${where}）。请检查这些字段后重试。`,
      `The request to "${channel}" is malformed (fields: ${where}). Check these fields and try again.`,
    ),
    { channel, issues },
  );
}

/** A handler failed unexpectedly; only a reference crosses IPC, the details stay in the log. */
export function internalError(channel: string, reference: string): IpcFailure {
  return ipcFail(
    IPC_ERROR_CODES.internal,
    localized(
      `“${channel}”处理时发生内部错误（编号 ${reference}）。请重试；若仍失败，请把此编号和日志发给支持人员。`,
      `"${channel}" failed with an internal error (reference ${reference}). Try again; if it keeps failing, send this reference and the log to support.`,
    ),
    { reference },
  );
}
