import { localized, type Localized } from '../../common/i18n';
import type { ConnectionReport } from '../../common/ipc/channels/accounts';
import { testConnection } from '../../main/accounts/test-connection';
import { selectAccount } from '../account-select';
import { helpText, type Command } from '../command';
import { openLocal } from '../context';
import { EXIT } from '../exit-codes';
import { failure } from '../io';
import { openSandboxTarget, readSandboxChoice, SANDBOX_OPTIONS, type SandboxTarget } from '../sandbox-target';

const STAGES: Readonly<Record<string, Localized>> = {
  secret: localized('AppSecret', 'AppSecret'),
  token: localized('获取 access_token', 'getting an access_token'),
  stores: localized('读取门店列表', 'listing the stores'),
  card_api: localized('卡券接口权限', 'the card API permission'),
  network: localized('网络', 'the network'),
};

/** `accounts test NAME`: token, stores and card API, with Weixin's errcodes explained. */
export const accountsTestCommand: Command = {
  name: 'accounts test',
  options: { ...SANDBOX_OPTIONS },
  positionals: { min: 1, max: 1 },
  summary: localized('测试账号连接（token、门店、卡券权限）', 'test an account (token, stores, card API)'),
  help: helpText(
    'accounts test NAME|ID [--sandbox-url URL] [--json]',
    localized(
      [
        '依次获取 access_token、读取门店列表、调用一次卡券接口。失败时按错误码说明原因和解决办法：',
        '40164 给出需要加入 IP 白名单的地址；40125 表示 AppSecret 不正确；48001 表示没有开通卡券功能。',
        '退出码 0 连接成功；2 账号不存在或缺少 AppSecret；3 被微信拒绝或无法连接。',
      ].join('\n'),
      [
        'Gets an access_token, lists the stores, and calls the card API once. A failure is explained from its errcode:',
        '40164 names the IP address to whitelist; 40125 means a wrong AppSecret; 48001 means the card feature is not enabled.',
        'Exit 0: connected; 2: unknown account or no AppSecret; 3: refused by Weixin or unreachable.',
      ].join('\n'),
    ),
    [
      ['--sandbox-url URL', '沙箱账号连接这个正在运行的沙箱', 'sandbox accounts connect to this running sandbox'],
      ['--sandbox', '沙箱账号连接本进程内嵌的沙箱（内置账号的默认）', 'sandbox accounts connect to a sandbox embedded in this process (the built-in account\'s default)'],
    ],
    true,
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const choice = readSandboxChoice(args.values);
    if (!choice.ok) return io.fail('accounts test', choice.error);
    const sandboxRef: { target?: SandboxTarget } = {};
    const local = openLocal(ctx, () => sandboxRef.target?.baseUrl);
    const found = await selectAccount(local.accounts, args.positionals[0] as string);
    if (!found.ok) return io.fail('accounts test', found.error);
    const account = found.value;
    let sandbox = choice.value;
    if (account.environment === 'sandbox' && sandbox.kind === 'none') {
      if (!account.builtIn) {
        return io.fail(
          'accounts test',
          failure(EXIT.usage, 'sandbox_required', localized('这是沙箱账号：请用 --sandbox-url 指定正在运行的沙箱。', 'This is a sandbox account: pass --sandbox-url with the running sandbox.')),
        );
      }
      sandbox = { kind: 'embedded' };
    }
    const target = await openSandboxTarget(sandbox);
    sandboxRef.target = target;
    try {
      const tested = await testConnection(local.accounts, account.id, local.handlerDeps.openProbe);
      if (!tested.ok) return io.fail('accounts test', failure(EXIT.usage, tested.error.code, tested.error.message));
      const report: ConnectionReport = tested.value;
      const exitCode = report.status === 'connected' ? EXIT.ok : report.stage === 'secret' ? EXIT.usage : EXIT.weixin;
      if (report.status === 'connected') {
        io.out(
          io.t(
            localized(
              `✓ “${account.name}”（${account.appid}）连接成功：access_token 有效期 ${report.tokenExpiresIn} 秒；门店 ${report.stores.total} 家，可用于卡券 ${report.stores.usable} 家。`,
              `✓ "${account.name}" (${account.appid}) connected: access_token valid for ${report.tokenExpiresIn} s; ${report.stores.total} store(s), ${report.stores.usable} usable for coupons.`,
            ),
          ),
        );
      } else {
        const code = report.errcode === null ? '' : ` [${report.errcode}]`;
        io.out(`✗ ${account.name} (${account.appid}) — ${io.t(STAGES[report.stage] ?? localized(report.stage, report.stage))}${code}: ${io.t(report.meaning)}`);
        if (report.whitelistIp) io.out(`  IP: ${report.whitelistIp.ip}${report.whitelistIp.ipv6 ? ` / ${report.whitelistIp.ipv6}` : ''}`);
        io.out(`  ${io.t(localized('解决办法', 'What to do'))}: ${io.t(report.fix)}`);
        if (report.rid) io.out(`  rid: ${report.rid}`);
      }
      io.document({ ok: exitCode === EXIT.ok, command: 'accounts test', exitCode, account: { id: account.id, name: account.name, appid: account.appid }, report });
      return exitCode;
    } finally {
      await target?.stop();
    }
  },
};
