import { systemClock, type Clock } from '../../common/clock';
import { localized } from '../../common/i18n';
import { ipcFail, ipcOk, type IpcFailure } from '../../common/ipc/envelope';
import type { StockView } from '../../common/ipc/channels/stocks';
import type { BatchServicesHandle } from '../batch/services';
import type { HistoryStore } from '../history/history-store';
import type { DomainHandlers } from '../ipc/define-handlers';
import type { SandboxControl } from '../sandbox-control/sandbox-control';
import { realSleep } from '../wechat/options';
import { merchantClients, withSandboxMerchant, type MerchantClient, type MerchantLookup } from './merchant-clients';
import { payMessage } from './pay-outcome';
import { changeStockBudget, modifyStock, settleOpenChanges, type StockChangeFailure } from './stock-ipc-changes';
import { readSendEvents } from './stock-ipc-events';
import { uploadCodesFile } from './stock-ipc-upload';
import { stockViewOf } from './stock-ipc-view';

/** Dependencies of {@link stocksHandlers}: what every host already builds, plus the merchant accounts when it has them. */
export interface StocksHandlerDeps {
  readonly batchServices: BatchServicesHandle;
  /** The embedded sandbox: sandbox merchants talk to it, and it keeps their COUPON.SEND callbacks. */
  readonly sandboxControl: Pick<SandboxControl, 'status'>;
  /** The merchant accounts (merchants.json + vault); the built-in sandbox merchant is always there. */
  readonly merchantAccounts?: MerchantLookup;
  readonly clock?: Clock;
  readonly sleep?: (ms: number) => Promise<void>;
}

const historyUnavailable = localized('卡券历史暂时无法打开，未发送任何请求', 'The card history cannot be opened now; nothing was sent');

function changeFail(e: StockChangeFailure): IpcFailure {
  return ipcFail(e.code, e.message, e.wechatpayCode ? { wechatpayCode: e.wechatpayCode } : undefined);
}

/**
 * `stocks:*` for a 商家券's History detail. The merchant is the history record's account; its keys
 * stay in main (the client signs, verifies and decrypts here) and answers carry only the stock.
 * Every change is committed to the history before it is sent (security-reliability.md §4.3).
 */
