import { localized } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import { SANDBOX_ACCOUNT_ID } from '../main/accounts/sandbox-account';
import { accountClients } from '../main/batch/clients';
import { createMemberService, type MemberService } from '../main/members/member-service';
import type { HistoryStore } from '../main/history/history-store';
import type { WeixinClient } from '../main/wechat';
import { selectAccount } from './account-select';
import { stringOption, type ParsedArgs } from './args';
import { ensureSecret, openLocal, type CommandContext } from './context';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';
import { openWritableHistory } from './history-source';
import { openSandboxTarget, readSandboxChoice } from './sandbox-target';

/** An account's client and member service for one command, and how to close them. */
export interface MemberSession {
  readonly client: WeixinClient;
  readonly members: MemberService;
  readonly accountId: string;
  /** The card history (the member ledger lives in it; member cards created here are looked up in it). */
  readonly history: HistoryStore;
  close(): Promise<void>;
}

/**
 * Opens `--account` (default the built-in sandbox account) with its sandbox, its Weixin client and the
 * member ledger. A sandbox account other than the built-in one needs `--sandbox-url`.
 */
export async function openMemberSession(ctx: CommandContext, args: ParsedArgs): Promise<Result<MemberSession, CliFailure>> {
  const choice = readSandboxChoice(args.values);
  if (!choice.ok) return err(choice.error);
  const ref: { url?: string } = {};
  const local = openLocal(ctx, () => ref.url);
  const name = stringOption(args.values, 'account');
  const picked = name === undefined ? await local.accounts.get(SANDBOX_ACCOUNT_ID) : await selectAccount(local.accounts, name);
  if (!picked.ok) return err('exit' in picked.error ? picked.error : failure(EXIT.usage, picked.error.code, picked.error.message));
  const account = picked.value;
  let sandbox = choice.value;
  if (account.environment === 'sandbox' && sandbox.kind === 'none') {
    if (!account.builtIn) return err(failure(EXIT.usage, 'sandbox_required', localized('这是沙箱账号：请用 --sandbox-url 指定正在运行的沙箱。', 'This is a sandbox account: pass --sandbox-url with the running sandbox.')));
    sandbox = { kind: 'embedded' };
  }
  const secret = await ensureSecret(local.accounts, account.id);
  if (!secret.ok) return err(secret.error);
  const target = await openSandboxTarget(sandbox);
  ref.url = target?.baseUrl;
  const clients = accountClients({ accounts: local.accounts, ...(target?.baseUrl ? { sandboxBaseUrl: () => target.baseUrl as string } : {}), logger: ctx.log });
  const client = await clients.clientFor(account.id);
  if (!client.ok) {
    await target?.stop();
    return err(failure(EXIT.weixin, client.error.code, client.error.message));
  }
  // Member changes are committed to the history database before they are sent.
  const history = await openWritableHistory(ctx);
  if (!history.ok) {
    await target?.stop();
    return err(history.error);
  }
  const members = createMemberService({ accountId: account.id, client: client.value.client, ledger: history.value.memberLedger, clock: { now: () => Date.now() } });
  return ok({
    client: client.value.client,
    members,
    accountId: account.id,
    history: history.value,
    async close() {
      await history.value.close();
      await target?.stop();
    },
  });
}
