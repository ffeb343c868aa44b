import type { AccountView } from '../common/ipc/channels/accounts';
import { localized } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import type { AccountService } from '../main/accounts/account-service';
import { SANDBOX_ACCOUNT_ID } from '../main/accounts/sandbox-account';
import { historyPaths } from '../main/history/history-store';
import type { PreflightInput } from '../main/batch/preflight';
import type { LocalServices } from '../main/storage/local-services';
import { selectAccount } from './account-select';
import { ensureSecret, openBatch, openLocal, type CommandContext } from './context';
import { driveRuns } from './drive-runs';
import { EXIT, type ExitCode } from './exit-codes';
import { failure, type CliFailure } from './io';
import { alreadyOnWeixin } from './existing-cards';
import { exitOfOutcomes, jobJson, printJob } from './run-report';
import { EMBEDDED_NOTE, openSandboxTarget, type SandboxChoice, type SandboxTarget } from './sandbox-target';

/** The drafts batch a create made: where it is and what it held. */
export interface SavedBatch {
  readonly id: string;
  readonly name: string;
  readonly drafts: number;
  readonly form: string;
}

/** What `create` and `demo` share. */
export interface CreateRequest {
  readonly command: 'create' | 'demo';
  /** `--account NAME|ID|APPID`; undefined means the built-in sandbox account. */
  readonly account: string | undefined;
  readonly sandbox: SandboxChoice;
  readonly concurrency: number | undefined;
  /** Saves the drafts batch for the account (import of a file, or the demo's examples). */
  readonly save: (local: LocalServices, accountId: string) => Promise<Result<SavedBatch, CliFailure>>;
  /** `--allow-duplicates`: send drafts even when an identical card is already on Weixin. */
  readonly allowDuplicates?: boolean;
  /** The drafts about to be saved: when every one already exists on Weixin, nothing is imported. */
  readonly drafts?: readonly PreflightInput[];
}

/** The account service as the engine sees it, with this run's `--concurrency` in place of the saved setting. */
export function withConcurrency(accounts: AccountService, concurrency: number | undefined): Pick<AccountService, 'credentials' | 'get'> {
  if (concurrency === undefined) return accounts;
  return {
    credentials: (accountId) => accounts.credentials(accountId),
    async get(accountId) {
      const view = await accounts.get(accountId);
      return view.ok ? ok({ ...view.value, settings: { ...view.value.settings, concurrency } }) : view;
    },
  };
}

/** The account to create with, and the sandbox it needs (the built-in account defaults to the embedded one). */
async function chooseAccount(local: LocalServices, request: CreateRequest): Promise<Result<{ account: AccountView; sandbox: SandboxChoice }, CliFailure>> {
  const picked = request.account === undefined ? await local.accounts.get(SANDBOX_ACCOUNT_ID) : await selectAccount(local.accounts, request.account);
  if (!picked.ok) return err('exit' in picked.error ? picked.error : failure(EXIT.usage, picked.error.code, picked.error.message));
  const account = picked.value;
  if (account.environment !== 'sandbox' || request.sandbox.kind !== 'none') return ok({ account, sandbox: request.sandbox });
  if (account.builtIn) return ok({ account, sandbox: { kind: 'embedded' } });
  return err(
    failure(
      EXIT.usage,
      'sandbox_required',
      localized(
        `账号“${account.name}”使用沙箱：请用 --sandbox-url 指定正在运行的沙箱（例如 npm run sandbox 打印的地址）。`,
        `The account "${account.name}" uses the sandbox: pass --sandbox-url with the running sandbox's address (e.g. the one npm run sandbox prints).`,
      ),
    ),
  );
}

/**
 * Saves a drafts batch in the shared data directory and runs it to the end: the history is opened
 * first (the desktop app holding it is exit 5 before anything is written), start-up recovery
 * settles what an earlier process left, then the run goes with progress on stderr.
 */
