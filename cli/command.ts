import type { Localized } from '../common/i18n';
import type { OptionSpec, ParsedArgs } from './args';
import type { CommandContext } from './context';
import { EXIT_CODE_HELP, type ExitCode } from './exit-codes';

/** One command (`create`) or sub-command (`history list`). */
export interface Command {
  /** The words that name it: `create`, `history list`. */
  readonly name: string;
  readonly options: OptionSpec;
  readonly positionals: { readonly min: number; readonly max: number };
  /** Its `--help` text (zh-CN first, then English), built with {@link helpText}. */
  readonly help: string;
  /** A one-line summary for the command list. */
  readonly summary: Localized;
  run(ctx: CommandContext, args: ParsedArgs): Promise<ExitCode>;
}

/** One option line of a help text: the flag as typed, then what it does in both languages. */
export type HelpOption = readonly [flag: string, zh: string, en: string];

const GLOBAL_HELP: readonly HelpOption[] = [
  ['--data-dir DIR', '数据目录（默认与桌面应用相同；也可用环境变量 COUPON_STUDIO_HOME）', 'the data directory (default: the desktop app\'s; or set COUPON_STUDIO_HOME)'],
  ['--lang zh-CN|en', '输出语言（默认 zh-CN；也可用 COUPON_STUDIO_LANG）', 'output language (default zh-CN; or set COUPON_STUDIO_LANG)'],
  ['--json', '在 stdout 输出一个 JSON 文档，其余文字都写到 stderr', 'print one JSON document on stdout; every human line goes to stderr'],
  ['--verbose', '在 stderr 显示诊断日志（已去除密钥）', 'diagnostic log on stderr (secrets redacted)'],
  ['-h, --help', '显示帮助', 'show this help'],
];

function optionLines(options: readonly HelpOption[]): string[] {
  const width = Math.max(...options.map(([flag]) => flag.length)) + 2;
  return options.flatMap(([flag, zh, en]) => [`  ${flag.padEnd(width)}${zh}`, `  ${' '.repeat(width)}${en}`]);
}

/** A bilingual help text: usage, description (zh-CN, then English), options, global options, exit codes. */
export function helpText(usage: string, description: Localized, options: readonly HelpOption[], exitCodes = true): string {
  const lines = [`用法 / Usage: coupon-studio ${usage}`, '', description['zh-CN'], '', description.en, ''];
  if (options.length > 0) lines.push('选项 / Options:', ...optionLines(options), '');
  lines.push('全局选项 / Global options:', ...optionLines(GLOBAL_HELP), '');
  if (exitCodes) lines.push(EXIT_CODE_HELP['zh-CN'], '', EXIT_CODE_HELP.en, '');
  return lines.join('\n');
}
