import { basename, extname } from 'node:path';
import { localized } from '../../common/i18n';
import { CONCURRENCY_LIMITS } from '../../common/ipc/channels/accounts';
import { err, ok } from '../../common/result';
import { intOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { runCreate } from '../create-flow';
import { EXIT } from '../exit-codes';
import { importFailure, parseInput, readInput } from '../input';
import { failure } from '../io';
import { readSandboxChoice, SANDBOX_OPTIONS } from '../sandbox-target';
import type { ImportedDrafts } from '../../main/drafts/import-json';
import type { PreflightInput } from '../../main/batch/preflight';

/** The drafts a file holds, as a preflight looks at them (before any batch is saved). */
function draftsOf(imported: ImportedDrafts): PreflightInput[] {
  if (imported.form === 'batch') return imported.batch.drafts.map((d) => ({ id: d.id, card: d.card }));
  return imported.bodies.map((card, i) => ({ id: `#${i + 1}`, card }));
}

/** `create FILE`: import into a new drafts batch and create every card. */
export const createCommand: Command = {
  name: 'create',
  options: { account: { type: 'string' }, name: { type: 'string' }, concurrency: { type: 'string' }, 'allow-duplicates': { type: 'boolean' }, ...SANDBOX_OPTIONS },
  positionals: { min: 1, max: 1 },
  summary: localized('导入 JSON 为草稿批次并批量创建卡券', 'import JSON as a draft batch and create every card'),
  help: helpText(
    'create FILE [--account NAME|ID | --sandbox | --sandbox-url URL] [--name BATCH] [--concurrency N] [--allow-duplicates] [--json]',
    localized(
      [
        '把 FILE（- 表示标准输入；一个请求体、数组或导出的批次）导入为数据目录中的新草稿批次，再逐张调用 card/create。',
        '每次创建前先写入日志（write-ahead），结果未知时先与微信核对再决定是否重发，所以进程被杀掉也不会丢失 card_id 或重复创建。',
        '桌面应用的“草稿”和“历史”里能看到同一批次和卡券。card_id 逐行输出到 stdout（card_id<TAB>标题）；进度写到 stderr。',
        '未指定账号时使用内置的“示例商户（沙箱）”和本进程内嵌的沙箱。真实账号的 AppSecret 从环境变量',
        'COUPON_STUDIO_SECRET_<APPID>（或 COUPON_STUDIO_SECRET）读取，终端中也可隐藏输入；从不写入磁盘。',
        '有效性检查不通过的草稿记为“无效”且不发送。',
        '发送前先核对账号在微信上已有的卡券：内容完全相同的卡券已存在时，草稿直接关联那张卡券（“在微信上找到”），不再创建；文件里的券全都已存在时不导入。',
      ].join('\n'),
      [
        'Imports FILE (- for stdin; one body, an array, or an exported batch) as a new draft batch in the data directory, then calls card/create for each draft.',
        'Every create is journaled before it is sent (write-ahead) and an unknown outcome is checked with Weixin before any resend, so killing the process loses no card_id and creates no duplicate.',
        'The desktop app shows the same batch and cards under Drafts and History. card_ids go to stdout (card_id<TAB>title); progress goes to stderr.',
        'Without an account, the built-in "Demo merchant (sandbox)" and a sandbox embedded in this process are used. A real account\'s AppSecret is read from',
        'COUPON_STUDIO_SECRET_<APPID> (or COUPON_STUDIO_SECRET), or typed hidden in a terminal; it is never written to disk.',
        'Drafts that fail validation are recorded as invalid and not sent.',
        'Before sending, the account\'s existing cards on Weixin are checked: a draft whose identical card already exists is linked to it ("found on Weixin") instead of creating another; when every coupon of the file exists, nothing is imported.',
      ].join('\n'),
    ),
    [
      ['--account NAME|ID', '用这个账号创建（名称、账号 ID 或 AppID）', 'create with this account (name, account id or AppID)'],
      ['--sandbox', '用内置沙箱账号和本进程内嵌的沙箱（默认）', 'use the built-in sandbox account and a sandbox embedded in this process (default)'],
      ['--sandbox-url URL', '沙箱账号改用这个正在运行的沙箱（如 npm run sandbox）', 'point sandbox accounts at this running sandbox (e.g. npm run sandbox)'],
      ['--name BATCH', '草稿批次名称（默认为文件名）', 'the draft batch name (default: the file name)'],
      ['--allow-duplicates', '即使微信上已有完全相同的卡券也再创建一份（有意复制）', 'create the cards even when identical ones already exist on Weixin (a deliberate copy)'],
      ['--concurrency N', `本次并发数 ${CONCURRENCY_LIMITS.min}–${CONCURRENCY_LIMITS.max}（默认用账号设置）`, `parallel creates for this run, ${CONCURRENCY_LIMITS.min}–${CONCURRENCY_LIMITS.max} (default: the account's setting)`],
    ],
  ),
  async run(ctx, args) {
    const { io, host } = ctx;
    const sandbox = readSandboxChoice(args.values);
    if (!sandbox.ok) return io.fail('create', sandbox.error);
    const account = stringOption(args.values, 'account');
    if (account !== undefined && sandbox.value.kind === 'embedded') {
      return io.fail('create', failure(EXIT.usage, 'usage', localized('--account 与 --sandbox 只能选一个。', 'Use either --account or --sandbox, not both.')));
    }
    const concurrency = intOption(args.values, 'concurrency', CONCURRENCY_LIMITS);
    if (!concurrency.ok) return io.fail('create', concurrency.error);
    const file = args.positionals[0] as string;
    const input = await readInput(host, file);
    if (!input.ok) return io.fail('create', input.error);
    // Syntax and shape are checked before the data directory is touched.
    const parsed = parseInput(input.value);
    if (!parsed.ok) return io.fail('create', parsed.error);
    // Imported last-wins, like JSON.parse; said before anything is sent.
    for (const d of parsed.value.duplicates) io.note(`${io.t(localized('警告', 'Warning'))}: ${io.t(d.message)}`);
    const fromFile = file === '-' ? undefined : basename(file, extname(file));
    const name = stringOption(args.values, 'name') ?? (parsed.value.form === 'batch' ? parsed.value.batch.name : fromFile);
    return runCreate(ctx, {
      command: 'create',
      account,
      sandbox: sandbox.value,
      concurrency: concurrency.value,
      allowDuplicates: args.values['allow-duplicates'] === true,
      drafts: draftsOf(parsed.value),
      async save(local, accountId) {
        const imported = await local.drafts.importJson(input.value.text, { accountId, ...(name === undefined ? {} : { name }) });
        if (!imported.ok) return err(imported.error.code === 'storage_failed' ? failure(EXIT.busy, imported.error.code, imported.error.message) : importFailure(imported.error));
        const { batch, imported: count, form } = imported.value;
        return ok({ id: batch.id, name: batch.name, drafts: count, form });
      },
    });
  },
};
