import { localized } from '../../common/i18n';
import { ACCOUNT_ENVIRONMENTS, CONCURRENCY_LIMITS, TOKEN_MODES } from '../../common/ipc/channels/accounts';
import { secretEnvName } from '../../main/accounts/env-vault';
import { choiceOption, intOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { openLocal } from '../context';
import { EXIT } from '../exit-codes';
import { failure } from '../io';

/** `accounts add`: a profile (never a secret) in the shared accounts.json. */
export const accountsAddCommand: Command = {
  name: 'accounts add',
  options: {
    name: { type: 'string' },
    appid: { type: 'string' },
    'token-mode': { type: 'string' },
    proxy: { type: 'string' },
    concurrency: { type: 'string' },
    environment: { type: 'string' },
  },
  positionals: { min: 0, max: 0 },
  summary: localized('添加公众号账号（不保存 AppSecret）', 'add an Official Account (no AppSecret is saved)'),
  help: helpText(
    'accounts add --name NAME --appid APPID [--token-mode stable|classic] [--proxy URL] [--concurrency N] [--environment weixin|sandbox]',
    localized(
      '把账号资料写入与桌面应用共用的 accounts.json。命令行从不保存 AppSecret：使用时从环境变量 COUPON_STUDIO_SECRET_<APPID>（或 COUPON_STUDIO_SECRET）读取，或在终端中隐藏输入；桌面应用里可另行保存加密的 AppSecret。',
      'Writes the account profile to the accounts.json the desktop app uses. The command line never saves an AppSecret: it is read from COUPON_STUDIO_SECRET_<APPID> (or COUPON_STUDIO_SECRET) when needed, or typed hidden in a terminal; the desktop app can keep an encrypted one separately.',
    ),
    [
      ['--name NAME', '显示名称（必填，只在本应用中显示）', 'display name (required; only shown in this app)'],
      ['--appid APPID', 'AppID（必填，wx 加 16 位十六进制）', 'the AppID (required; wx + 16 hex digits)'],
      ['--token-mode MODE', 'stable（默认，cgi-bin/stable_token）或 classic（cgi-bin/token）', 'stable (default, cgi-bin/stable_token) or classic (cgi-bin/token)'],
      ['--proxy URL', 'HTTP(S) 代理，如 http://代理:端口（不含密码）', 'an HTTP(S) proxy, e.g. http://proxy:port (no password)'],
      ['--concurrency N', `批量创建并发数 ${CONCURRENCY_LIMITS.min}–${CONCURRENCY_LIMITS.max}（默认 ${CONCURRENCY_LIMITS.default}）`, `parallel creates ${CONCURRENCY_LIMITS.min}–${CONCURRENCY_LIMITS.max} (default ${CONCURRENCY_LIMITS.default})`],
      ['--environment ENV', 'weixin（默认，api.weixin.qq.com）或 sandbox（沙箱中的账号）', 'weixin (default, api.weixin.qq.com) or sandbox (an account of a sandbox)'],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const name = stringOption(args.values, 'name');
    const appid = stringOption(args.values, 'appid');
    if (name === undefined || appid === undefined) {
      return io.fail('accounts add', failure(EXIT.usage, 'usage', localized('需要 --name 和 --appid。', 'Both --name and --appid are required.')));
    }
    const tokenMode = choiceOption(args.values, 'token-mode', TOKEN_MODES);
    if (!tokenMode.ok) return io.fail('accounts add', tokenMode.error);
    const environment = choiceOption(args.values, 'environment', ACCOUNT_ENVIRONMENTS);
    if (!environment.ok) return io.fail('accounts add', environment.error);
    const concurrency = intOption(args.values, 'concurrency', CONCURRENCY_LIMITS);
    if (!concurrency.ok) return io.fail('accounts add', concurrency.error);
    const local = openLocal(ctx, () => undefined);
    const created = await local.accounts.create({
      name,
      appid,
      tokenMode: tokenMode.value,
      environment: environment.value,
      settings: { concurrency: concurrency.value, proxy: stringOption(args.values, 'proxy') ?? null },
    });
    if (!created.ok) {
      const exit = created.error.code === 'storage_failed' ? EXIT.busy : EXIT.usage;
      return io.fail('accounts add', failure(exit, created.error.code, created.error.message, created.error.field === undefined ? undefined : { field: created.error.field }));
    }
    const account = created.value;
    const variable = secretEnvName(account.appid);
    io.out(io.t(localized(`已添加账号“${account.name}”（${account.appid}，ID ${account.id}）。`, `Added the account "${account.name}" (${account.appid}, id ${account.id}).`)));
    io.note(
      io.t(
        localized(
          `使用前请设置环境变量 ${variable}（AppSecret 不会被保存），然后运行 coupon-studio accounts test "${account.name}"。`,
          `Before using it, set ${variable} (the AppSecret is never saved), then run coupon-studio accounts test "${account.name}".`,
        ),
      ),
    );
    io.document({ ok: true, command: 'accounts add', exitCode: EXIT.ok, account, secretVariable: variable });
    return EXIT.ok;
  },
};
