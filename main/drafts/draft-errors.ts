import { localized, type Localized } from '../../common/i18n';
import { BACK_END_ACCOUNT_KIND, BACK_END_LABELS } from '../../common/drafts/back-end-labels';
import type { BatchBackEndName } from '../../common/drafts/draft';
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

/**
 * An unknown target account for a clone or a new batch — or one of the wrong kind: a 商家券 batch
 * is created with a WeChat Pay merchant account, the Card API batches with an Official Account.
 */
export const unknownAccount = (backEnd: BatchBackEndName = 'weixin_card'): DraftsError => {
  const kind = BACK_END_ACCOUNT_KIND[backEnd];
  const label = BACK_END_LABELS[backEnd];
  return {
    code: DRAFTS_ERROR_CODES.unknownAccount,
    message: localized(
      `目标账号不存在，或不是${kind['zh-CN']}（${label['zh-CN']}批次只能用${kind['zh-CN']}创建）。请先在账号列表中添加它。`,
      `The target account does not exist or is not a ${kind.en} (a ${label.en} batch is created with a ${kind.en}). Add it in the account list first.`,
    ),
    details: { backEnd },
  };
};

/** A save that would change what the batch creates: refused, the batch keeps its back end. */
export const backEndFixed = (stored: BatchBackEndName, wanted: BatchBackEndName): DraftsError => ({
  code: DRAFTS_ERROR_CODES.backEndFixed,
  message: localized(
    `这个批次创建的是${BACK_END_LABELS[stored]['zh-CN']}，不能改为${BACK_END_LABELS[wanted]['zh-CN']}，未保存。请新建一个${BACK_END_LABELS[wanted]['zh-CN']}批次。`,
    `This batch creates ${BACK_END_LABELS[stored].en}; it cannot become a ${BACK_END_LABELS[wanted].en} batch and was not saved. Make a new ${BACK_END_LABELS[wanted].en} batch instead.`,
  ),
  details: { stored, wanted },
});
