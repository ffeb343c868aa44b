import { localized } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import { startSandbox, type SandboxHandle } from '../main/sandbox';
import { stringOption, type OptionValues } from './args';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';

/**
 * Where sandbox accounts (the built-in 示例商户 and any account whose environment is `sandbox`)
 * are served: an embedded simulator started in this process (`--sandbox`; it stops with the
 * process, and its cards with it), or one already running (`--sandbox-url`, e.g. `npm run sandbox`).
 */
export interface SandboxTarget {
  readonly baseUrl: string;
  readonly kind: 'embedded' | 'url';
  /** The embedded simulator's handle (tests and the demo read it); undefined for --sandbox-url. */
  readonly handle: SandboxHandle | undefined;
  stop(): Promise<void>;
}

/** Options that choose a sandbox. */
export const SANDBOX_OPTIONS = {
  sandbox: { type: 'boolean' },
  'sandbox-url': { type: 'string' },
} as const;

/** What the options asked for: nothing, the embedded sandbox, or a URL (checked). */
export type SandboxChoice = { readonly kind: 'none' } | { readonly kind: 'embedded' } | { readonly kind: 'url'; readonly url: string };

/** Reads --sandbox / --sandbox-url; both at once is a usage error. */
export function readSandboxChoice(values: OptionValues): Result<SandboxChoice, CliFailure> {
  const url = stringOption(values, 'sandbox-url');
  const embedded = values.sandbox === true;
  if (url !== undefined && embedded) {
    return err(failure(EXIT.usage, 'usage', localized('--sandbox 与 --sandbox-url 只能选一个。', 'Use either --sandbox or --sandbox-url, not both.')));
  }
  if (embedded) return ok({ kind: 'embedded' });
  if (url === undefined) return ok({ kind: 'none' });
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = new URL('invalid:');
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    return err(
      failure(
        EXIT.usage,
        'usage',
        localized(`--sandbox-url 应为沙箱地址，例如 http://127.0.0.1:8765（收到“${url}”）。`, `--sandbox-url takes the sandbox's address, e.g. http://127.0.0.1:8765 (got "${url}").`),
      ),
    );
  }
  return ok({ kind: 'url', url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}` });
}

/** Starts the embedded sandbox, or wraps the URL; undefined for no sandbox. */
export async function openSandboxTarget(choice: SandboxChoice): Promise<SandboxTarget | undefined> {
  if (choice.kind === 'none') return undefined;
  if (choice.kind === 'url') return { baseUrl: choice.url, kind: 'url', handle: undefined, stop: async () => undefined };
  const handle = await startSandbox();
  return { baseUrl: handle.baseUrl, kind: 'embedded', handle, stop: () => handle.stop() };
}

/** The note printed when cards went to an embedded sandbox: they are gone when the process ends. */
export const EMBEDDED_NOTE = localized(
  '注意：这些卡券创建在本进程内嵌的沙箱中，进程结束时沙箱随之关闭；card_id 仍保留在卡券历史中，桌面应用的“历史”里可以看到。',
  'Note: these cards were created in a sandbox embedded in this process, which stops when it exits; their card_ids stay in the card history, where the desktop app shows them.',
);
