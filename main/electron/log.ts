import type { LogMessage, MainLogger } from 'electron-log';
import { redactingLogger, type Logger } from '../log/logger';
import { redactValue } from '../log/redact';

/** An electron-log hook: every argument of every message is redacted before any transport writes it. */
export function redactLogMessage(message: LogMessage): LogMessage {
  return { ...message, data: message.data.map((item: unknown) => redactValue(item)) };
}

/** The part of electron-log's main logger the adapter configures (a fake in tests). */
export type ElectronLogLike = Pick<MainLogger, 'hooks' | 'debug' | 'info' | 'warn' | 'error' | 'transports' | 'errorHandler'>;

/**
 * Wires electron-log as the app's Logger: the redaction hook first, file level `info`
 * (debug too when not packaged), uncaught errors logged without a dialog.
 */
export function createElectronLogger(log: ElectronLogLike, { isProduction }: { readonly isProduction: boolean }): Logger {
  log.hooks.unshift(redactLogMessage);
  if (log.transports.file) log.transports.file.level = isProduction ? 'info' : 'debug';
  if (log.transports.console) log.transports.console.level = isProduction ? 'warn' : 'debug';
  log.errorHandler.startCatching({ showDialog: false });
  return redactingLogger({
    debug: (message, ...data) => log.debug(message, ...data),
    info: (message, ...data) => log.info(message, ...data),
    warn: (message, ...data) => log.warn(message, ...data),
    error: (message, ...data) => log.error(message, ...data),
  });
}
