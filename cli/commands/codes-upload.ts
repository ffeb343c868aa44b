import { parseCouponCodes } from '../../common/busifavor/coupon-codes';
import { localized } from '../../common/i18n';
import { errorsOf } from '../../common/validate-busifavor';
import { readCodesFile } from '../../main/busifavor/code-import';
import { uploadCodes } from '../../main/busifavor/code-upload';
import { realSleep } from '../../main/wechat/options';
import { intOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT, type ExitCode } from '../exit-codes';
import { findingJson, printFindings } from '../findings-output';
import { failure } from '../io';
import { MERCHANT_HELP, MERCHANT_OPTIONS, openMerchantSession } from '../merchant-session';
import { payCliFailure } from '../pay-exit';

const RESULT_TEXT = {
  success: localized('已上传', 'uploaded'),
  exist: localized('批次中已有此券码', 'already on the stock'),
  duplicate: localized('同一次上传中重复', 'repeated within one call'),
  fail: localized('被拒绝', 'refused'),
  pending: localized('结果未知', 'outcome unknown'),
} as const;

/** `codes upload --stock ID FILE`: a MERCHANT_UPLOAD stock's codes from TXT/CSV/XLSX, resumable. */
export const codesUploadCommand: Command = {
  name: 'codes upload',
  options: { ...MERCHANT_OPTIONS, stock: { type: 'string' }, concurrency: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  summary: localized('把券码文件（TXT/CSV/XLSX）上传到商户上传券码的商家券批次', 'upload a codes file (TXT/CSV/XLSX) to a merchant-upload stock'),
  help: helpText(
    'codes upload --stock STOCK_ID FILE [--merchant MCHID | --sandbox-url URL] [--concurrency N] [--json]',
    localized(
      [
        'FILE 每行一个券码（CSV、XLSX 取第一列；表头“券码”/“code”会跳过）。先检查每个券码：1–32 个字符，只能是数字、英文字母、空格和 - _ \\ / = |；有错误时不上传（退出码 1），重复的只传一次。',
        '每 200 个券码一次上传，每次的上传单号和券码在发送前写入历史；进程被杀掉后重新运行同一命令即可继续：已确认的不会重传，结果未知的用原单号核对，不会漏传也不会重复上传。',
        '每个券码的结果（已上传 / 批次中已有 / 重复 / 被拒绝及原因）逐行输出到 stdout：券码<TAB>结果<TAB>原因。',
      ].join('\n'),
      [
        'FILE has one code per line (the first column of a CSV or XLSX; a "code"/"券码" header is skipped). Each code is checked first: 1–32 characters of digits, letters, space and - _ \\ / = |; with an error nothing is uploaded (exit 1); a repeated code is uploaded once.',
        'Codes go 200 per call, and each call\'s request number and codes are written to the history before it is sent; after a kill, run the same command again to continue: confirmed calls are never resent, unknown ones are checked under their own number, so no code is skipped or uploaded twice.',
        'Each code\'s result (uploaded / already on the stock / repeated / refused with the reason) goes to stdout: code<TAB>result<TAB>reason.',
      ].join('\n'),
    ),
    [...MERCHANT_HELP, ['--stock STOCK_ID', '券码要上传到的批次（必填）', 'the stock to fill (required)'], ['--concurrency N', '同时进行的上传数 1–16（默认 4）', 'uploads in flight at once, 1–16 (default 4)']],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const stockId = stringOption(args.values, 'stock');
    if (!stockId) return io.fail('codes upload', failure(EXIT.usage, 'usage', localized('请用 --stock STOCK_ID 指定批次。', 'Name the stock with --stock STOCK_ID.')));
    const concurrency = intOption(args.values, 'concurrency', { min: 1, max: 16 });
    if (!concurrency.ok) return io.fail('codes upload', concurrency.error);
    const file = args.positionals[0] as string;
    const text = await readCodesFile(file);
    if (!text.ok) return io.fail('codes upload', failure(EXIT.usage, 'unreadable', text.error));
    const session = await openMerchantSession(ctx, args.values);
    if (!session.ok) return io.fail('codes upload', session.error);
    const { merchant, services } = session.value;
    try {
      const stock = await merchant.pay.getStock(stockId);
      if (!stock.ok) return io.fail('codes upload', payCliFailure(stock.error));
      if (stock.value.coupon_code_mode !== 'MERCHANT_UPLOAD') {
        return io.fail(
          'codes upload',
          failure(EXIT.failed, 'not_merchant_upload', localized(`批次 ${stockId} 的券码由微信支付生成（${stock.value.coupon_code_mode}），不能上传券码。`, `The stock ${stockId} gets its codes from WeChat Pay (${stock.value.coupon_code_mode}); codes cannot be uploaded to it.`)),
        );
      }
      const list = parseCouponCodes(text.value, { maxCoupons: stock.value.stock_send_rule.max_coupons });
      const errors = errorsOf(list.findings);
      if (errors.length > 0) {
        printFindings(io, 0, file, null, list.findings);
        io.note(io.t(localized(`券码文件有 ${errors.length} 处错误，没有上传任何券码。`, `The codes file has ${errors.length} error(s); no code was uploaded.`)));
        io.document({ ok: false, command: 'codes upload', exitCode: EXIT.failed, stockId, findings: list.findings.map(findingJson) });
        return EXIT.failed;
      }
      // Warnings (a repeated code, an edge space) go to stderr: stdout is the per-code results.
      for (const f of list.findings) io.note(`! ${io.t(f.message)}`);
      const uploaded = await uploadCodes(services.history, merchant, stockId, list.codes.map((c) => c.code), {
        concurrency: concurrency.value ?? 4,
        now: () => Date.now(),
        sleep: realSleep,
        // One line per answered call (the card path prints one per draft): progress, and a kill point for the crash test.
        onChunk: (done, total) => io.note(`[${done}/${total}] ${io.t(localized('次上传已确认', 'calls confirmed'))}`),
      });
      if (!uploaded.ok) return io.fail('codes upload', failure(EXIT.failed, uploaded.error.code, uploaded.error.message));
      const report = uploaded.value;
      const mine = new Set(list.codes.map((c) => c.code));
      const rows = services.history.codeRows(merchant.mchid, stockId).filter((r) => mine.has(r.code));
      for (const row of rows) io.out(`${row.code}\t${io.t(RESULT_TEXT[row.result])}${row.reason ? `\t${row.reason}` : ''}`);
      const c = report.counts;
      io.note(
        io.t(
          localized(
            `批次 ${stockId}：已上传 ${c.success}，批次中已有 ${c.exist}，重复 ${c.duplicate}，被拒绝 ${c.fail}，结果未知 ${c.pending}；本次新计划 ${report.planned} 次上传，发送 ${report.calls} 次（其中核对重发 ${report.replays} 次）。`,
            `Stock ${stockId}: uploaded ${c.success}, already on the stock ${c.exist}, repeated ${c.duplicate}, refused ${c.fail}, unknown ${c.pending}; ${report.planned} call(s) planned now, ${report.calls} sent (${report.replays} of them checks under the same number).`,
          ),
        ),
      );
      if (report.stopped) io.note(`${io.t(localized('已停止', 'Stopped'))}: ${io.t(report.stopped.message)}`);
      if (report.unresolved > 0 || report.stopped) io.note(io.t(localized('重新运行同一命令继续（已确认的不会重传）。', 'Run the same command again to continue (confirmed calls are never resent).')));
      const exitCode: ExitCode = report.stopped ? EXIT.weixin : report.unresolved > 0 || c.pending > 0 ? EXIT.unresolved : report.refused > 0 || c.fail > 0 ? EXIT.failed : EXIT.ok;
      io.document({
        ok: exitCode === EXIT.ok,
        command: 'codes upload',
        exitCode,
        stockId,
        file,
        report: { ...report, stopped: report.stopped ?? null },
        codes: rows.filter((r) => r.result !== 'success'),
      });
      return exitCode;
    } finally {
      await session.value.close();
    }
  },
};
