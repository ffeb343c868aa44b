import { systemClock, type Clock } from '../../common/clock';
import { localized } from '../../common/i18n';
import { MERCHANTS_ERROR_CODES, type merchantsChannels } from '../../common/ipc/channels/merchants';
import { ipcFail, ipcOk, type IpcFailure } from '../../common/ipc/envelope';
import type { HandlersFor } from '../ipc/define-handlers';
import { toStorageProblem } from '../storage/problems';
import { createWechatPayClient } from '../wechatpay';
import { addMerchant, addSandboxMerchant, inspectMerchantFiles, toMerchantAccountView, updateMerchant } from './merchant-ipc-service';
import { toMerchantReportView } from './merchant-ipc-report';
import type { MerchantError, MerchantService } from './merchant-service';
import { testMerchantConnection, type PayClientFactory } from './merchant-test-connection';

/** Dependencies of {@link merchantsHandlers}; the hosts build them with the other data-directory services. */
export interface MerchantsHandlerDeps {
  readonly merchantAccounts: MerchantService;
  /** The embedded sandbox's address, for merchants whose environment is `sandbox`. */
  readonly sandboxBaseUrl?: () => string | undefined;
  /** How test connection reaches WeChat Pay (default: api.mch.weixin.qq.com, or the sandbox). */
  readonly openPayClient?: PayClientFactory;
  readonly clock?: Clock;
}

/** The APIv3 client per merchant: the sandbox for sandbox merchants, WeChat Pay itself otherwise. */
export function merchantPayClientFactory(options: { sandboxBaseUrl?: () => string | undefined; clock: Clock; timeoutMs?: number }): PayClientFactory {
  return (credentials, record) => {
    const baseUrl = record.environment === 'sandbox' ? options.sandboxBaseUrl?.() : undefined;
    return createWechatPayClient({ credentials, clock: options.clock, ...(baseUrl ? { baseUrl } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
  };
}

function fail(error: MerchantError): IpcFailure {
  return ipcFail(error.code, error.message, error.field === undefined ? undefined : { field: error.field });
}

/**
 * The `merchants:*` handlers. No response carries a key: views say where each one is kept, and
 * the PEM texts and APIv3 key that come in are never logged (the router logs channels, not payloads).
 */
export function merchantsHandlers(deps: MerchantsHandlerDeps): HandlersFor<typeof merchantsChannels> {
  const service = deps.merchantAccounts;
  const clock = deps.clock ?? systemClock;
  const openClient = deps.openPayClient ?? merchantPayClientFactory({ ...(deps.sandboxBaseUrl ? { sandboxBaseUrl: deps.sandboxBaseUrl } : {}), clock });
  return {
    'merchants:list': async () => {
      const merchants = await service.list();
      return ipcOk({ merchants: merchants.map(toMerchantAccountView), problems: service.problems().map(toStorageProblem) });
    },
    'merchants:add': async (input) => {
      const added = await addMerchant(service, input);
      return added.ok ? ipcOk(toMerchantAccountView(added.value)) : fail(added.error);
    },
    'merchants:addSandbox': async () => {
      const added = await addSandboxMerchant(service);
      return added.ok ? ipcOk(toMerchantAccountView(added.value)) : fail(added.error);
    },
    'merchants:update': async ({ merchantId, ...input }) => {
      const updated = await updateMerchant(service, merchantId, input);
      return updated.ok ? ipcOk(toMerchantAccountView(updated.value)) : fail(updated.error);
    },
    'merchants:remove': async ({ merchantId }) => {
      const removed = await service.remove(merchantId);
      return removed.ok ? ipcOk(null) : fail(removed.error);
    },
    'merchants:inspect': async (files) => ipcOk(inspectMerchantFiles(files)),
    'merchants:testConnection': async ({ merchantId }) => {
      const found = await service.get(merchantId);
      if (!found.ok) return fail(found.error);
      // Never let a sandbox merchant's fixture keys reach the real WeChat Pay host.
      if (found.value.environment === 'sandbox' && !deps.sandboxBaseUrl?.()) {
        return ipcFail(MERCHANTS_ERROR_CODES.sandboxUnavailable, localized('沙箱未运行，沙箱商户暂时不能测试连接。', 'The sandbox is not running, so a sandbox merchant cannot be tested now.'));
      }
      const report = await testMerchantConnection(service, merchantId, openClient, clock);
      return report.ok ? ipcOk(toMerchantReportView(report.value)) : fail(report.error);
    },
  };
}