export function stocksHandlers(deps: StocksHandlerDeps): DomainHandlers<'stocks'> {
  const clock = deps.clock ?? systemClock;
  const sleep = deps.sleep ?? realSleep;
  const lookup = withSandboxMerchant(deps.merchantAccounts);
  // The sandbox's address does not change while the host runs: read it once (status() builds a dump).
  let baseUrl: string | undefined;
  const sandboxBaseUrl = () => (baseUrl ??= deps.sandboxControl.status().baseUrl);
  const clients = merchantClients({ merchants: lookup, clock, sandboxBaseUrl });

  type Open = { ok: true; history: HistoryStore; merchant: MerchantClient } | { ok: false; fail: IpcFailure };
  const open = async (accountId: string): Promise<Open> => {
    const services = await deps.batchServices.get();
    if (!services.ok) return { ok: false, fail: ipcFail('history_unavailable', historyUnavailable) };
    const merchant = await clients.clientFor(accountId);
    if (!merchant.ok) return { ok: false, fail: ipcFail('account_unavailable', merchant.error.message) };
    return { ok: true, history: services.value.history, merchant: merchant.value };
  };
  const changeDeps = (history: HistoryStore) => ({ store: history, now: () => clock.now(), sleep });

  /** Settles changes a lost answer left open, then reads the stock as WeChat Pay has it now. */
  const refresh = async (history: HistoryStore, merchant: MerchantClient, stockId: string): Promise<{ ok: true; stock: StockView } | { ok: false; fail: IpcFailure }> => {
    const settled = await settleOpenChanges(changeDeps(history), merchant, stockId);
    if (!settled.ok) return { ok: false, fail: changeFail(settled.error) };
    const got = await merchant.pay.getStock(stockId);
    if (!got.ok) return { ok: false, fail: ipcFail('wechatpay_error', payMessage(got.error), got.error.kind === 'api' ? { wechatpayCode: got.error.code } : undefined) };
    return { ok: true, stock: stockViewOf(got.value, { accountId: merchant.accountId, mchid: merchant.mchid, redeemedHere: history.redeemedCount(merchant.mchid, stockId), now: clock.now() }) };
  };

  return {
    'stocks:get': async ({ accountId, stockId }) => {
      const opened = await open(accountId);
      if (!opened.ok) return opened.fail;
      const read = await refresh(opened.history, opened.merchant, stockId);
      return read.ok ? ipcOk(read.stock) : read.fail;
    },
    'stocks:budget': async ({ accountId, stockId, field, target }) => {
      const opened = await open(accountId);
      if (!opened.ok) return opened.fail;
      // The current value is the one WeChat Pay holds now, not what the screen last showed (§2.3).
      const before = await refresh(opened.history, opened.merchant, stockId);
      if (!before.ok) return before.fail;
      const changed = await changeStockBudget(changeDeps(opened.history), opened.merchant, before.stock, field, target);
      if (!changed.ok) return changeFail(changed.error);
      const after = await refresh(opened.history, opened.merchant, stockId);
      return after.ok ? ipcOk({ ...changed.value, stock: after.stock }) : after.fail;
    },
    'stocks:modify': async ({ accountId, stockId, patch }) => {
      const opened = await open(accountId);
      if (!opened.ok) return opened.fail;
      const before = await refresh(opened.history, opened.merchant, stockId);
      if (!before.ok) return before.fail;
      const done = await modifyStock(changeDeps(opened.history), opened.merchant, before.stock, patch);
      if (!done.ok) return changeFail(done.error);
      const after = await refresh(opened.history, opened.merchant, stockId);
      return after.ok ? ipcOk(after.stock) : after.fail;
    },
    'stocks:uploadCodes': async ({ accountId, stockId, fileName, base64, uploadId }, { emit }) => {
      const opened = await open(accountId);
      if (!opened.ok) return opened.fail;
      const got = await opened.merchant.pay.getStock(stockId);
      if (!got.ok) return ipcFail('wechatpay_error', payMessage(got.error));
      const stock = { stockId, codeMode: got.value.coupon_code_mode, maxCoupons: got.value.stock_send_rule.max_coupons };
      const uploaded = await uploadCodesFile(
        { store: opened.history, now: () => clock.now(), sleep, onProgress: (done, total) => emit('stocks:uploadProgress', { uploadId, stockId, done, total }) },
        opened.merchant,
        stock,
        { uploadId, fileName, bytes: Buffer.from(base64, 'base64') },
      );
      if (!uploaded.ok) return ipcFail(uploaded.error.code, uploaded.error.message, uploaded.error.report ? { report: uploaded.error.report } : undefined);
      return ipcOk(uploaded.value);
    },
    'stocks:codeResults': async ({ accountId, stockId, offset, limit, result }) => {
      const opened = await open(accountId);
      if (!opened.ok) return opened.fail;
      const { history, merchant } = opened;
      const all = history.codeRows(merchant.mchid, stockId);
      const rows = result ? all.filter((r) => r.result === result) : all;
      const from = offset ?? 0;
      return ipcOk({ total: rows.length, counts: history.codeCounts(merchant.mchid, stockId), rows: rows.slice(from, from + (limit ?? 1000)).map(({ code, result: r, reason }) => ({ code, result: r, reason })) });
    },
    'stocks:events': async ({ accountId, stockId }) => {
      const read = await readSendEvents({ merchants: lookup, sandboxBaseUrl }, accountId, stockId);
      return read.ok ? ipcOk({ source: 'sandbox' as const, ...read.value }) : ipcFail(read.error.code, read.error.message);
    },
  };
}
