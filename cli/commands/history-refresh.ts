import { localized } from '../../common/i18n';
import { accountClients } from '../../main/batch/clients';
import { refreshReview } from '../../main/history/refresh-all';
import { selectAccount } from '../account-select';
import { intOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { openLocal } from '../context';
import { EXIT } from '../exit-codes';
import { openWritableHistory } from '../history-source';
import { openSandboxTarget, readSandboxChoice, SANDBOX_OPTIONS, type SandboxTarget } from '../sandbox-target';

/** Calls a refresh may make by default: the app's cap, far below card/get's daily quota. */
const DEFAULT_MAX_CALLS = 200;

/** `history refresh`: review status from card/get + card/batchget, within a call cap. */
export const historyRefreshCommand: Command = {
  name: 'history refresh',
  options: { account: { type: 'string' }, 'max-calls': { type: 'string' }, ...SANDBOX_OPTIONS },
  positionals: { min: 0, max: 0 },
  summary: localized('向微信查询审核状态（有调用上限，节省额度）', 'ask Weixin for review statuses (capped, to spare the quota)'),
  help: helpText(
    'history refresh [--account NAME|ID] [--max-calls N] [--sandbox-url URL] [--json]',
    localized(
      `向微信查询卡券的审核状态（card/batchget 按状态筛选，再用 card/get 查个别卡券），已有结论的卡券不再查询。所有账号共用 --max-calls 的调用上限（默认 ${DEFAULT_MAX_CALLS}），以免耗尽每日接口额度；没查完的会报告剩余数量，再次运行即可。`,
      `Asks Weixin for the cards' review statuses (card/batchget by status, card/get for single cards), skipping cards already decided. Every account shares one cap of --max-calls calls (default ${DEFAULT_MAX_CALLS}) so the daily API quota is spared; what is left unchecked is reported — run it again.`,
    ),
    [
      ['--account NAME|ID', '只查这个账号', 'only this account'],
      ['--max-calls N', `最多调用 N 次接口（默认 ${DEFAULT_MAX_CALLS}）`, `at most N API calls (default ${DEFAULT_MAX_CALLS})`],
      ['--sandbox-url URL', '沙箱账号查询这个正在运行的沙箱', 'sandbox accounts ask this running sandbox'],
      ['--sandbox', '沙箱账号查询本进程内嵌的新沙箱', 'sandbox accounts ask a new sandbox embedded in this process'],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const maxCalls = intOption(args.values, 'max-calls', { min: 1, max: 2000 });
    if (!maxCalls.ok) return io.fail('history refresh', maxCalls.error);
    const choice = readSandboxChoice(args.values);
    if (!choice.ok) return io.fail('history refresh', choice.error);
    const sandboxRef: { target?: SandboxTarget } = {};
    const local = openLocal(ctx, () => sandboxRef.target?.baseUrl);
    const accountArg = stringOption(args.values, 'account');
    let accountId: string | undefined;
    if (accountArg !== undefined) {
      const found = await selectAccount(local.accounts, accountArg);
      if (!found.ok) return io.fail('history refresh', found.error);
      accountId = found.value.id;
    }
    const target = await openSandboxTarget(choice.value);
    sandboxRef.target = target;
    try {
      const history = await openWritableHistory(ctx);
      if (!history.ok) return io.fail('history refresh', history.error);
      try {
        const baseUrl = target?.baseUrl;
        const clients = accountClients({ accounts: local.accounts, ...(baseUrl === undefined ? {} : { sandboxBaseUrl: () => baseUrl }), logger: ctx.log });
        const report = await refreshReview({ history: history.value, clients }, { accountId, maxCalls: maxCalls.value ?? DEFAULT_MAX_CALLS });
        io.out(
          io.t(
            localized(
              `已查询 ${report.accounts} 个账号：核对 ${report.checked} 张，状态变化 ${report.changed} 张，已有结论跳过 ${report.skippedFinal} 张，未查 ${report.remaining} 张；调用接口 ${report.callsUsed} 次。`,
              `Checked ${report.accounts} account(s): ${report.checked} card(s) checked, ${report.changed} changed, ${report.skippedFinal} already decided, ${report.remaining} left unchecked; ${report.callsUsed} API call(s).`,
            ),
          ),
        );
        if (report.remaining > 0) io.note(io.t(localized('已达到调用上限；稍后再次运行可继续。', 'The call cap was reached; run it again later to go on.')));
        for (const f of report.failures) io.note(`✗ ${f.accountId}: ${io.t(f.message)}`);
        const exitCode = report.failures.length > 0 ? EXIT.weixin : EXIT.ok;
        io.document({ ok: exitCode === EXIT.ok, command: 'history refresh', exitCode, ...report });
        return exitCode;
      } finally {
        await history.value.close();
      }
    } finally {
      await target?.stop();
    }
  },
};