export async function runCreate(ctx: CommandContext, request: CreateRequest): Promise<ExitCode> {
  const { io } = ctx;
  const sandboxRef: { target?: SandboxTarget } = {};
  const local = openLocal(ctx, () => sandboxRef.target?.baseUrl);
  const chosen = await chooseAccount(local, request);
  if (!chosen.ok) return io.fail(request.command, chosen.error);
  const { account } = chosen.value;
  const secret = await ensureSecret(local.accounts, account.id);
  if (!secret.ok) return io.fail(request.command, secret.error);
  const target = await openSandboxTarget(chosen.value.sandbox);
  sandboxRef.target = target;
  try {
    const opened = await openBatch(ctx, local, target, withConcurrency(local.accounts, request.concurrency));
    if (!opened.ok) return io.fail(request.command, opened.error);
    const services = opened.value;
    try {
      const recovery = await services.engine.ready;
      if (recovery.found > 0) {
        io.note(
          io.t(
            localized(
              `启动核对：上次未完成的创建 ${recovery.found} 个，已找回 ${recovery.adopted} 个，确认未创建 ${recovery.requeued} 个，仍未知 ${recovery.unresolved} 个。`,
              `Start-up check: ${recovery.found} unfinished create(s) from last time; ${recovery.adopted} found on Weixin, ${recovery.requeued} confirmed absent, ${recovery.unresolved} still unknown.`,
            ),
          ),
        );
      }
      if (request.drafts && request.allowDuplicates !== true) {
        const existing = await alreadyOnWeixin(ctx, services.engine, account.id, request.drafts);
        if (!existing.ok) return io.fail(request.command, existing.error);
        if (existing.value !== undefined) {
          io.document({ ok: true, command: request.command, exitCode: EXIT.ok, dataDir: ctx.dataDir.path, account: { id: account.id, name: account.name, appid: account.appid }, recovery, imported: false, existing: existing.value });
          return EXIT.ok;
        }
      }
      const saved = await request.save(local, account.id);
      if (!saved.ok) return io.fail(request.command, saved.error);
      const batch = saved.value;
      io.note(io.t(localized(`已保存草稿批次“${batch.name}”（${batch.id}，${batch.drafts} 张）`, `Saved the draft batch "${batch.name}" (${batch.id}, ${batch.drafts} drafts)`)));
      const runOptions = request.allowDuplicates === true ? { allowDuplicates: true } : {};
      const { outcomes, interrupted } = await driveRuns(ctx, services.engine, [{ label: batch.name, launch: () => services.engine.start(batch.id, runOptions) }]);
      const unfinished = services.history.unfinishedOps().filter((r) => r.accountId === account.id).length;
      const exitCode = exitOfOutcomes(outcomes, interrupted, unfinished);
      const historyPath = historyPaths(ctx.dataDir.path).db;
      for (const outcome of outcomes) printJob(io, services.history, outcome);
      if (outcomes.some((o) => o.kind === 'refused')) {
        io.note(io.t(localized(`草稿批次已保存；问题解决后运行 coupon-studio resume --batch ${batch.id}。`, `The draft batch is saved; once fixed, run coupon-studio resume --batch ${batch.id}.`)));
      }
      if (interrupted) io.note(io.t(localized('已暂停。', 'Paused.')));
      if (target?.kind === 'embedded') io.note(io.t(EMBEDDED_NOTE));
      io.note(`${io.t(localized('卡券历史', 'Card history'))}: ${historyPath}`);
      io.document({
        ok: exitCode === EXIT.ok,
        command: request.command,
        exitCode,
        dataDir: ctx.dataDir.path,
        historyPath,
        sandbox: target ? { kind: target.kind, baseUrl: target.baseUrl } : null,
        account: { id: account.id, name: account.name, appid: account.appid, environment: account.environment },
        recovery,
        batch,
        interrupted,
        unfinishedOps: unfinished,
        runs: outcomes.map((outcome) => jobJson(services.history, outcome)),
      });
      return exitCode;
    } finally {
      await services.close();
    }
  } finally {
    await target?.stop();
  }
}
