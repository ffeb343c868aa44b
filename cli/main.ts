import { localized } from '../common/i18n';
import { parseCommand, readLang, splitCommand, stringOption } from './args';
import type { Command } from './command';
import { accountsAddCommand } from './commands/accounts-add';
import { accountsListCommand } from './commands/accounts-list';
import { accountsTestCommand } from './commands/accounts-test';
import { convertCommand } from './commands/convert';
import { createCommand } from './commands/create';
import { demoCommand } from './commands/demo';
import { historyExportCommand } from './commands/history-export';
import { historyListCommand } from './commands/history-list';
import { historyProblemsCommand, historyUpgradeCommand } from './commands/history-problems';
import { historyReconcileCommand } from './commands/history-reconcile';
import { historyRefreshCommand } from './commands/history-refresh';
import { resumeCommand } from './commands/resume';
import { sandboxCommand } from './commands/sandbox';
import { sandboxGiveMemberCardCommand } from './commands/sandbox-members';
import { validateCommand } from './commands/validate';
import { membersFormSetCommand, membersGetCommand, membersUpdateCommand } from './commands/members';
import { membersActivateCommand } from './commands/members-activate';
import { membersCardUpdateCommand } from './commands/members-card-update';
import { validateStocksCommand } from './commands/validate-stocks';
import { stocksCreateCommand } from './commands/stocks-create';
import { codesUploadCommand } from './commands/codes-upload';
import { redeemCommand } from './commands/redeem';
import { stocksBudgetCommand, stocksGetCommand, stocksResumeCommand } from './commands/stocks-manage';
import { cliLogger, dataDirOf, type CliHost } from './context';
import { EXIT, EXIT_CODE_HELP, type ExitCode } from './exit-codes';
import { noteHistoryProblems } from './history-notice';
import { CliIo, failure } from './io';

/** Every command, in the order the overview lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  validateStocksCommand,
  convertCommand,
  createCommand,
  resumeCommand,
  stocksCreateCommand,
  stocksResumeCommand,
  stocksGetCommand,
  stocksBudgetCommand,
  codesUploadCommand,
  redeemCommand,
  historyListCommand,
  historyExportCommand,
  historyRefreshCommand,
  historyReconcileCommand,
  historyProblemsCommand,
  historyUpgradeCommand,
  accountsAddCommand,
  accountsListCommand,
  accountsTestCommand,
  membersGetCommand,
  membersUpdateCommand,
  membersFormSetCommand,
  membersActivateCommand,
  membersCardUpdateCommand,
  sandboxCommand,
  sandboxGiveMemberCardCommand,
  demoCommand,
];

/** Commands that take a sub-command word. */
const GROUPS = new Set(['history', 'accounts', 'members', 'stocks', 'codes']);
/** `sandbox` alone runs the simulator (its `--port 8765` value must not read as a word): only this word makes it a group. */
const SANDBOX_SUBCOMMAND = 'give-member-card';

/** The overview `coupon-studio --help` prints. */
export function overviewHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    '卡券工作室 命令行 / Coupon Studio command line',
    '',
    '用法 / Usage: coupon-studio <command> [options]     coupon-studio <command> --help',
    '',
    '命令 / Commands:',
    ...COMMANDS.flatMap((c) => [`  ${c.name.padEnd(width)}${c.summary['zh-CN']}`, `  ${' '.repeat(width)}${c.summary.en}`]),
    '',
    '全局选项 / Global options: --data-dir DIR  --lang zh-CN|en  --json  --verbose  --help',
    '数据目录与桌面应用相同，可用 --data-dir 或 COUPON_STUDIO_HOME 更改。',
    "The data directory is the desktop app's; --data-dir or COUPON_STUDIO_HOME moves it.",
    '',
    EXIT_CODE_HELP['zh-CN'],
    '',
    EXIT_CODE_HELP.en,
    '',
  ].join('\n');
}

/** Runs one command line; answers the exit code. */
export async function runCli(argv: readonly string[], host: CliHost): Promise<ExitCode> {
  const split = splitCommand(argv, (first) => (GROUPS.has(first) || (first === 'sandbox' && argv.includes(SANDBOX_SUBCOMMAND)) ? 2 : 1));
  const words = split.words[0] === 'help' ? split.words.slice(1) : split.words;
  const { globals } = split;
  const asksHelp = split.words[0] === 'help' || globals.help === true;
  const name = words.join(' ');
  const command = COMMANDS.find((c) => c.name === name);
  const lang = readLang(globals.lang, host.env);
  const io = new CliIo(host.streams, lang.ok ? lang.value : 'zh-CN', globals.json === true, globals.verbose === true);
  if (!lang.ok) return io.fail(name || 'coupon-studio', lang.error);
  if (!command) {
    if (asksHelp || words.length === 0) {
      const group = COMMANDS.filter((c) => c.name.startsWith(`${words[0] ?? ''} `));
      host.streams.stdout.write(group.length > 0 ? group.map((c) => c.help).join('\n') : overviewHelp());
      return words.length === 0 && !asksHelp ? EXIT.usage : EXIT.ok;
    }
    const known = COMMANDS.map((c) => c.name).join(', ');
    return io.fail(
      name,
      failure(EXIT.usage, 'unknown_command', localized(`未知命令“${name}”。可用命令：${known}。用 --help 查看用法。`, `Unknown command "${name}". Commands: ${known}. See --help.`)),
    );
  }
  if (asksHelp) {
    host.streams.stdout.write(command.help);
    return EXIT.ok;
  }
  const parsed = parseCommand(split.rest, command.options, command.positionals);
  if (!parsed.ok) return io.fail(command.name, parsed.error);
  const dataDir = dataDirOf(host, stringOption(parsed.value.values, 'data-dir'));
  const ctx = { host, io, dataDir, log: cliLogger(io) };
  const code = await command.run(ctx, parsed.value);
  // `history problems` lists them itself; every other command ends with the notice.
  if (command !== historyProblemsCommand) await noteHistoryProblems(ctx);
  return code;
}
