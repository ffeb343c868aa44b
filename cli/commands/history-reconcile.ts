import { localized } from '../../common/i18n';
import type { PassReport } from '../../main/batch/reconcile-pass';
import { selectAccount } from '../account-select';
import { stringOption } from '../args';
import { helpText, type Command } from '../command';
import { openBatch, openLocal } from '../context';
import { EXIT, type ExitCode } from '../exit-codes';
import { failure, type CliFailure } from '../io';
import { openSandboxTarget, readSandboxChoice, SANDBOX_OPTIONS, type SandboxTarget } from '../sandbox-target';

/** One account's outcome. */
type AccountReport = { accountId: string; appid: string } & ({ ok: true; pass: Omit<PassReport, 'failure'> & { failure: string | null } } | { ok: false; problem: CliFailure });

/** `history reconcile`: compares each account's card list on Weixin with the history. */
export const historyReconcileCommand: Command = {
  name: 'history reconcile',
  options: { account: { type: 'string' }, ...SANDBOX_OPTIONS },
  positionals: { min: 0, max: 0 },
  summary: localized('与微信的卡券列表核对：找回漏记的卡券，标记重复和孤立卡券', "compare with Weixin's card list: record missed cards, flag duplicates and orphans"),
  help: helpText(
    'history reconcile [--account NAME|ID] [--sandbox-url URL] [--json]',
    localized(
      '把账号在微信上的卡券列表（card/batchget，再对新出现的卡券调用 card/get）与卡券历史对比：属于未完成创建的卡券记为已创建；同一草稿的第二张卡券标记为“重复”，不属于任何草稿的标记为“孤立”——都记录下来，绝不隐藏，请在公众平台核对后删除多余的卡券。未指定账号时核对历史中出现过的每个账号。退出码 0 核对完成；4 微信的列表无法读取；3 账号无法使用。',
      "Compares each account's card list on Weixin (card/batchget, then card/get for cards not seen before) with the card history: a card of an unfinished create is recorded as created; a second card of the same draft is flagged as a duplicate, one no draft claims as an orphan — recorded, never hidden; review and delete extra cards on the Official Accounts Platform. Without --account, every account in the history is checked. Exit 0: checked; 4: Weixin's list could not be read; 3: an account cannot be used.",
    ),
    [
      ['--account NAME|ID', '只核对这个账号', 'only this account'],
      ['--sandbox-url URL', '沙箱账号核对这个正在运行的沙箱', 'sandbox accounts are checked against this running sandbox'],
      ['--sandbox', '沙箱账号核对本进程内嵌的新沙箱', 'sandbox accounts are checked against a new sandbox embedded in this process'],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const choice = readSandboxChoice(args.values);
    if (!choice.ok) return io.fail('history reconcile', choice.error);
    const sandboxRef: { target?: SandboxTarget } = {};
    const local = openLocal(ctx, () => sandboxRef.target?.baseUrl);
    const accountArg = stringOption(args.values, 'account');
    let only: string | undefined;
    if (accountArg !== undefined) {
      const found = await selectAccount(local.accounts, accountArg);
      if (!found.ok) return io.fail('history reconcile', found.error);
      only = found.value.id;
    }
    const target = await openSandboxTarget(choice.value);
    sandboxRef.target = target;
    try {
      const opened = await openBatch(ctx, local, target);
      if (!opened.ok) return io.fail('history reconcile', opened.error);
      const { engine, history } = opened.value;
      try {
        await engine.ready;
        const accountIds = only !== undefined ? [only] : [...new Set(history.all().map((r) => r.accountId))];
        const reports: AccountReport[] = [];
        for (const accountId of accountIds) {
          const view = await local.accounts.get(accountId);
          const appid = view.ok ? view.value.appid : '';
          if (view.ok && view.value.environment === 'sandbox' && target === undefined) {
            reports.push({ accountId, appid, ok: false, problem: failure(EXIT.usage, 'sandbox_required', localized('沙箱账号：请加 --sandbox-url。', 'A sandbox account: add --sandbox-url.')) });
            continue;
          }
          const done = await engine.reconcileAccount(accountId);
          if (!done.ok) {
            reports.push({ accountId, appid, ok: false, problem: failure(EXIT.weixin, done.error.code, done.error.message) });
            continue;
          }
          const { failure: failed, ...pass } = done.value;
          reports.push({ accountId, appid, ok: true, pass: { ...pass, failure: failed ? io.t(failed.message) : null } });
        }
        let exitCode: ExitCode = EXIT.ok;
        for (const report of reports) {
          const code = report.ok ? (report.pass.conclusive ? EXIT.ok : EXIT.unresolved) : report.problem.exit;
          if (code > exitCode) exitCode = code;
          if (!report.ok) {
            io.note(`✗ ${report.appid || report.accountId}: ${io.t(report.problem.message)}`);
            continue;
          }
          const p = report.pass;
          io.out(
            io.t(
              localized(
                `${report.appid}：微信上 ${p.listed} 张；找回 ${p.adopted.length} 张，重复 ${p.duplicates.length} 张，孤立 ${p.orphans.length} 张${p.conclusive ? '' : `；未能核对完（${p.failure ?? ''}）`}。`,
                `${report.appid}: ${p.listed} card(s) on Weixin; ${p.adopted.length} recorded, ${p.duplicates.length} duplicate(s), ${p.orphans.length} orphan(s)${p.conclusive ? '' : `; incomplete (${p.failure ?? ''})`}.`,
              ),
            ),
          );
          for (const id of [...p.duplicates, ...p.orphans]) {
            const record = history.get(id);
            io.out(`  ⚠ ${record?.cardId ?? id} ${record?.title ?? ''} ${record?.flags.duplicate ? io.t(localized('重复', 'duplicate')) : io.t(localized('孤立', 'orphan'))}`);
          }
        }
        if (accountIds.length === 0) io.note(io.t(localized('卡券历史中还没有账号。', 'The card history has no account yet.')));
        io.document({
          ok: exitCode === EXIT.ok,
          command: 'history reconcile',
          exitCode,
          accounts: reports.map((r) => (r.ok ? { accountId: r.accountId, appid: r.appid, ...r.pass } : { accountId: r.accountId, appid: r.appid, error: { code: r.problem.code, message: r.problem.message } })),
        });
        return exitCode;
      } finally {
        await opened.value.close();
      }
    } finally {
      await target?.stop();
    }
  },
};
