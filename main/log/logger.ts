import { redactValue } from './redact';

/** The logging surface services take as a parameter (electron-log in the app, console or memory elsewhere). */
export interface Logger {
  debug(message: string, ...data: unknown[]): void;
  info(message: string, ...data: unknown[]): void;
  warn(message: string, ...data: unknown[]): void;
  error(message: string, ...data: unknown[]): void;
}

/** A logged entry, as kept by {@link createMemoryLogger}. */
export interface LogEntry {
  readonly level: keyof Logger;
  readonly message: string;
  readonly data: readonly unknown[];
}

/** Wraps a logger so every argument is redacted before it reaches a sink. */
export function redactingLogger(inner: Logger): Logger {
  const wrap =
    (level: keyof Logger) =>
    (message: string, ...data: unknown[]): void =>
      inner[level](String(redactValue(message)), ...data.map((item) => redactValue(item)));
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}

/** A redacting console logger for the CLI and the web harness. */
export function consoleLogger(prefix = '[coupon-studio]'): Logger {
  return redactingLogger({
    debug: (message, ...data) => console.debug(prefix, message, ...data),
    info: (message, ...data) => console.info(prefix, message, ...data),
    warn: (message, ...data) => console.warn(prefix, message, ...data),
    error: (message, ...data) => console.error(prefix, message, ...data),
  });
}

/** A logger that keeps redacted entries in memory, for tests that assert what was (not) logged. */
export function createMemoryLogger(): Logger & { readonly entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const sink = (level: keyof Logger) => (message: string, ...data: unknown[]) => {
    entries.push({ level, message, data });
  };
  const inner = redactingLogger({ debug: sink('debug'), info: sink('info'), warn: sink('warn'), error: sink('error') });
  return Object.assign(inner, { entries });
}
