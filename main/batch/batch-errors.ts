import type { BATCH_ERROR_CODES } from '../../common/ipc/channels/batch';
import { localized, type Localized } from '../../common/i18n';

/** A batch operation that did not happen, as a value. */
export interface BatchError {
  readonly code: (typeof BATCH_ERROR_CODES)[keyof typeof BATCH_ERROR_CODES];
  readonly message: Localized;
}

const MESSAGES: Readonly<Record<BatchError['code'], Localized>> = {
  batch_unavailable: localized('批量创建功能暂不可用（卡券历史未能打开）。', 'Batch creation is unavailable (the card history could not be opened).'),
  batch_not_found: localized('找不到这个批次，它可能已被删除。请刷新批次列表。', 'That batch does not exist; it may have been deleted. Refresh the batch list.'),
  batch_has_no_account: localized('这个批次还没有选择公众号账号。请先为批次选择账号，再创建。', 'This batch has no account yet. Choose the Official Account for the batch, then create.'),
  account_unavailable: localized('无法使用这个账号。请在“账号”中检查它的 AppSecret 和网络设置。', 'This account cannot be used. Check its AppSecret and network settings under Accounts.'),
  run_not_found: localized('找不到这次运行。', 'That run does not exist.'),
  run_already_active: localized('这个批次正在创建中。请等它完成，或先暂停/取消。', 'This batch is already being created. Wait for it, or pause/cancel it first.'),
  run_not_resumable: localized('这次运行已经结束（完成或已取消），不能继续。需要时请重新开始创建。', 'This run has ended (done or cancelled) and cannot be resumed. Start a new one if needed.'),
  recovery_pending: localized(
    '这个账号上次有卡券的创建结果还没与微信核对清楚（可能是网络不通）。为避免重复创建，核对完成前不会发送新的卡券。请检查网络后重试。',
    'Some earlier creates on this account have not been checked with Weixin yet (the network may be down). To avoid duplicates, nothing new is sent until they are. Check the network and try again.',
  ),
  storage_failed: localized('无法写入卡券历史。请检查磁盘空间和文件夹权限。', 'The card history could not be written. Check the free disk space and the folder permissions.'),
};

/** The error of a code, with its standard message or a more specific one. */
export function batchError(code: BatchError['code'], message?: Localized): BatchError {
  return { code, message: message ?? MESSAGES[code] };
}
