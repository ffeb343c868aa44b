import { localized } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import { createEnvironmentVault, GENERIC_SECRET_ENV, secretEnvName } from '../main/accounts/env-vault';
import { createHiddenPrompt } from '../main/accounts/hidden-prompt';
import { weixinProbeFactory } from '../main/accounts/weixin-probe';
import type { AccountService } from '../main/accounts/account-service';
import { openBatchServices, type BatchServices, type BatchServicesOptions } from '../main/batch/services';
import { redactingLogger, type Logger } from '../main/log/logger';
import { confDocumentOpener } from '../main/storage/conf-document-store';
import { resolveDataDir, type DataDir } from '../main/storage/data-dir';
import { createLocalServices, type LocalServices } from '../main/storage/local-services';
import { EXIT } from './exit-codes';
import { historyOpenFailure } from './history-source';
import { failure, type CliFailure, type CliIo, type CliStreams } from './io';
import type { SandboxTarget } from './sandbox-target';

/** The process around a command: injected so tests could build one, process.* in the real CLI. */
export interface CliHost {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly platform: string;
  readonly homedir: string;
  readonly streams: CliStreams;
  /** Registers a Ctrl-C handler; answers the function that removes it. */
  onInterrupt(handler: () => void): () => void;
  /** Ends the process now with this code (a second Ctrl-C). */
  exitNow(code: number): never;
}

/** What every command gets. */
export interface CommandContext {
  readonly host: CliHost;
  readonly io: CliIo;
  /** The data directory shared with the desktop app (`--data-dir`, COUPON_STUDIO_HOME, or the app's own). */
  readonly dataDir: DataDir;
  readonly log: Logger;
}

/** Where the data directory is: `--data-dir` wins over COUPON_STUDIO_HOME, then the app's userData. */
export function dataDirOf(host: CliHost, flag: string | undefined): DataDir {
  return resolveDataDir({ env: host.env, platform: host.platform, homedir: host.homedir, override: flag, cwd: host.cwd });
}

/**
 * The CLI's logger: redacted, on stderr only (stdout may hold a JSON document). Errors always;
 * warnings and the rest with --verbose.
 */
export function cliLogger(io: CliIo): Logger {
  const line = (level: string) => (message: string, ...data: unknown[]) => {
    const extra = data.length === 0 ? '' : ` ${data.map((item) => JSON.stringify(item)).join(' ')}`;
    io.note(`[coupon-studio] ${level} ${message}${extra}`);
  };
  const quiet = () => undefined;
  return redactingLogger({
    debug: io.verbose ? line('debug') : quiet,
    info: io.verbose ? line('info') : quiet,
    warn: io.verbose ? line('warn') : quiet,
    error: line('error'),
  });
}

/**
 * Accounts, drafts and images over the data directory. Plain Node has no safeStorage, so the vault
 * is the environment one: COUPON_STUDIO_SECRET_<APPID>, COUPON_STUDIO_SECRET, or a hidden prompt
 * when stdin is a terminal. It keeps the secret in memory for this run and writes nothing.
 */
export function openLocal(ctx: CommandContext, sandboxUrl: () => string | undefined): LocalServices {
  const { host, io } = ctx;
  const prompt = createHiddenPrompt({ input: host.streams.stdin, output: host.streams.stderr, locale: io.lang });
  return createLocalServices({
    dataDir: ctx.dataDir.path,
    openDocument: confDocumentOpener(),
    makeVault: () => createEnvironmentVault({ env: host.env, prompt }),
    openProbe: weixinProbeFactory({ sandboxBaseUrl: () => sandboxUrl() ?? '', logger: ctx.log }),
    log: ctx.log,
  });
}

/** The settle delay before reconciling (COUPON_STUDIO_SETTLE_MS; the engine's 3 s by default). */
export function settleDelayOf(host: CliHost): number | undefined {
  const raw = host.env.COUPON_STUDIO_SETTLE_MS;
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return undefined;
  return Number(raw);
}

/** Opens the card history and the batch engine; a history held by another process is exit 5. */
export async function openBatch(
  ctx: CommandContext,
  local: LocalServices,
  sandbox: SandboxTarget | undefined,
  accounts: BatchServicesOptions['accounts'] = local.accounts,
): Promise<Result<BatchServices, CliFailure>> {
  const settleDelayMs = settleDelayOf(ctx.host);
  const opened = await openBatchServices({
    dataDir: ctx.dataDir.path,
    accounts,
    drafts: local.drafts,
    images: local.imageResolver,
    ...(sandbox?.baseUrl === undefined ? {} : { sandboxBaseUrl: () => sandbox.baseUrl as string }),
    log: ctx.log,
    engine: settleDelayMs === undefined ? {} : { settleDelayMs },
  });
  return opened.ok ? opened : err(historyOpenFailure(opened.error));
}

/**
 * Reads the account's secret now (environment or hidden prompt), so a missing one is a clear
 * usage error before anything is sent rather than a stopped run.
 */
export async function ensureSecret(accounts: AccountService, accountId: string): Promise<Result<void, CliFailure>> {
  const found = await accounts.credentials(accountId);
  if (found.ok) return ok(undefined);
  const view = await accounts.get(accountId);
  const appid = view.ok ? view.value.appid : '';
  const variable = appid === '' ? GENERIC_SECRET_ENV : secretEnvName(appid);
  return err(
    failure(
      EXIT.usage,
      found.error.code === 'account_not_found' ? 'account_not_found' : 'no_secret',
      localized(
        `${found.error.message['zh-CN']} 命令行不保存 AppSecret：请设置环境变量 ${variable}（或 ${GENERIC_SECRET_ENV}），或在终端中运行以便输入（不回显）。`,
        `${found.error.message.en} The command line never saves AppSecrets: set ${variable} (or ${GENERIC_SECRET_ENV}), or run it in a terminal to type it (hidden).`,
      ),
      { variable },
    ),
  );
}
