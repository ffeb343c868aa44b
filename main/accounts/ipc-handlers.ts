import { localized, type Localized } from '../../common/i18n';
import { ipcFail, ipcOk, type IpcFailure } from '../../common/ipc/envelope';
import { ACCOUNTS_ERROR_CODES, type accountsChannels, type FailedConnectionReport } from '../../common/ipc/channels/accounts';
import type { HandlersFor } from '../ipc/define-handlers';
import { toStorageProblem } from '../storage/problems';
import type { AccountError } from './account-errors';
import type { AccountService } from './account-service';
import { listAccountStores } from './account-stores';
import type { SecretPrefsStore } from './secret-prefs';
import { testConnection, type ProbeFactory } from './test-connection';
import type { SecretVault } from './vault';
import type { Clock } from '../../common/clock';

/** Dependencies of {@link accountsHandlers}; the hosts build them (main/index.ts, the web harness, the CLI). */
export interface AccountsHandlerDeps {
  readonly accounts: AccountService;
  readonly vault: SecretVault;
  readonly secretPrefs: SecretPrefsStore;
  /** A Weixin-client probe per account (sandbox or api.weixin.qq.com by the account's environment). */
  readonly openProbe: ProbeFactory;
  readonly clock?: Clock;
}

/** "门店列表获取失败（40164）：meaning fix" — the same words test connection shows. */
function storesRefused(report: FailedConnectionReport): Localized {
  const code = report.errcode === null ? '' : `（${report.errcode}）`;
  const codeEn = report.errcode === null ? '' : ` (${report.errcode})`;
  return localized(
    `无法获取门店列表${code}：${report.meaning['zh-CN']} ${report.fix['zh-CN']}`,
    `The store list could not be fetched${codeEn}: ${report.meaning.en} ${report.fix.en}`,
  );
}

function fail(error: AccountError): IpcFailure {
  return ipcFail(error.code, error.message, error.field === undefined ? undefined : { field: error.field });
}

/**
 * The `accounts:*` handlers (the same type as `DomainHandlers<'accounts'>` once the domain is in the
 * contract). No response carries a secret: setSecret answers the new secretState only.
 */
export function accountsHandlers(deps: AccountsHandlerDeps): HandlersFor<typeof accountsChannels> {
  const { accounts, vault, secretPrefs } = deps;
  return {
    'accounts:list': async () => {
      const { accounts: list, problems } = await accounts.list();
      return ipcOk({ accounts: list, problems: problems.map(toStorageProblem), secretStorage: await vault.info() });
    },
    'accounts:create': async (input) => {
      const created = await accounts.create(input);
      return created.ok ? ipcOk(created.value) : fail(created.error);
    },
    'accounts:update': async ({ accountId, ...patch }) => {
      const updated = await accounts.update(accountId, patch);
      return updated.ok ? ipcOk(updated.value) : fail(updated.error);
    },
    'accounts:remove': async ({ accountId }) => {
      const removed = await accounts.remove(accountId);
      return removed.ok ? ipcOk(null) : fail(removed.error);
    },
    'accounts:setSecret': async ({ accountId, secret }) => {
      const stored = await accounts.setSecret(accountId, secret);
      return stored.ok ? ipcOk({ secretState: stored.value }) : fail(stored.error);
    },
    'accounts:clearSecret': async ({ accountId }) => {
      const cleared = await accounts.clearSecret(accountId);
      return cleared.ok ? ipcOk({ secretState: cleared.value }) : fail(cleared.error);
    },
    'accounts:testConnection': async ({ accountId }) => {
      const report = await testConnection(accounts, accountId, deps.openProbe, deps.clock);
      return report.ok ? ipcOk(report.value) : fail(report.error);
    },
    'accounts:stores': async ({ accountId }) => {
      const listed = await listAccountStores(accounts, accountId, deps.openProbe);
      if (listed.ok) return ipcOk(listed.value);
      if (listed.error.kind === 'account') return fail(listed.error.error);
      const { report } = listed.error;
      return ipcFail(ACCOUNTS_ERROR_CODES.stores, storesRefused(report), { report });
    },
    'accounts:secretStorage': async () => ipcOk(await vault.info()),
    'accounts:setSecretStorage': async ({ allowBasicText }) => {
      const saved = await secretPrefs.setAllowBasicText(allowBasicText);
      if (!saved.ok) {
        return ipcFail(
          ACCOUNTS_ERROR_CODES.storage,
          localized(`无法保存密钥存储设置。${saved.error.message['zh-CN']}`, `Could not save the secret-storage setting. ${saved.error.message.en}`),
        );
      }
      await vault.applyPreferences();
      return ipcOk(await vault.info());
    },
  };
}
