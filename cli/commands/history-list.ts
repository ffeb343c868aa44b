import { localized } from '../../common/i18n';
import type { HistoryRecord } from '../../common/ipc/channels/history';
import { intOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { chinaTime, table } from '../format';
import { openHistoryView } from '../history-source';
import type { CliIo } from '../io';
import { FILTER_HELP, FILTER_OPTIONS, readFilter } from './history-filter';

function flagsOf(record: HistoryRecord, io: CliIo): string {
  if (record.flags.duplicate) return io.t(localized('重复', 'duplicate'));
  if (record.flags.orphan) return io.t(localized('孤立', 'orphan'));
  if (record.flags.adopted) return io.t(localized('核对找回', 'found by check'));
  return '';
}

/** `history list`: the card history, newest first. */
export const historyListCommand: Command = {
  name: 'history list',
  options: { ...FILTER_OPTIONS, limit: { type: 'string' }, offset: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  summary: localized('列出卡券历史（最新在前）', 'list the card history, newest first'),
  help: helpText(
    'history list [--account NAME|ID] [--batch ID] [--status S] [--search TEXT] [--flagged] [--limit N] [--json]',
    localized(
      '列出数据目录中的卡券历史（命令行和桌面应用创建的都在），最新在前。桌面应用打开时读取此刻的只读快照。',
      'Lists the card history of the data directory (cards made by the CLI and by the desktop app alike), newest first. While the desktop app is open, a read-only snapshot is read.',
    ),
    [...FILTER_HELP, ['--limit N', '最多显示 N 条（默认 50）', 'show at most N records (default 50)'], ['--offset N', '跳过前 N 条', 'skip the first N records']],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const limit = intOption(args.values, 'limit', { min: 1, max: 1_000_000 });
    if (!limit.ok) return io.fail('history list', limit.error);
    const offset = intOption(args.values, 'offset', { min: 0, max: Number.MAX_SAFE_INTEGER });
    if (!offset.ok) return io.fail('history list', offset.error);
    const filter = await readFilter(ctx, args.values);
    if (!filter.ok) return io.fail('history list', filter.error);
    const view = await openHistoryView(ctx);
    if (!view.ok) return io.fail('history list', view.error);
    try {
      const page = view.value.query({ ...filter.value, limit: limit.value ?? 50, offset: offset.value ?? 0 });
      const header = [localized('时间', 'Time'), localized('状态', 'State'), 'card_id', localized('标题', 'Title'), localized('账号', 'Account'), localized('批次', 'Batch'), localized('标记', 'Flags')].map((h) =>
        typeof h === 'string' ? h : io.t(h),
      );
      const rows = page.records.map((r) => [chinaTime(r.createdAt ?? r.firstSeenAt), r.state, r.cardId ?? '—', r.title ?? '—', r.accountName, r.batchName ?? '—', flagsOf(r, io)]);
      for (const line of table(header, rows)) io.out(line);
      const states = Object.entries(page.byState)
        .map(([state, n]) => `${state} ${n}`)
        .join(', ');
      io.note(io.t(localized(`共 ${page.total} 条（${states || '无'}），显示 ${page.records.length} 条。`, `${page.total} record(s) (${states || 'none'}), ${page.records.length} shown.`)));
      io.document({ ok: true, command: 'history list', exitCode: EXIT.ok, historyPath: view.value.path, snapshot: view.value.snapshot, ...page });
      return EXIT.ok;
    } finally {
      await view.value.close();
    }
  },
};
