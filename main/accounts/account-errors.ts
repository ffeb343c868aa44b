import { localized, type Localized } from '../../common/i18n';
import { ACCOUNTS_ERROR_CODES } from '../../common/ipc/channels/accounts';
import type { StorageFailure } from '../storage/document-store';
import type { FieldProblem } from './account-input';
import type { VaultError } from './vault';

/** An accounts operation that did not happen, as a value (code + bilingual message + field). */
export interface AccountError {
  readonly code: (typeof ACCOUNTS_ERROR_CODES)[keyof typeof ACCOUNTS_ERROR_CODES];
  readonly message: Localized;
  readonly field?: string;
}

/** No account with that id. */
export const accountNotFound = (): AccountError => ({
  code: ACCOUNTS_ERROR_CODES.notFound,
  message: localized('找不到这个账号，它可能已被删除。请刷新账号列表。', 'That account does not exist; it may have been removed. Refresh the account list.'),
});

/** The built-in sandbox account is read-only. */
export const builtInAccount = (): AccountError => ({
  code: ACCOUNTS_ERROR_CODES.builtIn,
  message: localized(
    '内置的“示例商户（沙箱）”账号不能修改、删除或更换密钥；它用内置模拟器，无需真实账号。要使用真实公众号，请新建账号。',
    'The built-in "Demo merchant (sandbox)" account cannot be edited, removed or given another secret; it uses the embedded simulator and needs no real account. Add a new account to use a real Official Account.',
  ),
});

/** Another account already has this AppID. */
export const duplicateAppid = (appid: string, name: string): AccountError => ({
  code: ACCOUNTS_ERROR_CODES.duplicateAppid,
  field: 'appid',
  message: localized(`AppID ${appid} 已被账号“${name}”使用。一个公众号只需添加一次。`, `AppID ${appid} is already used by the account "${name}". Add each Official Account only once.`),
});

/** A refused input field. */
export const fieldError = (problem: FieldProblem): AccountError => ({
  code:
    problem.field === 'appid' ? ACCOUNTS_ERROR_CODES.invalidAppid : problem.field === 'name' ? ACCOUNTS_ERROR_CODES.invalidName : ACCOUNTS_ERROR_CODES.invalidProxy,
  field: problem.field === 'concurrency' ? 'settings.concurrency' : problem.field === 'proxy' ? 'settings.proxy' : problem.field,
  message: problem.message,
});

/** The account list could not be saved. */
export const storageError = (failure: StorageFailure): AccountError => ({ code: ACCOUNTS_ERROR_CODES.storage, message: failure.message });

/** The vault refused. */
export const vaultError = (error: VaultError): AccountError => ({ code: ACCOUNTS_ERROR_CODES.vault, message: error.message });

/** A secret that cannot be an AppSecret (spaces, control characters, far too short or long). */
export const invalidSecret = (): AccountError => ({
  code: ACCOUNTS_ERROR_CODES.vault,
  field: 'secret',
  message: localized(
    'AppSecret 格式不正确：应为 8–128 个可见字符且不含空格（公众平台的开发者密码通常是 32 位字母和数字）。请从 设置与开发 → 基本配置 重新复制。',
    'The AppSecret is not valid: it has 8–128 visible characters and no spaces (the platform\'s 开发者密码 is usually 32 letters and digits). Copy it again from 设置与开发 → 基本配置.',
  ),
});
