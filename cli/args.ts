import { parseArgs, type ParseArgsConfig } from 'node:util';
import { localized, type Locale } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';

/** Option declarations in node:util parseArgs form. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Options every command takes, before or after the command word. */
export const GLOBAL_OPTIONS = {
  'data-dir': { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** Parsed option values (strings, booleans; repeated options are not used). */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** A command's arguments after parsing. */
export interface ParsedArgs {
  readonly values: OptionValues;
  readonly positionals: readonly string[];
}

/** The command words (`create`, `history list`) and everything else, in order. */
export interface SplitArgs {
  readonly words: readonly string[];
  readonly rest: readonly string[];
  /** The global options as far as a loose parse can tell (the strict parse of the command follows). */
  readonly globals: OptionValues;
}

/**
 * Finds the command words: the first `depth(first)` positionals. Options the global table does not
 * know are skipped loosely here (their values may look like positionals only if they come before
 * the command word, which is a usage error anyway); the command's own strict parse comes next.
 */
export function splitCommand(argv: readonly string[], depth: (first: string) => number): SplitArgs {
  const { tokens, values } = parseArgs({ args: [...argv], options: GLOBAL_OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const taken = new Set<number>();
  const words: string[] = [];
  let wanted = 1;
  for (const token of tokens) {
    if (token.kind === 'option-terminator') break;
    if (token.kind !== 'positional' || words.length >= wanted) continue;
    words.push(token.value);
    taken.add(token.index);
    if (words.length === 1) wanted = depth(token.value);
  }
  return { words, rest: argv.filter((_, index) => !taken.has(index)), globals: values as OptionValues };
}

/** Strict parse of a command's arguments: unknown options and extra positionals are usage errors. */
export function parseCommand(args: readonly string[], options: OptionSpec, positionals: { min: number; max: number }): Result<ParsedArgs, CliFailure> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: { ...GLOBAL_OPTIONS, ...options }, strict: true, allowPositionals: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return err(failure(EXIT.usage, 'usage', localized(`参数有误：${detail}。用 --help 查看用法。`, `Invalid arguments: ${detail}. See --help.`)));
  }
  if (parsed.values.help !== true) {
    if (parsed.positionals.length < positionals.min) {
      return err(failure(EXIT.usage, 'usage', localized('缺少参数。用 --help 查看用法。', 'A required argument is missing. See --help.')));
    }
    if (parsed.positionals.length > positionals.max) {
      const extra = parsed.positionals.slice(positionals.max).join(' ');
      return err(failure(EXIT.usage, 'usage', localized(`多余的参数：${extra}。用 --help 查看用法。`, `Unexpected argument(s): ${extra}. See --help.`)));
    }
  }
  return ok({ values: parsed.values as OptionValues, positionals: parsed.positionals });
}

/** `--lang`: zh-CN (default) or en; `zh`, `zh-cn`, `en-US`… are understood. */
export function readLang(value: string | boolean | undefined, env: Readonly<Record<string, string | undefined>>): Result<Locale, CliFailure> {
  const raw = typeof value === 'string' ? value : env.COUPON_STUDIO_LANG;
  if (raw === undefined || raw.trim() === '') return ok('zh-CN');
  const lower = raw.trim().toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return ok('zh-CN');
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return ok('en');
  return err(failure(EXIT.usage, 'usage', localized(`--lang 只支持 zh-CN 或 en（收到“${raw}”）。`, `--lang takes zh-CN or en (got "${raw}").`)));
}

/** A string option, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** An integer option within bounds, or why it is refused. */
export function intOption(values: OptionValues, name: string, bounds: { min: number; max: number }): Result<number | undefined, CliFailure> {
  const raw = stringOption(values, name);
  if (raw === undefined) return ok(undefined);
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < bounds.min || value > bounds.max) {
    return err(
      failure(
        EXIT.usage,
        'usage',
        localized(`--${name} 应为 ${bounds.min} 到 ${bounds.max} 之间的整数（收到“${raw}”）。`, `--${name} takes a whole number from ${bounds.min} to ${bounds.max} (got "${raw}").`),
      ),
    );
  }
  return ok(value);
}

/** One of a fixed set of values, or why it is refused. */
export function choiceOption<T extends string>(values: OptionValues, name: string, choices: readonly T[]): Result<T | undefined, CliFailure> {
  const raw = stringOption(values, name);
  if (raw === undefined) return ok(undefined);
  const found = choices.find((choice) => choice === raw.trim());
  if (found !== undefined) return ok(found);
  const list = choices.join(' | ');
  return err(failure(EXIT.usage, 'usage', localized(`--${name} 只能是 ${list}（收到“${raw}”）。`, `--${name} must be one of ${list} (got "${raw}").`)));
}
