import { localized, type Localized } from '../../common/i18n';
import { DRAFTS_ERROR_CODES } from '../../common/ipc/channels/drafts';
import type { StorageFailure } from '../storage/document-store';

/** A drafts operation that did not happen, as a value. */
export interface DraftsError {
  readonly code: (typeof DRAFTS_ERROR_CODES)[keyof typeof DRAFTS_ERROR_CODES];
  readonly message: Localized;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** No batch with that id (never existed, deleted, or its file was moved aside as corrupt). */
export const batchNotFound = (): DraftsError => ({
  code: DRAFTS_ERROR_CODES.notFound,
  message: localized('找不到这个草稿批次，它可能已被删除。请刷新草稿列表。', 'That draft batch does not exist; it may have been deleted. Refresh the draft list.'),
});

/** The batch does not have the draft-batch shape. */
export const invalidBatch = (detail: string): DraftsError => ({
  code: DRAFTS_ERROR_CODES.invalidBatch,
  message: localized(`草稿批次的结构不正确，未保存（${detail}）。`, `The draft batch has the wrong structure and was not saved (${detail}).`),
  details: { detail },
});

/** The batch file could not be written. */
export const draftsStorageError = (failure: StorageFailure): DraftsError => ({ code: DRAFTS_ERROR_CODES.storage, message: failure.message });

/** An unknown target account for a clone or a new batch. */
export const unknownAccount = (): DraftsError => ({
  code: DRAFTS_ERROR_CODES.unknownAccount,
  message: localized('目标账号不存在。请先在账号列表中添加它。', 'The target account does not exist. Add it in the account list first.'),
});
