import { systemClock, type Clock } from '../../common/clock';
import type { CellKind, CellRecord, HistoryRecord } from '../../common/ipc/channels/history';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { WeixinClient, WeixinFailure } from '../wechat';
import { historyErrorOf } from './errors';
import type { HistoryStore } from './history-store';

/** The calls switching a card's cells need. */
export type CellClient = Pick<WeixinClient, 'setPaycell' | 'setSelfConsumeCell'>;

/** Self-redemption flags (§1.11: sent as `need_verify_cod`, the official spelling). */
export interface CellFlags {
  readonly needVerifyCode?: boolean | undefined;
  readonly needRemarkAmount?: boolean | undefined;
}

/** Why a switch did not happen. */
export type CellError =
  | { readonly code: 'record_not_found' | 'record_has_no_card' | 'storage_failed'; readonly message: Localized }
  | { readonly code: 'wechat_error'; readonly message: Localized; readonly failure: WeixinFailure; readonly record: HistoryRecord };

/**
 * Turns 快速买单 (card/paycell/set, §1.10) or 自助核销 (card/selfconsumecell/set, §1.11) on or off for
 * a created card and records the outcome on its history record. A refusal (43017 no store, 45046
 * the other cell or center_url, 40145 centre cell, 43008 no WeChat Pay) is recorded with its
 * errcode; the card itself is untouched.
 */
export async function applyCell(
  history: HistoryStore,
  client: CellClient,
  recordId: string,
  which: CellKind,
  open: boolean,
  flags: CellFlags = {},
  context: { readonly signal?: AbortSignal | undefined; readonly clock?: Clock | undefined } = {},
): Promise<Result<HistoryRecord, CellError>> {
  const record = history.get(recordId);
  if (!record) return err({ code: 'record_not_found', message: localized('找不到这条卡券记录。', 'That card record does not exist.') });
  const cardId = record.cardId;
  if (!cardId) {
    return err({
      code: 'record_has_no_card',
      message: localized('这条记录还没有卡券ID（卡券尚未创建），不能设置快速买单或自助核销。', 'This record has no card_id yet (the card was not created), so Checkout or self-redemption cannot be set.'),
    });
  }
  const needVerifyCode = which === 'selfConsume' && flags.needVerifyCode === true;
  const needRemarkAmount = which === 'selfConsume' && flags.needRemarkAmount === true;
  const options = context.signal ? { signal: context.signal } : undefined;
  const sent =
    which === 'paycell'
      ? await client.setPaycell(cardId, open, options)
      : await client.setSelfConsumeCell(cardId, { isOpen: open, needVerifyCode, needRemarkAmount }, options);
  const previous = record[which];
  const at = (context.clock ?? systemClock).now();
  const cell: CellRecord = sent.ok
    ? { state: open ? 'set' : 'off', at, error: null, needVerifyCode, needRemarkAmount }
    : { ...previous, state: open ? 'failed' : previous.state, at, error: historyErrorOf(sent.error, at) };
  const written = await history.write(recordId, sent.ok ? `${which}-${open ? 'on' : 'off'}` : `${which}-failed`, { [which]: cell });
  if (!written.ok) return err({ code: 'storage_failed', message: written.error.message });
  if (!sent.ok) return err({ code: 'wechat_error', message: sent.error.message, failure: sent.error, record: written.value });
  return ok(written.value);
}
