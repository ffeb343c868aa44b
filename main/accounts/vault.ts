import { localized, type Localized } from '../../common/i18n';
import type { Result } from '../../common/result';
import type { SecretState, SecretStorageInfo } from '../../common/ipc/channels/accounts';

/** Why a secret could not be stored or given back. */
export interface VaultError {
  /**
   * `no_secret`: none saved; `needs_reentry`: saved but unreadable (key store changed, entry
   * swapped or edited) — kept on disk, the user types it again; `unavailable`: no way to keep it;
   * `storage`: the vault file could not be written.
   */
  readonly code: 'no_secret' | 'needs_reentry' | 'unavailable' | 'storage';
  readonly message: Localized;
}

/**
 * Where AppSecrets live. Main only: nothing here is ever sent to the renderer except the
 * {@link SecretState} (security-reliability.md §3.3, "write-only" secrets).
 */
export interface SecretVault {
  /** Stores (or replaces) an account's secret, bound to the account id and AppID; answers where it went. */
  setSecret(accountId: string, appid: string, secret: string): Promise<Result<SecretState, VaultError>>;
  /** The secret, only if it was stored for exactly this account id and AppID. */
  getSecret(accountId: string, appid: string): Promise<Result<string, VaultError>>;
  /** Forgets the secret (a deliberate user action: clear secret, remove account, change AppID). */
  deleteSecret(accountId: string): Promise<Result<void, VaultError>>;
  /** Where the account's secret is, without decrypting it. */
  status(accountId: string, appid: string): Promise<SecretState>;
  /** How secrets are kept on this machine. */
  info(): Promise<SecretStorageInfo>;
  /** Re-reads preferences (the basic_text opt-in) and persists session secrets if now allowed. */
  applyPreferences(): Promise<void>;
}

/** No secret saved for the account. */
export function noSecretError(): VaultError {
  return {
    code: 'no_secret',
    message: localized(
      '这个账号还没有保存 AppSecret。请在账号设置中填写（公众平台 设置与开发 → 基本配置 → 开发者密码）。',
      'No AppSecret is saved for this account. Enter it in the account settings (设置与开发 → 基本配置 → 开发者密码 on the Official Accounts Platform).',
    ),
  };
}

/** The saved secret cannot be read any more; nothing was deleted. */
export function needsReentryError(): VaultError {
  return {
    code: 'needs_reentry',
    message: localized(
      '无法读取已保存的 AppSecret（系统钥匙串可能已更换或被重置，或保存的条目与此账号不符）。原加密数据仍保留，未被删除。请重新输入 AppSecret。',
      'The saved AppSecret cannot be read (the system key store may have changed or been reset, or the saved entry does not belong to this account). The encrypted data is kept, not deleted. Enter the AppSecret again.',
    ),
  };
}

/** The bilingual explanation shown next to each persistence mode. */
export const PERSISTENCE_MESSAGES: Readonly<Record<SecretStorageInfo['persistence'], Localized>> = {
  encrypted: localized(
    'AppSecret 用系统钥匙串加密后保存在本机，只有本机的当前用户能解密。',
    'AppSecrets are encrypted with the system key store and saved on this computer; only the current user can decrypt them.',
  ),
  basic_text_opted_in: localized(
    '您已同意在没有系统钥匙串的 Linux 上保存 AppSecret：它们只用固定密钥加密，能读取您文件的人也能解密。可随时关闭此选项。',
    'You chose to save AppSecrets on Linux without a system key store: they are encrypted with a fixed key, so anyone who can read your files can decrypt them. You can turn this off at any time.',
  ),
  session_only: localized(
    '本机没有可用的系统钥匙串（或 Linux 只提供 basic_text），为安全起见 AppSecret 只保存在内存中，退出应用后需要重新输入。Linux 用户可安装 gnome-keyring 或 KWallet，或在设置中明确同意弱加密保存。',
    'No system key store is available (or Linux offers only basic_text), so for safety AppSecrets are kept in memory only and must be entered again after the app quits. On Linux, install gnome-keyring or KWallet, or explicitly accept weak storage in the settings.',
  ),
  environment: localized(
    'AppSecret 从环境变量（COUPON_STUDIO_SECRET_<AppID> 或 COUPON_STUDIO_SECRET）或输入提示读取，只在本次运行中使用，不写入磁盘。',
    'AppSecrets are read from the environment (COUPON_STUDIO_SECRET_<AppID> or COUPON_STUDIO_SECRET) or a prompt, used for this run only and never written to disk.',
  ),
  memory: localized('AppSecret 只保存在内存中（测试或网页调试模式）。', 'AppSecrets are kept in memory only (test or web-harness mode).'),
};
