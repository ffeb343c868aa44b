import { randomBytes } from 'node:crypto';
import type { BudgetField, StockPatch, StockView } from '../../common/ipc/channels/stocks';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { StockChangeRow, StockChangesStore } from '../history/stock-changes-store';
import type { PayFailure, PayResult } from '../wechatpay';
import type { MerchantClient } from './merchant-clients';
import { payMessage, verdictOf } from './pay-outcome';

/** Tries of one change under its one request number (lost answers, 5xx, 429). */
const MAX_TRIES = 4;

/** Why a change did not land: what to tell the merchant, and whether it may still have landed. */
export interface StockChangeFailure {
  readonly code: 'wechatpay_error' | 'outcome_unknown' | 'storage_failed' | 'nothing_to_change';
  readonly message: Localized;
  readonly wechatpayCode?: string;
}

/** What the changes need: the history's change log and a clock. */
export interface StockChangeDeps {
  readonly store: StockChangesStore;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

type Json = Record<string, unknown>;

function sendOf(merchant: MerchantClient, row: Pick<StockChangeRow, 'kind' | 'stockId' | 'body'>): Promise<PayResult<unknown>> {
  const body = JSON.parse(row.body) as Json;
  if (row.kind === 'budget') return merchant.pay.updateBudget(row.stockId, body as Parameters<MerchantClient['pay']['updateBudget']>[1]);
  return merchant.pay.modifyStock(row.stockId, body as Json & { out_request_no: string });
}

/**
 * Sends a committed change with its own request number until WeChat Pay answers for certain; a
 * lost answer is repeated with the same number and body (WeChat Pay answers a repeat with the first
 * result, §2.3), so a change is applied at most once. Settles the row with the answer.
 */
async function sendCommitted(deps: StockChangeDeps, merchant: MerchantClient, row: Pick<StockChangeRow, 'requestNo' | 'kind' | 'stockId' | 'body'>): Promise<Result<void, StockChangeFailure>> {
  let failure: PayFailure | undefined;
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    if (attempt > 0) await deps.sleep(200 * 2 ** (attempt - 1));
    const answer = await sendOf(merchant, row);
    if (answer.ok) {
      await deps.store.settleStockChange(row.requestNo, { state: 'done', error: null }, deps.now());
      return ok(undefined);
    }
    failure = answer.error;
    const verdict = verdictOf(failure);
    if (verdict !== 'maybe' && verdict !== 'retry') break;
  }
  if (!failure) return ok(undefined);
  const verdict = verdictOf(failure);
  if (verdict === 'maybe' || verdict === 'retry') {
    return err({
      code: 'outcome_unknown',
      message: localized(
        '微信支付没有给出确定的应答，修改可能已生效：已记下请求单号，下次打开或修改这个批次时会用同一单号核对，不会重复修改。',
        'WeChat Pay gave no certain answer and the change may have been applied: its request number is kept, and the next refresh or change of this stock checks it under the same number, never applying it twice.',
      ),
    });
  }
  // A certain refusal (or the merchant refused as a whole) settles the row: nothing was applied.
  await deps.store.settleStockChange(row.requestNo, { state: 'refused', error: failure.kind === 'api' ? `${failure.code}: ${failure.message}` : failure.code }, deps.now());
  return err({ code: 'wechatpay_error', message: payMessage(failure), ...(failure.kind === 'api' ? { wechatpayCode: failure.code } : {}) });
}

/** Replays, oldest first, the stock's changes a lost answer or a killed process left open. */
export async function settleOpenChanges(deps: StockChangeDeps, merchant: MerchantClient, stockId: string): Promise<Result<void, StockChangeFailure>> {
  for (const row of deps.store.openStockChanges(merchant.mchid, stockId)) {
    const sent = await sendCommitted(deps, merchant, row);
    // A refusal of an old change is settled and done with; an unknown one still blocks a new change.
    if (!sent.ok && sent.error.code === 'outcome_unknown') return sent;
  }
  return ok(undefined);
}

