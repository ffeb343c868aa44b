import { localized } from '../../common/i18n';
import { createRedeemService } from '../../main/busifavor/redeem-service';
import { realSleep } from '../../main/wechat/options';
import { intOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { failure } from '../io';
import { MERCHANT_HELP, MERCHANT_OPTIONS, openMerchantSession } from '../merchant-session';

const STATE_TEXT = {
  used: localized('已核销', 'redeemed'),
  already_used: localized('已核销过', 'already redeemed'),
  refused: localized('被拒绝', 'refused'),
  pending: localized('结果未知', 'outcome unknown'),
} as const;

/** `redeem CODE --stock ID` at the counter, and `redeem --log [--search TEXT]`. */
export const redeemCommand: Command = {
  name: 'redeem',
  options: { ...MERCHANT_OPTIONS, stock: { type: 'string' }, log: { type: 'boolean' }, search: { type: 'string' }, limit: { type: 'string' } },
  positionals: { min: 0, max: 1 },
  summary: localized('核销顾客出示的商家券券码，或查看核销记录', "redeem a customer's merchant-coupon code, or show the redemption log"),
  help: helpText(
    'redeem CODE --stock STOCK_ID [--merchant MCHID | --sandbox-url URL] [--json]\n       coupon-studio redeem --log [--search TEXT] [--limit N] [--json]',
    localized(
      [
        '核销一个券码（手输或扫码枪输入均可）。核销单号在发送前写入本机的核销记录；没有收到应答时用同一个单号重试核对，绝不会核销两次。',
        '已经核销过的券码只显示一行说明（何时核销），退出码 1。--log 列出本机的核销记录（最新在前），--search 按券码或批次号的一部分查找。',
      ].join('\n'),
      [
        'Redeems one code (typed, or from a USB scanner). The redemption number is written to the local redemption log before it is sent; without an answer it is retried under the same number, so a coupon is never redeemed twice.',
        'A code already redeemed gets one line saying when (exit 1). --log lists the local redemption log, newest first; --search finds part of a code or a stock id.',
      ].join('\n'),
    ),
    [
      ...MERCHANT_HELP,
      ['--stock STOCK_ID', '券码所属的批次（商户上传券码的批次必填）', "the code's stock (required for merchant-upload stocks)"],
      ['--log', '列出核销记录', 'list the redemption log'],
      ['--search TEXT', '只列出券码或批次号包含 TEXT 的记录', 'only entries whose code or stock id contains TEXT'],
      ['--limit N', '最多列出 N 条（默认 100）', 'list at most N entries (default 100)'],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const showLog = args.values.log === true;
    const code = args.positionals[0];
    const stockId = stringOption(args.values, 'stock');
    const limit = intOption(args.values, 'limit', { min: 1, max: 100_000 });
    if (!limit.ok) return io.fail('redeem', limit.error);
    if (!showLog && (code === undefined || !stockId)) {
      return io.fail('redeem', failure(EXIT.usage, 'usage', localized('用法：redeem CODE --stock STOCK_ID，或 redeem --log。', 'Usage: redeem CODE --stock STOCK_ID, or redeem --log.')));
    }
    const session = await openMerchantSession(ctx, args.values);
    if (!session.ok) return io.fail('redeem', session.error);
    const { merchant, services } = session.value;
    try {
      const service = createRedeemService({ store: services.history, now: () => Date.now(), sleep: realSleep });
      if (showLog) {
        const search = stringOption(args.values, 'search');
        const rows = service.log({ mchid: merchant.mchid, ...(search ? { search } : {}), limit: limit.value ?? 100 });
        for (const row of rows) io.out([row.code, row.stockId, io.t(STATE_TEXT[row.state]), (row.wechatpayUseTime ?? row.useTime).replace('T', ' ').replace(/\+08:00$/, ''), row.error ?? ''].join('\t').trimEnd());
        if (rows.length === 0) io.note(io.t(localized('没有核销记录。', 'No redemptions.')));
        io.document({ ok: true, command: 'redeem', exitCode: EXIT.ok, merchant: { mchid: merchant.mchid }, redemptions: rows });
        return EXIT.ok;
      }
      const result = await service.redeem(merchant, stockId as string, code as string);
      const exitCode = result.kind === 'used' ? EXIT.ok : result.kind === 'unknown' ? EXIT.unresolved : result.kind === 'refused' && result.account ? EXIT.weixin : EXIT.failed;
      (result.kind === 'used' ? io.out.bind(io) : io.note.bind(io))(io.t(result.message));
      io.document({ ok: exitCode === EXIT.ok, command: 'redeem', exitCode, result: result.kind, message: result.message, redemption: result.row ?? null });
      return exitCode;
    } finally {
      await session.value.close();
    }
  },
};
