import { localized, type Localized } from '../../common/i18n';
import type { SecretState } from '../../common/ipc/channels/accounts';
import { helpText, type Command } from '../command';
import { openLocal } from '../context';
import { EXIT } from '../exit-codes';
import { chinaTime, table } from '../format';

const SECRET_WORDS: Readonly<Record<SecretState, Localized>> = {
  none: localized('未提供', 'none'),
  stored: localized('内置', 'built in'),
  session: localized('来自环境变量', 'from the environment'),
  needs_reentry: localized('需重新输入', 'enter again'),
};

/** `accounts list`: every account of the data directory, never a secret. */
export const accountsListCommand: Command = {
  name: 'accounts list',
  options: {},
  positionals: { min: 0, max: 0 },
  summary: localized('列出账号（从不显示 AppSecret）', 'list the accounts (never an AppSecret)'),
  help: helpText(
    'accounts list [--json]',
    localized(
      '列出数据目录中的账号（与桌面应用相同），包括内置的沙箱账号。只显示 AppSecret 的来源（环境变量或未提供），从不显示其内容。',
      'Lists the accounts of the data directory (the desktop app\'s), the built-in sandbox account included. Only where an AppSecret would come from (the environment, or none) is shown, never the secret.',
    ),
    [],
  ),
  async run(ctx) {
    const { io } = ctx;
    const { accounts, problems } = await openLocal(ctx, () => undefined).accounts.list();
    const header = [localized('名称', 'Name'), 'AppID', localized('环境', 'Environment'), 'AppSecret', localized('上次验证', 'Verified'), 'ID'].map((h) => (typeof h === 'string' ? h : io.t(h)));
    const rows = accounts.map((a) => [io.t(a.displayName), a.appid, a.environment, io.t(SECRET_WORDS[a.secretState]), chinaTime(a.lastVerifiedAt), a.id]);
    for (const line of table(header, rows)) io.out(line);
    for (const problem of problems) io.note(io.t(problem.message));
    io.document({ ok: true, command: 'accounts list', exitCode: EXIT.ok, accounts, problems });
    return EXIT.ok;
  },
};