async function commitAndSend(deps: StockChangeDeps, merchant: MerchantClient, stockId: string, kind: StockChangeRow['kind'], requestNo: string, body: Json): Promise<Result<void, StockChangeFailure>> {
  const row = { requestNo, kind, accountId: merchant.accountId, mchid: merchant.mchid, stockId, body: JSON.stringify(body), requestedAt: deps.now() };
  const committed = await deps.store.beginStockChange(row);
  if (!committed.ok) return err({ code: 'storage_failed', message: committed.error.message });
  return sendCommitted(deps, merchant, row);
}

const requestNo = (mchid: string, tag: 'B' | 'M') => `${mchid}${tag}${randomBytes(12).toString('hex')}`;

/**
 * One budget dimension to `target` (§2.3): the current value comes from the stock as just read,
 * and the body with both is committed before it is sent; one dimension per call.
 */
export async function changeStockBudget(deps: StockChangeDeps, merchant: MerchantClient, stock: StockView, field: BudgetField, target: number): Promise<Result<{ outcome: 'changed' | 'unchanged'; from: number | null; to: number }, StockChangeFailure>> {
  const current = field === 'maxCoupons' ? stock.maxCoupons : stock.maxCouponsByDay;
  if (current === target) return ok({ outcome: 'unchanged', from: current, to: target });
  const no = requestNo(merchant.mchid, 'B');
  // A stock without a daily limit has no current_max_coupons_by_day: the field is left out (§2.3).
  const body: Json =
    field === 'maxCoupons'
      ? { target_max_coupons: target, current_max_coupons: current, modify_budget_request_no: no }
      : { target_max_coupons_by_day: target, ...(current === null ? {} : { current_max_coupons_by_day: current }), modify_budget_request_no: no };
  const sent = await commitAndSend(deps, merchant, stock.stockId, 'budget', no, body);
  return sent.ok ? ok({ outcome: 'changed', from: current, to: target }) : sent;
}

/** The PATCH body of the fields that differ from the stock now (§2.3), or undefined when none do. */
export function modifyBody(stock: StockView, patch: StockPatch): Json | undefined {
  const now = stock.editable;
  const body: Json = {};
  const display: Json = {};
  const useRule: Json = {};
  if (patch.goodsName !== undefined && patch.goodsName !== now.goodsName) body.goods_name = patch.goodsName;
  if (patch.comment !== undefined && patch.comment !== now.comment) body.comment = patch.comment;
  if (patch.description !== undefined && patch.description !== now.description) display.description = patch.description;
  if (patch.backgroundColor !== undefined && patch.backgroundColor !== now.backgroundColor) display.background_color = patch.backgroundColor;
  if (patch.useMethod !== undefined && patch.useMethod !== now.useMethod) useRule.use_method = patch.useMethod;
  if (patch.miniProgramsAppid !== undefined && patch.miniProgramsAppid !== now.miniProgramsAppid) useRule.mini_programs_appid = patch.miniProgramsAppid;
  if (patch.miniProgramsPath !== undefined && patch.miniProgramsPath !== now.miniProgramsPath) useRule.mini_programs_path = patch.miniProgramsPath;
  if (Object.keys(display).length > 0) body.display_pattern_info = display;
  if (Object.keys(useRule).length > 0) body.coupon_use_rule = useRule;
  if (patch.preventApiAbuse !== undefined && patch.preventApiAbuse !== now.preventApiAbuse) body.stock_send_rule = { prevent_api_abuse: patch.preventApiAbuse };
  return Object.keys(body).length === 0 ? undefined : body;
}

/** PATCH stocks/{stock_id} with the changed fields, committed first (out_request_no, §2.3). */
export async function modifyStock(deps: StockChangeDeps, merchant: MerchantClient, stock: StockView, patch: StockPatch): Promise<Result<void, StockChangeFailure>> {
  const body = modifyBody(stock, patch);
  if (!body) return err({ code: 'nothing_to_change', message: localized('没有要修改的内容：这些字段与批次现在的内容相同。', 'Nothing to change: these fields already hold these values.') });
  const no = requestNo(merchant.mchid, 'M');
  return commitAndSend(deps, merchant, stock.stockId, 'modify', no, { ...body, out_request_no: no });
}
