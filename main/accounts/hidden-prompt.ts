import { pick, type Locale } from '../../common/i18n';
import type { SecretPrompt } from './env-vault';

/** The terminal streams a hidden prompt needs (process.stdin / process.stderr). */
export interface PromptStreams {
  readonly input: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  readonly output: NodeJS.WritableStream;
  readonly locale: Locale;
}

const ENTER = new Set(['\r', '\n']);
const CTRL_C = '\u0003';
const CTRL_D = '\u0004';
const BACKSPACE = new Set(['\u007f', '\b']);

/**
 * A prompt that reads a line in raw mode without echoing it. Off a terminal it answers undefined
 * (scripts must use the environment variables), so a secret is never read from a pipe by surprise.
 */
export function createHiddenPrompt(streams: PromptStreams): SecretPrompt {
  return (question) =>
    new Promise((resolve) => {
      const { input, output } = streams;
      if (input.isTTY !== true || typeof input.setRawMode !== 'function') {
        resolve(undefined);
        return;
      }
      output.write(pick(question, streams.locale));
      input.setRawMode(true);
      input.resume();
      let typed = '';
      const finish = (answer: string | undefined): void => {
        input.removeListener('data', onData);
        input.setRawMode?.(false);
        input.pause();
        output.write('\n');
        resolve(answer);
      };
      const onData = (chunk: Buffer | string): void => {
        for (const char of String(chunk)) {
          if (ENTER.has(char)) return finish(typed);
          if (char === CTRL_C || char === CTRL_D) return finish(undefined);
          if (BACKSPACE.has(char)) typed = typed.slice(0, -1);
          else if (char >= ' ') typed += char;
        }
      };
      input.on('data', onData);
    });
}
