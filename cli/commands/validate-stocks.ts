import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { parseStocksFile } from '../../common/busifavor/stocks-file/parse';
import { localized } from '../../common/i18n';
import { chinaToday } from '../../common/units/china-time';
import { errorsOf, summarizeFindings } from '../../common/validate-busifavor';
import { choiceOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { findingJson, printFindings } from '../findings-output';
import { parseJsonInput, readInput } from '../input';
import { failure } from '../io';
import { stockImageReader } from '../stock-images';

/** `validate-stocks FILE`: every 商家券 stock of a stocks file, offline, with the bodies it would send. */
export const validateStocksCommand: Command = {
  name: 'validate-stocks',
  options: { mchid: { type: 'string' }, 'length-unit': { type: 'string' } },
  positionals: { min: 1, max: 1 },
  summary: localized('离线检查批次文件中的每个微信支付商家券批次', 'check every WeChat Pay merchant-coupon stock in a stocks file, offline'),
  help: helpText(
    'validate-stocks FILE [--mchid MCHID] [--length-unit chars|bytes] [--json] [--lang zh-CN|en]',
    localized(
      '按微信支付商家券的规则离线检查 FILE（- 表示标准输入）中的每个批次：金额以元填写（…_yuan），折扣以折填写（discount_zhe，88 或 8.8 即八八折），时间为北京时间，图片为上传后的链接或本地文件（相对于 FILE 所在文件夹，创建时再上传）。每条问题给出字段路径、限制和修改方法；--json 还输出将发送的请求体（金额为分，时间带 +08:00）。--mchid 检查归属商户号；--length-unit bytes 按 UTF-8 字节计算长度（官方说明为字数，默认）。退出码：0 没有错误（提示不算），1 有批次有错误，2 文件不可读、不是 JSON 或不是批次文件。',
      "Checks every stock in FILE (- for stdin) against WeChat Pay's merchant-coupon rules, offline: amounts in yuan (…_yuan), the discount in 折 (discount_zhe: 88 or 8.8 = 12% off), China times, images as uploaded URLs or local files (relative to FILE's folder, uploaded at create time). Each finding gives the field path, the limit and what to do; --json also prints the bodies that would be sent (分, times with +08:00). --mchid checks the owning merchant; --length-unit bytes counts UTF-8 bytes (the official text says characters, the default). Exit 0: no errors (warnings allowed); 1: some stock has errors; 2: the file is unreadable, not JSON or not a stocks file.",
    ),
    [
      ['--mchid MCHID', '本账号的商户号：作为默认归属商户号，并检查批次中的归属商户号', "this account's mchid: the default owning merchant, and checked against each stock's"],
      ['--length-unit chars|bytes', '长度按字数（默认）或 UTF-8 字节计算', 'count lengths in characters (default) or UTF-8 bytes'],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const unit = choiceOption(args.values, 'length-unit', ['chars', 'bytes'] as const);
    if (!unit.ok) return io.fail('validate-stocks', unit.error);
    const input = await readInput(ctx.host, args.positionals[0] as string);
    if (!input.ok) return io.fail('validate-stocks', input.error);
    const syntax = parseJsonInput(input.value);
    if (!syntax.ok) return io.fail('validate-stocks', syntax.error);
    const mchid = stringOption(args.values, 'mchid');
    const nowMs = Date.now();
    const day = chinaToday(nowMs).replace(/-/g, '');
    const parsed = parseStocksFile(syntax.value, {
      nowMs,
      ...(mchid === undefined ? {} : { mchid }),
      lengthUnit: unit.value === 'bytes' ? 'utf8-bytes' : 'code-points',
      // "商户ID+日期+流水号" (§2.2), unique per run; `stocks create` commits its own before sending.
      outRequestNo: (i) => `${mchid ?? 'S'}${day}${randomBytes(6).toString('hex')}${i}`,
      images: stockImageReader(input.value.source === '-' ? ctx.host.cwd : dirname(input.value.source)),
    });
    if (parsed.findings.length > 0) {
      const [first] = parsed.findings;
      const details = { findings: parsed.findings.map(findingJson) };
      return io.fail('validate-stocks', failure(EXIT.usage, first?.code ?? 'not_a_stocks_file', first?.message ?? localized('不是批次文件', 'Not a stocks file'), details));
    }
    const withErrors = parsed.stocks.filter((s) => errorsOf(s.findings).length > 0).length;
    const totals = summarizeFindings(parsed.stocks.flatMap((s) => s.findings));
    const exitCode = withErrors > 0 ? EXIT.failed : EXIT.ok;
    for (const s of parsed.stocks) {
      const name = typeof s.body.stock_name === 'string' ? s.body.stock_name : null;
      printFindings(io, s.index, name, typeof s.body.stock_type === 'string' ? s.body.stock_type : null, s.findings);
    }
    io.out(
      io.t(
        localized(
          `共 ${parsed.stocks.length} 个批次，${withErrors} 个有错误；错误 ${totals.errors} 处，提示 ${totals.warnings} 条。`,
          `${parsed.stocks.length} stock(s), ${withErrors} with errors; ${totals.errors} error(s), ${totals.warnings} warning(s).`,
        ),
      ),
    );
    io.document({
      ok: exitCode === EXIT.ok,
      command: 'validate-stocks',
      exitCode,
      file: input.value.source,
      lengthUnit: unit.value ?? 'chars',
      summary: { stocks: parsed.stocks.length, withErrors, errors: totals.errors, warnings: totals.warnings, byErrcode: { ...totals.byErrcode } },
      stocks: parsed.stocks.map((s) => ({
        index: s.index,
        errors: errorsOf(s.findings).length,
        warnings: s.findings.length - errorsOf(s.findings).length,
        findings: s.findings.map(findingJson),
        localImages: s.images,
        body: s.body,
      })),
    });
    return exitCode;
  },
};
