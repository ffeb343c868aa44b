import { pick, type Locale, type Localized } from '../common/i18n';
import type { ExitCode } from './exit-codes';

/** The streams a command talks through (process.* in the real CLI). */
export interface CliStreams {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
}

/** A command that could not do what was asked, as a value: exit code, stable code, bilingual message. */
export interface CliFailure {
  readonly exit: ExitCode;
  readonly code: string;
  readonly message: Localized;
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Builds a {@link CliFailure}. */
export function failure(exit: ExitCode, code: string, message: Localized, details?: Readonly<Record<string, unknown>>): CliFailure {
  return { exit, code, message, ...(details === undefined ? {} : { details }) };
}

/**
 * Output rules: with `--json`, stdout carries exactly one JSON document and every human line goes
 * to stderr; without it, results go to stdout and progress, notes and errors to stderr.
 */
export class CliIo {
  constructor(
    readonly streams: CliStreams,
    readonly lang: Locale,
    readonly json: boolean,
    readonly verbose: boolean,
  ) {}

  /** The text in the chosen language. */
  t(text: Localized): string {
    return pick(text, this.lang);
  }

  /** A result line for people: stdout, or stderr under --json. */
  out(line: string): void {
    (this.json ? this.streams.stderr : this.streams.stdout).write(`${line}\n`);
  }

  /** A note, a warning or progress: always stderr. */
  note(line: string): void {
    this.streams.stderr.write(`${line}\n`);
  }

  /** True when stderr is a terminal (a redrawn progress bar instead of one line per draft). */
  get stderrIsTTY(): boolean {
    return this.streams.stderr.isTTY === true;
  }

  /** The one JSON document of a --json run (nothing is printed without --json). */
  document(value: unknown): void {
    if (this.json) this.streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** Reports a failure: `{ok:false, error}` under --json, the message on stderr otherwise. */
  fail(command: string, problem: CliFailure): ExitCode {
    if (this.json) {
      this.document({ ok: false, command, exitCode: problem.exit, error: { code: problem.code, message: problem.message, ...(problem.details ? { details: problem.details } : {}) } });
    }
    this.note(`${this.lang === 'en' ? 'Error' : '错误'}: ${this.t(problem.message)}`);
    // A located JSON syntax error: the offending line with a caret under it.
    if (typeof problem.details?.excerpt === 'string') this.note(problem.details.excerpt);
    return problem.exit;
  }
}
