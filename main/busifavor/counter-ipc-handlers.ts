import { systemClock, type Clock } from '../../common/clock';
import { localized } from '../../common/i18n';
import { ipcFail, ipcOk } from '../../common/ipc/envelope';
import type { BatchServicesHandle } from '../batch/services';
import type { DomainHandlers } from '../ipc/define-handlers';
import { realSleep } from '../wechat/options';
import { createCounterService, type CounterService } from './counter-service';
import { merchantClients, withSandboxMerchant, type MerchantClient, type MerchantLookup } from './merchant-clients';

/** Dependencies of {@link counterHandlers}: the history every host opens, and where merchant keys come from. */
export interface CounterHandlerDeps {
  readonly batchServices: BatchServicesHandle;
  /** The merchant accounts (merchants.json); the built-in sandbox merchant is always there. */
  readonly merchantAccounts?: MerchantLookup;
  /** The embedded sandbox's address, for sandbox merchants. */
  readonly sandboxBaseUrl?: () => string | undefined;
  readonly clock?: Clock;
  /** Tests shorten the waits between replays of a lost answer. */
  readonly counterTiming?: { readonly sleep: (ms: number) => Promise<void>; readonly replayDelayMs: number; readonly timeoutMs?: number };
}

const historyUnavailable = localized('卡券历史暂时无法打开，没有核销任何券', 'The card history cannot be opened now; nothing was redeemed');

/**
 * `counter:*` for the 核销台. The keys stay in main; the answer is a cashier's line, WeChat Pay's
 * own code and message only in `detail` (the renderer shows it collapsed).
 */
export function counterHandlers(deps: CounterHandlerDeps): DomainHandlers<'counter'> {
  const clock = deps.clock ?? systemClock;
  const merchants = merchantClients({
    merchants: withSandboxMerchant(deps.merchantAccounts),
    clock,
    ...(deps.sandboxBaseUrl ? { sandboxBaseUrl: deps.sandboxBaseUrl } : {}),
    ...(deps.counterTiming?.timeoutMs ? { timeoutMs: deps.counterTiming.timeoutMs } : {}),
  });
  let service: CounterService | undefined;
  const open = async (accountId: string): Promise<{ ok: true; service: CounterService; merchant: MerchantClient } | { ok: false; fail: ReturnType<typeof ipcFail> }> => {
    const services = await deps.batchServices.get();
    if (!services.ok) return { ok: false, fail: ipcFail('history_unavailable', historyUnavailable) };
    service ??= createCounterService({
      history: services.value.history,
      now: () => clock.now(),
      sleep: deps.counterTiming?.sleep ?? realSleep,
      ...(deps.counterTiming ? { replayDelayMs: deps.counterTiming.replayDelayMs } : {}),
    });
    const merchant = await merchants.clientFor(accountId);
    if (!merchant.ok) return { ok: false, fail: ipcFail(merchant.error.code, merchant.error.message) };
    return { ok: true, service, merchant: merchant.value };
  };

  return {
    'counter:redeem': async ({ merchantAccountId, stockId, code }) => {
      const opened = await open(merchantAccountId);
      if (!opened.ok) return opened.fail;
      return ipcOk(await opened.service.redeem(opened.merchant, code, stockId));
    },
    'counter:recent': async ({ merchantAccountId, limit }) => {
      const opened = await open(merchantAccountId);
      if (!opened.ok) return opened.fail;
      return ipcOk({ redemptions: opened.service.recent(opened.merchant, limit) });
    },
    'counter:stocks': async ({ merchantAccountId }) => {
      const opened = await open(merchantAccountId);
      if (!opened.ok) return opened.fail;
      return ipcOk({ stocks: opened.service.stocks(merchantAccountId) });
    },
    'counter:reconcile': async ({ merchantAccountId }) => {
      const opened = await open(merchantAccountId);
      if (!opened.ok) return opened.fail;
      return ipcOk(await opened.service.reconcile(opened.merchant));
    },
  };
}
