import { resolve } from 'node:path';
import { localized } from '../../common/i18n';
import { EXPORT_FORMATS } from '../../common/ipc/channels/history';
import { choiceOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { openHistoryView } from '../history-source';
import { failure } from '../io';
import { FILTER_HELP, FILTER_OPTIONS, readFilter } from './history-filter';

/** `history export`: CSV (UTF-8 with BOM, for Excel) or XLSX, headers in the chosen language. */
export const historyExportCommand: Command = {
  name: 'history export',
  options: { ...FILTER_OPTIONS, format: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  summary: localized('把卡券历史导出为 CSV 或 XLSX', 'export the card history as CSV or XLSX'),
  help: helpText(
    'history export --format csv|xlsx --out FILE [--lang zh-CN|en] [--force] [filters]',
    localized(
      '导出卡券历史（与桌面应用的导出相同）：CSV 为带 BOM 的 UTF-8（Excel 直接打开不乱码），XLSX 表头随 --lang 为中文或英文。已存在的文件需加 --force 才会替换。',
      "Exports the card history (the same export as the desktop app's): CSV is UTF-8 with a BOM (Excel opens it without garbling Chinese); XLSX headers follow --lang. An existing file is replaced only with --force.",
    ),
    [
      ['--format csv|xlsx', '导出格式（必填）', 'the format (required)'],
      ['--out FILE', '写到这个文件（必填；扩展名须与格式一致）', 'write to this file (required; its extension must match the format)'],
      ['--force', '替换已存在的文件', 'replace an existing file'],
      ...FILTER_HELP,
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const format = choiceOption(args.values, 'format', EXPORT_FORMATS);
    if (!format.ok) return io.fail('history export', format.error);
    const out = stringOption(args.values, 'out');
    if (format.value === undefined || out === undefined) {
      return io.fail('history export', failure(EXIT.usage, 'usage', localized('需要 --format csv|xlsx 和 --out FILE。', 'Both --format csv|xlsx and --out FILE are required.')));
    }
    const filter = await readFilter(ctx, args.values);
    if (!filter.ok) return io.fail('history export', filter.error);
    const view = await openHistoryView(ctx);
    if (!view.ok) return io.fail('history export', view.error);
    try {
      // exceljs is large: loaded only when an export is asked for.
      const { exportHistory, writeExportFile } = await import('../../main/history');
      const { data, rows } = await exportHistory(view.value.history, { format: format.value, language: io.lang, filter: filter.value });
      const path = resolve(ctx.host.cwd, out);
      const written = await writeExportFile(path, format.value, data, args.values.force === true);
      if (!written.ok) return io.fail('history export', failure(EXIT.usage, 'export_path_refused', written.error, { path }));
      io.out(io.t(localized(`已导出 ${rows} 条记录到 ${path}`, `Exported ${rows} record(s) to ${path}`)));
      io.document({ ok: true, command: 'history export', exitCode: EXIT.ok, path, format: format.value, rows, bytes: data.length, snapshot: view.value.snapshot });
      return EXIT.ok;
    } finally {
      await view.value.close();
    }
  },
};
