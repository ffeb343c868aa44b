import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { SecretState } from '../../common/ipc/channels/accounts';
import type { SecretVault, VaultError } from './vault';

/** The two secrets of a merchant account (§2.1). */
export type MerchantSecretKind = 'private_key' | 'apiv3_key';

/**
 * A merchant's private key and APIv3 key, kept in the same vault as AppSecrets (encrypted with the
 * system key store in the app, environment/file in the CLI), each entry bound to the mchid.
 */
export interface MerchantSecrets {
  set(merchantId: string, mchid: string, kind: MerchantSecretKind, value: string): Promise<Result<SecretState, VaultError>>;
  get(merchantId: string, mchid: string, kind: MerchantSecretKind): Promise<Result<string, VaultError>>;
  status(merchantId: string, mchid: string, kind: MerchantSecretKind): Promise<SecretState>;
  deleteAll(merchantId: string): Promise<void>;
}

/** The vault entry of one secret: its own id, so an AppSecret entry can never be read as a key. */
const entryId = (merchantId: string, kind: MerchantSecretKind) => `wechatpay:${merchantId}:${kind}`;
const binding = (mchid: string, kind: MerchantSecretKind) => `mch:${mchid}:${kind}`;

/** Merchant secrets over a SecretVault (safeStorage in the app, memory in tests). */
export function vaultMerchantSecrets(vault: SecretVault): MerchantSecrets {
  return {
    set: (id, mchid, kind, value) => vault.setSecret(entryId(id, kind), binding(mchid, kind), value),
    get: (id, mchid, kind) => vault.getSecret(entryId(id, kind), binding(mchid, kind)),
    status: (id, mchid, kind) => vault.status(entryId(id, kind), binding(mchid, kind)),
    async deleteAll(id) {
      await vault.deleteSecret(entryId(id, 'private_key'));
      await vault.deleteSecret(entryId(id, 'apiv3_key'));
    },
  };
}

/** `COUPON_STUDIO_MCH_KEY_<MCHID>` (PEM text or a path to apiclient_key.pem) and `COUPON_STUDIO_APIV3_KEY_<MCHID>`. */
export function merchantEnvNames(mchid: string): Record<MerchantSecretKind, readonly string[]> {
  return {
    private_key: [`COUPON_STUDIO_MCH_KEY_${mchid}`, 'COUPON_STUDIO_MCH_KEY'],
    apiv3_key: [`COUPON_STUDIO_APIV3_KEY_${mchid}`, 'COUPON_STUDIO_APIV3_KEY'],
  };
}

const missing = (kind: MerchantSecretKind, mchid: string): VaultError => ({
  code: 'no_secret',
  message: MISSING_MESSAGES[kind](mchid),
});

const MISSING_MESSAGES: Record<MerchantSecretKind, (mchid: string) => Localized> = {
  private_key: (mchid) =>
    localized(
      `没有商户 ${mchid} 的 API 证书私钥。请设置环境变量 COUPON_STUDIO_MCH_KEY_${mchid}（apiclient_key.pem 的路径或内容）。`,
      `No API certificate private key for merchant ${mchid}. Set COUPON_STUDIO_MCH_KEY_${mchid} to the path or the text of apiclient_key.pem.`,
    ),
  apiv3_key: (mchid) =>
    localized(
      `没有商户 ${mchid} 的 APIv3 密钥。请设置环境变量 COUPON_STUDIO_APIV3_KEY_${mchid}（商户平台 账户中心 → API安全 中设置的 32 位密钥）。`,
      `No APIv3 key for merchant ${mchid}. Set COUPON_STUDIO_APIV3_KEY_${mchid} to the 32-character key set in 商户平台 → 账户中心 → API安全.`,
    ),
};

/**
 * The CLI's merchant secrets, read like AppSecrets: from the environment, where the private key may
 * be a file path (read with `readFile`); kept in memory for this run, never written.
 */
export function environmentMerchantSecrets(env: Readonly<Record<string, string | undefined>>, readFile: (path: string) => Promise<string | undefined>): MerchantSecrets {
  const session = new Map<string, string>();
  const fromEnv = async (mchid: string, kind: MerchantSecretKind): Promise<string | undefined> => {
    for (const name of merchantEnvNames(mchid)[kind]) {
      const value = env[name]?.trim();
      if (!value) continue;
      if (kind === 'private_key' && !value.startsWith('-----BEGIN')) return readFile(value);
      return value;
    }
    return undefined;
  };
  return {
    async set(id, mchid, kind, value) {
      session.set(`${id}:${mchid}:${kind}`, value);
      return ok('session');
    },
    async get(id, mchid, kind) {
      const held = session.get(`${id}:${mchid}:${kind}`) ?? (await fromEnv(mchid, kind));
      return held ? ok(held) : err(missing(kind, mchid));
    },
    async status(id, mchid, kind) {
      return session.has(`${id}:${mchid}:${kind}`) || merchantEnvNames(mchid)[kind].some((n) => env[n]?.trim()) ? 'session' : 'none';
    },
    async deleteAll(id) {
      for (const key of [...session.keys()]) if (key.startsWith(`${id}:`)) session.delete(key);
    },
  };
}
