import { randomBytes } from 'node:crypto';
import { localized } from '../../common/i18n';
import type { MerchantClient } from '../../main/busifavor/merchant-clients';
import { verdictOf } from '../../main/busifavor/pay-outcome';
import { intOption } from '../args';
import { helpText, type Command } from '../command';
import type { CommandContext } from '../context';
import { driveRuns } from '../drive-runs';
import { EXIT, type ExitCode } from '../exit-codes';
import type { ParsedArgs } from '../args';
import { MERCHANT_HELP, MERCHANT_OPTIONS, openMerchantSession, type MerchantSession } from '../merchant-session';
import { payCliFailure } from '../pay-exit';
import { exitOfOutcomes } from '../run-report';
import { printStockJob, stockJobJson } from '../stock-report';
import { leftWork } from './resume';

/** Opens the merchant session around a command body and closes it after. */
async function withSession(ctx: CommandContext, args: ParsedArgs, command: string, body: (session: MerchantSession) => Promise<ExitCode>): Promise<ExitCode> {
  const session = await openMerchantSession(ctx, args.values);
  if (!session.ok) return ctx.io.fail(command, session.error);
  try {
    return await body(session.value);
  } finally {
    await session.value.close();
  }
}

/** `stocks get STOCK_ID`: the stock as WeChat Pay has it now, with its local history record. */
export const stocksGetCommand: Command = {
  name: 'stocks get',
  options: MERCHANT_OPTIONS,
  positionals: { min: 1, max: 1 },
  summary: localized('查询一个商家券批次的状态、库存和发放数量', "show a merchant-coupon stock's state, budget and counts"),
  help: helpText(
    'stocks get STOCK_ID [--merchant MCHID | --sandbox-url URL] [--json]',
    localized('向微信支付查询批次的当前状态（审核中 UNAUDIT、进行中 RUNNING…）、发放总数和已发放数量，并列出本机历史中的记录。', "Asks WeChat Pay for the stock's state now (UNAUDIT under review, RUNNING…), its budget and how many were sent, with this computer's history record."),
    MERCHANT_HELP,
  ),
  run: (ctx, args) =>
    withSession(ctx, args, 'stocks get', async ({ merchant, services }) => {
      const { io } = ctx;
      const stockId = args.positionals[0] as string;
      const got = await merchant.pay.getStock(stockId);
      if (!got.ok) return io.fail('stocks get', payCliFailure(got.error));
      const stock = got.value;
      const record = services.history.byCardId(stockId);
      const sent = stock.send_count_information;
      io.out(`${stock.stock_id}\t${stock.stock_name}\t${stock.stock_type}\t${stock.stock_state}`);
      io.out(
        io.t(
          localized(
            `发放总数 ${stock.stock_send_rule.max_coupons}，已发放 ${sent?.total_send_num ?? 0}（今日 ${sent?.today_send_num ?? 0}）；券码模式 ${stock.coupon_code_mode}。`,
            `Budget ${stock.stock_send_rule.max_coupons}, sent ${sent?.total_send_num ?? 0} (today ${sent?.today_send_num ?? 0}); code mode ${stock.coupon_code_mode}.`,
          ),
        ),
      );
      if (!record) io.note(io.t(localized('本机历史中没有这个批次（它不是在这台电脑上创建的）。', "This computer's history has no record of this stock (it was not created here).")));
      io.document({ ok: true, command: 'stocks get', exitCode: EXIT.ok, merchant: { id: merchant.accountId, mchid: merchant.mchid }, stock, record: record ?? null });
      return EXIT.ok;
    }),
};

/** Budget changes per call: read the current value, then PATCH with it (optimistic concurrency, §2.3). */
async function changeBudget(merchant: MerchantClient, stockId: string, target: number) {
  const got = await merchant.pay.getStock(stockId);
  if (!got.ok) return { kind: 'failed' as const, error: got.error };
  const current = got.value.stock_send_rule.max_coupons;
  if (current === target) return { kind: 'unchanged' as const, current };
  // One number for every try of this change: a lost answer is repeated, never applied twice.
  const requestNo = `${merchant.mchid}B${randomBytes(12).toString('hex')}`;
  for (let attempt = 0; attempt < 3; attempt++) {
    const changed = await merchant.pay.updateBudget(stockId, { target_max_coupons: target, current_max_coupons: current, modify_budget_request_no: requestNo });
    if (changed.ok) return { kind: 'changed' as const, from: current, to: changed.value.max_coupons ?? target };
    const verdict = verdictOf(changed.error);
    if (verdict !== 'maybe' && verdict !== 'retry') return { kind: 'failed' as const, error: changed.error };
  }
  // Still no answer: the stock itself says whether the change landed.
  const after = await merchant.pay.getStock(stockId);
  if (after.ok && after.value.stock_send_rule.max_coupons === target) return { kind: 'changed' as const, from: current, to: target };
  return { kind: 'failed' as const, error: after.ok ? { kind: 'transport' as const, code: 'NO_ANSWER', message: 'no answer', sent: 'maybe' as const, timedOut: true, cancelled: false } : after.error };
}

