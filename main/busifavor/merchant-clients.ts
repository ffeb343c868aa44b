import { createPrivateKey, createPublicKey } from 'node:crypto';
import type { Clock } from '../../common/clock';
import { localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { MerchantCredentials, MerchantError } from '../accounts/merchant-service';
import type { AccountClients, AccountUnavailable } from '../batch/clients';
import { DEMO_MERCHANT } from '../sandbox';
import { createWechatPayClient, type WechatPayClient } from '../wechatpay';

/** The built-in sandbox merchant's account id: fixed, so its history survives restarts. */
export const SANDBOX_MERCHANT_ID = '00000000-0000-4000-8000-00000000m001';

/** Where merchant credentials come from (the merchant service, plus the built-in sandbox merchant). */
export interface MerchantLookup {
  credentials(accountId: string): Promise<Result<MerchantCredentials, MerchantError>>;
}

/** The embedded sandbox's demo merchant: its published fixture keys, only ever used against the sandbox. */
export function demoMerchantCredentials(): MerchantCredentials {
  const key = createPrivateKey(DEMO_MERCHANT.merchantCertificate.privateKeyPem);
  const publicKey = { id: DEMO_MERCHANT.wechatpayPublicKeyId, pem: DEMO_MERCHANT.wechatpayKey.publicKeyPem };
  return {
    record: {
      id: SANDBOX_MERCHANT_ID,
      kind: 'wechatpay-merchant',
      name: DEMO_MERCHANT.name['zh-CN'],
      mchid: DEMO_MERCHANT.mchid,
      serialNo: DEMO_MERCHANT.merchantCertificate.serialNo,
      publicKey,
      platformCertificates: [],
      appid: DEMO_MERCHANT.appid,
      environment: 'sandbox',
      createdAt: 0,
    },
    pay: {
      mchid: DEMO_MERCHANT.mchid,
      serialNo: DEMO_MERCHANT.merchantCertificate.serialNo,
      privateKey: async () => key,
      verifierKeys: () => new Map([[publicKey.id, createPublicKey(publicKey.pem)]]),
      preferredSerial: () => publicKey.id,
    },
    apiv3Key: async () => DEMO_MERCHANT.apiv3Key,
  };
}

/** A lookup that answers the built-in sandbox merchant itself and asks `others` for the rest. */
export function withSandboxMerchant(others: MerchantLookup | undefined): MerchantLookup {
  const demo = demoMerchantCredentials();
  return {
    async credentials(accountId) {
      if (accountId === SANDBOX_MERCHANT_ID) return ok(demo);
      if (others) return others.credentials(accountId);
      return err({ code: 'merchant_not_found', message: localized('找不到这个商户号账号。', 'That merchant account does not exist.') });
    },
  };
}

/** One merchant ready to call: its record fields the runs need and its APIv3 client. */
export interface MerchantClient {
  readonly accountId: string;
  readonly mchid: string;
  /** The AppID bound to the mchid (redemption needs it, §2.3). */
  readonly appid: string | undefined;
  readonly name: string;
  readonly concurrency: number;
  readonly pay: WechatPayClient;
}

/** Options of {@link merchantClients}. */
export interface MerchantClientsOptions {
  readonly merchants: MerchantLookup;
  /** The sandbox's base URL, for merchants whose environment is `sandbox`. */
  readonly sandboxBaseUrl?: () => string | undefined;
  readonly clock: Clock;
  readonly timeoutMs?: number;
  /** Parallel calls per merchant (default 4). */
  readonly concurrency?: number;
}

/** The merchant clients, one per account id, kept while the account's environment stays the same. */
export interface MerchantClients {
  clientFor(accountId: string): Promise<Result<MerchantClient, AccountUnavailable>>;
}

export function merchantClients(options: MerchantClientsOptions): MerchantClients {
  const cache = new Map<string, { signature: string; value: MerchantClient }>();
  return {
    async clientFor(accountId) {
      const found = await options.merchants.credentials(accountId);
      if (!found.ok) return err({ code: 'account_unavailable', message: found.error.message });
      const { record, pay } = found.value;
      const baseUrl = record.environment === 'sandbox' ? options.sandboxBaseUrl?.() : undefined;
      if (record.environment === 'sandbox' && !baseUrl) {
        return err({ code: 'account_unavailable', message: localized('沙箱未运行，沙箱商户暂时不能使用。', 'The sandbox is not running, so sandbox merchants cannot be used now.') });
      }
      const signature = JSON.stringify([record.mchid, record.serialNo, record.environment, baseUrl, record.publicKey?.id, record.platformCertificates.map((c) => c.serialNo)]);
      const cached = cache.get(accountId);
      if (cached?.signature === signature) return ok(cached.value);
      const client = createWechatPayClient({ credentials: pay, clock: options.clock, ...(baseUrl ? { baseUrl } : {}), ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}) });
      const value: MerchantClient = { accountId, mchid: record.mchid, appid: record.appid, name: record.name, concurrency: options.concurrency ?? 4, pay: client };
      cache.set(accountId, { signature, value });
      return ok(value);
    },
  };
}

/**
 * The merchants as the batch engine's accounts: the record's `appid` column holds the mchid (the
 * remote namespace of a stock), the lane runs at the merchant's concurrency and holds only the
 * merchant's WeChat Pay client — a merchant has no AppSecret and no Weixin client.
 */
export function merchantEngineAccounts(merchants: MerchantClients): AccountClients<MerchantClient> {
  return {
    async clientFor(accountId) {
      const merchant = await merchants.clientFor(accountId);
      if (!merchant.ok) return merchant;
      const { mchid, name, concurrency } = merchant.value;
      return ok({ accountId, appid: mchid, accountName: name, concurrency, client: merchant.value });
    },
  };
}
