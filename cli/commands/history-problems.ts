import { localized } from '../../common/i18n';
import { stringOption } from '../args';
import { helpText, type Command } from '../command';
import { EXIT } from '../exit-codes';
import { openHistoryView, openWritableHistory } from '../history-source';
import { failure } from '../io';

/** `--ack 3,4` → [3, 4]; `--ack` alone (or `all`) → every open problem. */
function readIds(raw: string | boolean | undefined): number[] | undefined | 'bad' {
  if (raw === undefined || raw === true || raw === 'all') return undefined;
  if (typeof raw !== 'string') return 'bad';
  const ids = raw.split(',').map((part) => Number(part.trim()));
  return ids.length > 0 && ids.every((id) => Number.isInteger(id) && id > 0) ? ids : 'bad';
}

/** `history problems`: the damage found in or beside the history, and acknowledging it. */
export const historyProblemsCommand: Command = {
  name: 'history problems',
  options: { ack: { type: 'string' }, 'ack-all': { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  summary: localized('列出卡券历史中发现的问题（损坏、另存、导入），并确认', 'list problems found in the card history (damage, files set aside, imports) and acknowledge them'),
  help: helpText(
    'history problems [--ack ID,ID…|--ack-all] [--json]',
    localized(
      '列出卡券历史中尚未确认的问题：被截断的最后一行、无法读取的记录、被另存的数据文件（如 accounts.json）、旧历史文件的导入。确认之前，每条命令结束时和桌面应用中都会提示。',
      'Lists the card history problems nobody has acknowledged: a cut-off last line, unreadable records, data files set aside (such as accounts.json), the import of an old history file. Until acknowledged, every command ends with a notice and the desktop app shows a banner.',
    ),
    [
      ['--ack ID,ID…', '确认这些编号的问题', 'acknowledge the problems with these ids'],
      ['--ack-all', '确认全部问题', 'acknowledge every problem'],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const acking = args.values.ack !== undefined || args.values['ack-all'] === true;
    if (acking) {
      const ids = args.values['ack-all'] === true ? undefined : readIds(stringOption(args.values, 'ack'));
      if (ids === 'bad') return io.fail('history problems', failure(EXIT.usage, 'usage', localized('--ack 需要以逗号分隔的问题编号，例如 --ack 3,4。', '--ack takes comma-separated problem ids, e.g. --ack 3,4.')));
      const history = await openWritableHistory(ctx);
      if (!history.ok) return io.fail('history problems', history.error);
      try {
        await history.value.checkProblems();
        const done = await history.value.acknowledgeProblems(ids);
        if (!done.ok) return io.fail('history problems', failure(EXIT.busy, 'storage_failed', done.error.message));
        io.out(io.t(localized(`已确认 ${done.value} 个问题。`, `${done.value} problem(s) acknowledged.`)));
        io.document({ ok: true, command: 'history problems', exitCode: EXIT.ok, acknowledged: done.value, problems: history.value.problems });
        return EXIT.ok;
      } finally {
        await history.value.close();
      }
    }
    const view = await openHistoryView(ctx);
    if (!view.ok) return io.fail('history problems', view.error);
    try {
      const problems = await view.value.history.checkProblems();
      if (problems.length === 0) io.out(io.t(localized('卡券历史没有待确认的问题。', 'The card history has no problems to acknowledge.')));
      for (const problem of problems) {
        const when = new Date(problem.at + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
        io.out(`#${problem.id || '-'}  ${when}  ${problem.code}`);
        io.out(`    ${io.t(problem.message)}`);
      }
      io.document({ ok: true, command: 'history problems', exitCode: EXIT.ok, problems });
      return EXIT.ok;
    } finally {
      await view.value.close();
    }
  },
};

/** `history upgrade`: the one-time import and migration a read-only command refuses to do. */
export const historyUpgradeCommand: Command = {
  name: 'history upgrade',
  options: {},
  positionals: { min: 0, max: 0 },
  summary: localized('升级卡券历史（导入旧的历史文件，更新数据库结构）', 'upgrade the card history (import the old history file, update the database layout)'),
  help: helpText(
    'history upgrade [--json]',
    localized(
      '打开卡券历史以便写入：导入旧版本的 journal.jsonl（逐条核对，原文件改名保留），并应用数据库结构更新。桌面应用和其他写入命令也会自动这样做。',
      'Opens the card history for writing: imports the journal.jsonl of earlier versions (checked record by record; the original is renamed and kept) and applies database layout updates. The desktop app and every writing command do the same on their own.',
    ),
    [],
  ),
  async run(ctx) {
    const { io } = ctx;
    const history = await openWritableHistory(ctx);
    if (!history.ok) return io.fail('history upgrade', history.error);
    try {
      io.out(io.t(localized(`卡券历史已是最新结构（${history.value.size} 条记录）。`, `The card history is up to date (${history.value.size} records).`)));
      io.document({ ok: true, command: 'history upgrade', exitCode: EXIT.ok, records: history.value.size, path: history.value.path });
      return EXIT.ok;
    } finally {
      await history.value.close();
    }
  },
};
