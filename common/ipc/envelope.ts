import type { Localized } from '../i18n';

/** One schema problem in a request: where (path), what (zod code) and a readable message. */
export interface IpcIssue {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

/** Machine-readable extras of an error; `issues` carries zod issue paths for invalid requests. */
export interface IpcErrorDetails {
  readonly issues?: readonly IpcIssue[];
  readonly [key: string]: unknown;
}

/** An error that crossed IPC as a value (style.md habit 3): a stable code plus zh-CN/English text. */
export interface IpcError {
  readonly code: string;
  readonly message: Localized;
  readonly details?: IpcErrorDetails;
}

/** The envelope every channel answers with; no channel ever rejects or throws across the boundary. */
export type IpcResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: IpcError };

/** A failed envelope, for handlers that only ever fail in a given branch. */
export type IpcFailure = Extract<IpcResult<never>, { ok: false }>;

/**
 * Error codes the IPC layer itself produces. Domains add their own codes (e.g. `wechat_error`)
 * next to their channels; these five are reserved.
 */
export const IPC_ERROR_CODES = {
  /** The sender is not the app's own top-level page (Electron) or lacks the harness token (web). */
  forbidden: 'forbidden',
  /** No such channel in the contract. */
  unknownChannel: 'unknown_channel',
  /** The request did not match the channel's request schema; `details.issues` says where. */
  invalidRequest: 'invalid_request',
  /** A handler threw or broke its response schema; the message carries a reference, never a stack. */
  internal: 'internal',
  /** The transport itself failed (main unreachable, harness stopped); produced on the renderer side. */
  transport: 'transport',
} as const;

/** A successful envelope. */
export function ipcOk<T>(data: T): IpcResult<T> {
  return { ok: true, data };
}

/** A failed envelope with a bilingual message (what went wrong and what to do). */
export function ipcFail(code: string, message: Localized, details?: IpcErrorDetails): IpcFailure {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}
