import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseStocksFile, type ParsedStock } from '../../common/busifavor/stocks-file/parse';
import { localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { errorsOf } from '../../common/validate-busifavor';
import { detectImageType } from '../../main/images/detect-type';
import type { ImageStore } from '../../main/images/image-store';
import { stringOption } from '../args';
import { helpText, type Command } from '../command';
import type { CommandContext } from '../context';
import { driveRuns } from '../drive-runs';
import { EXIT } from '../exit-codes';
import { findingJson, printFindings } from '../findings-output';
import { parseJsonInput, readInput } from '../input';
import { failure, type CliFailure } from '../io';
import { MERCHANT_HELP, MERCHANT_OPTIONS, openMerchantSession, type MerchantSession } from '../merchant-session';
import { exitOfOutcomes } from '../run-report';
import { EMBEDDED_NOTE } from '../sandbox-target';
import { printStockJob, stockJobJson } from '../stock-report';
import { stockImageReader } from '../stock-images';

/** Copies each local image a stock names into the image store (the run uploads it by its hash). */
async function storeImages(images: ImageStore, baseDir: string, stocks: readonly ParsedStock[]): Promise<Result<void, CliFailure>> {
  for (const file of stocks.flatMap((s) => s.images)) {
    const bytes = await readFile(resolve(baseDir, file.file));
    const type = detectImageType(bytes);
    if (type !== 'png' && type !== 'jpeg') {
      return err(failure(EXIT.usage, 'image_format', localized(`图片“${file.file}”请另存为 PNG 或 JPG 后再用（${file.path}）。`, `Save the image "${file.file}" as PNG or JPG first (${file.path}).`)));
    }
    const put = await images.put(bytes, type);
    if (!put.ok) return err(failure(EXIT.busy, put.error.code, put.error.message));
  }
  return ok(undefined);
}

async function createStocks(ctx: CommandContext, session: MerchantSession, text: unknown, file: string, name: string | undefined) {
  const { io } = ctx;
  const { merchant, services, local } = session;
  const baseDir = file === '-' ? ctx.host.cwd : dirname(file);
  const parsed = parseStocksFile(text, {
    nowMs: Date.now(),
    mchid: merchant.mchid,
    // Replaced by the number the run commits before sending (outRequestNoOf): never sent.
    outRequestNo: () => randomBytes(8).toString('hex'),
    images: stockImageReader(baseDir),
  });
  if (parsed.findings.length > 0) {
    const [first] = parsed.findings;
    return io.fail('stocks create', failure(EXIT.usage, first?.code ?? 'not_a_stocks_file', first?.message ?? localized('不是批次文件', 'Not a stocks file'), { findings: parsed.findings.map(findingJson) }));
  }
  const invalid = parsed.stocks.filter((s) => errorsOf(s.findings).length > 0);
  if (invalid.length > 0) {
    // Validated first: nothing is saved or sent while any stock has an error.
    for (const s of invalid) printFindings(io, s.index, typeof s.body.stock_name === 'string' ? s.body.stock_name : null, typeof s.body.stock_type === 'string' ? s.body.stock_type : null, errorsOf(s.findings));
    io.note(io.t(localized(`${invalid.length} 个批次有错误，没有创建任何批次。请修改后重试（validate-stocks 可先离线检查）。`, `${invalid.length} stock(s) have errors; nothing was created. Fix them and try again (validate-stocks checks offline).`)));
    io.document({ ok: false, command: 'stocks create', exitCode: EXIT.failed, stocks: invalid.map((s) => ({ index: s.index, findings: errorsOf(s.findings).map(findingJson) })) });
    return EXIT.failed;
  }
  const stored = await storeImages(local.images, baseDir, parsed.stocks);
  if (!stored.ok) return io.fail('stocks create', stored.error);
  const batchName = name ?? (file === '-' ? '商家券' : basename(file, extname(file)));
  const saved = await local.drafts.create({ name: batchName, accountId: merchant.accountId, cards: parsed.stocks.map((s) => s.body) });
  if (!saved.ok) return io.fail('stocks create', failure(EXIT.busy, saved.error.code, saved.error.message));
  const batch = saved.value;
  io.note(io.t(localized(`已保存批次草稿“${batch.name}”（${batch.id}，${batch.drafts.length} 个）`, `Saved the stock batch "${batch.name}" (${batch.id}, ${batch.drafts.length} stocks)`)));
  const { outcomes, interrupted } = await driveRuns(ctx, services.engine, [{ label: batch.name, launch: () => services.engine.start(batch.id) }]);
  const unfinished = services.history.unfinishedOps().filter((r) => r.accountId === merchant.accountId).length;
  const exitCode = exitOfOutcomes(outcomes, interrupted, unfinished);
  for (const outcome of outcomes) printStockJob(io, services.history, outcome);
  if (session.target?.kind === 'embedded') io.note(io.t(EMBEDDED_NOTE));
  io.document({
    ok: exitCode === EXIT.ok,
    command: 'stocks create',
    exitCode,
    merchant: { id: merchant.accountId, mchid: merchant.mchid, name: merchant.name },
    sandbox: session.target ? { kind: session.target.kind, baseUrl: session.target.baseUrl } : null,
    batch: { id: batch.id, name: batch.name, stocks: batch.drafts.length },
    interrupted,
    unfinishedOps: unfinished,
    runs: outcomes.map((outcome) => stockJobJson(services.history, outcome)),
  });
  return exitCode;
}

/** `stocks create FILE`: validate a stocks file, save it as a batch and create every 商家券 stock. */
export const stocksCreateCommand: Command = {
  name: 'stocks create',
  options: { ...MERCHANT_OPTIONS, name: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  summary: localized('检查批次文件并创建其中每个微信支付商家券批次', 'check a stocks file and create each WeChat Pay merchant-coupon stock in it'),
  help: helpText(
    'stocks create FILE [--merchant MCHID | --sandbox | --sandbox-url URL] [--name BATCH] [--json]',
    localized(
      [
        '先按 validate-stocks 的规则检查 FILE（- 表示标准输入）；有错误时什么都不创建（退出码 1）。',
        '通过后保存为数据目录中的批次草稿，逐个创建商家券批次：本地图片先上传（每张只传一次），每个批次的请求单号在发送前写入历史，重发和核对都用同一个单号，所以进程被杀掉也不会丢失或重复创建。',
        '微信支付没有“列出全部批次”的接口：本机的历史就是批次的唯一索引。stock_id 逐行输出到 stdout（stock_id<TAB>名称）。',
        '未指定商户时使用内置的沙箱商户和本进程内嵌的沙箱。真实商户的私钥和 APIv3 密钥从环境变量 COUPON_STUDIO_MCH_KEY_<商户号>（可为文件路径）、COUPON_STUDIO_APIV3_KEY_<商户号> 读取，从不写入磁盘。',
      ].join('\n'),
      [
        'Checks FILE (- for stdin) with the rules of validate-stocks first; with any error nothing is created (exit 1).',
        'Then saves it as a stock batch in the data directory and creates each stock: local images are uploaded first (each once); each stock\'s request number is written to the history before it is sent and reused on every resend and check, so killing the process loses and duplicates nothing.',
        'WeChat Pay has no "list all stocks" call: this computer\'s history is the only index of the stocks. stock_ids go to stdout (stock_id<TAB>name).',
        'Without --merchant, the built-in sandbox merchant and a sandbox embedded in this process are used. A real merchant\'s private key and APIv3 key are read from COUPON_STUDIO_MCH_KEY_<MCHID> (a file path allowed) and COUPON_STUDIO_APIV3_KEY_<MCHID>, never written to disk.',
      ].join('\n'),
    ),
    [...MERCHANT_HELP, ['--name BATCH', '批次草稿名称（默认为文件名）', 'the batch name (default: the file name)']],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const file = args.positionals[0] as string;
    const input = await readInput(ctx.host, file);
    if (!input.ok) return io.fail('stocks create', input.error);
    const syntax = parseJsonInput(input.value);
    if (!syntax.ok) return io.fail('stocks create', syntax.error);
    const session = await openMerchantSession(ctx, args.values);
    if (!session.ok) return io.fail('stocks create', session.error);
    try {
      await session.value.services.engine.ready;
      return await createStocks(ctx, session.value, syntax.value, input.value.source, stringOption(args.values, 'name'));
    } finally {
      await session.value.close();
    }
  },
};
