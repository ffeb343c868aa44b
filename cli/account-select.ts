import { localized } from '../common/i18n';
import type { AccountView } from '../common/ipc/channels/accounts';
import { err, ok, type Result } from '../common/result';
import type { AccountService } from '../main/accounts/account-service';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';

/**
 * The account a NAME|ID|APPID names: its id, its AppID, or its name (as entered, or the built-in
 * account's zh-CN / English display name). A name two accounts share is refused, not guessed.
 */
export async function selectAccount(accounts: AccountService, wanted: string): Promise<Result<AccountView, CliFailure>> {
  const { accounts: all } = await accounts.list();
  const key = wanted.trim();
  const exact = all.find((a) => a.id === key || a.appid === key);
  if (exact) return ok(exact);
  const named = all.filter((a) => a.name === key || a.displayName['zh-CN'] === key || a.displayName.en === key);
  const first = named[0];
  if (named.length === 1 && first) return ok(first);
  if (named.length > 1) {
    const ids = named.map((a) => `${a.id} (${a.appid})`).join(', ');
    return err(
      failure(EXIT.usage, 'account_ambiguous', localized(`有多个账号叫“${key}”：${ids}。请改用账号 ID 或 AppID。`, `More than one account is called "${key}": ${ids}. Use the account id or AppID instead.`), {
        matches: named.map((a) => a.id),
      }),
    );
  }
  const known = all.map((a) => `${a.name} (${a.appid})`).join('、');
  return err(
    failure(
      EXIT.usage,
      'account_not_found',
      localized(`找不到账号“${key}”。现有账号：${known}。用 accounts add 添加新账号。`, `No account "${key}". Accounts: ${known}. Add one with accounts add.`),
    ),
  );
}