/** `stocks budget STOCK_ID --max-coupons N`. */
export const stocksBudgetCommand: Command = {
  name: 'stocks budget',
  options: { ...MERCHANT_OPTIONS, 'max-coupons': { type: 'string' } },
  positionals: { min: 1, max: 1 },
  summary: localized('修改商家券批次的发放总数', "change a merchant-coupon stock's total budget"),
  help: helpText(
    'stocks budget STOCK_ID --max-coupons N [--merchant MCHID | --sandbox-url URL] [--json]',
    localized(
      '先读取批次当前的发放总数，再带着这个当前值提交新的总数（微信支付据此防止两处同时修改）。新的总数不能小于已发放或已上传的券码数。',
      "Reads the stock's current budget first, then submits the new one together with it (WeChat Pay uses it to refuse two changes at once). The new budget cannot be below the coupons sent or the codes uploaded.",
    ),
    [...MERCHANT_HELP, ['--max-coupons N', '新的发放总数（1–1000000000）', 'the new total budget (1–1000000000)']],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const target = intOption(args.values, 'max-coupons', { min: 1, max: 1_000_000_000 });
    if (!target.ok) return io.fail('stocks budget', target.error);
    if (target.value === undefined) return io.fail('stocks budget', { exit: EXIT.usage, code: 'usage', message: localized('请用 --max-coupons N 给出新的发放总数。', 'Give the new budget with --max-coupons N.') });
    const wanted = target.value;
    return withSession(ctx, args, 'stocks budget', async ({ merchant }) => {
      const stockId = args.positionals[0] as string;
      const outcome = await changeBudget(merchant, stockId, wanted);
      if (outcome.kind === 'failed') return io.fail('stocks budget', payCliFailure(outcome.error));
      const line =
        outcome.kind === 'unchanged'
          ? localized(`发放总数已是 ${outcome.current}，未修改。`, `The budget is already ${outcome.current}; nothing changed.`)
          : localized(`发放总数 ${outcome.from} → ${outcome.to}。`, `Budget ${outcome.from} → ${outcome.to}.`);
      io.out(`${stockId}\t${io.t(line)}`);
      io.document({ ok: true, command: 'stocks budget', exitCode: EXIT.ok, stockId, ...outcome });
      return EXIT.ok;
    });
  },
};

/** `stocks resume`: what a killed or stopped `stocks create` left, to its end. */
export const stocksResumeCommand: Command = {
  name: 'stocks resume',
  options: MERCHANT_OPTIONS,
  positionals: { min: 0, max: 0 },
  summary: localized('核对并继续这个商户未完成的商家券批次', "reconcile and finish this merchant's unfinished stock batches"),
  help: helpText(
    'stocks resume [--merchant MCHID | --sandbox-url URL] [--json]',
    localized(
      '先用原来的请求单号与微信支付核对结果未知的创建（找回已创建的 stock_id，不会重复创建），再继续被中断或停止的批次草稿。',
      'First checks creates with an unknown outcome with WeChat Pay under their original request numbers (finding the stock_ids already created, never creating twice), then finishes interrupted or stopped batches.',
    ),
    MERCHANT_HELP,
  ),
  run: (ctx, args) =>
    withSession(ctx, args, 'stocks resume', async ({ merchant, services }) => {
      const { io } = ctx;
      const recovery = await services.engine.ready;
      const runs = services.engine.runs().filter((r) => r.accountId === merchant.accountId);
      const latest = new Map<string, (typeof runs)[number]>();
      for (const run of runs) if (!latest.has(run.batchId)) latest.set(run.batchId, run);
      const jobs = [...latest.values()].filter(leftWork).map((run) => ({ label: run.batchName, launch: () => services.engine.resume(run.runId) }));
      const { outcomes, interrupted } = await driveRuns(ctx, services.engine, jobs);
      const unfinished = services.history.unfinishedOps().filter((r) => r.accountId === merchant.accountId).length;
      const exitCode = exitOfOutcomes(outcomes, interrupted, unfinished);
      for (const outcome of outcomes) printStockJob(io, services.history, outcome);
      if (jobs.length === 0) io.note(io.t(localized('没有需要继续的批次。', 'Nothing to resume.')));
      io.document({ ok: exitCode === EXIT.ok, command: 'stocks resume', exitCode, recovery, unfinishedOps: unfinished, runs: outcomes.map((o) => stockJobJson(services.history, o)) });
      return exitCode;
    }),
};
