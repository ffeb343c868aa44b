import { localized } from '../../common/i18n';
import { CONCURRENCY_LIMITS, type AccountView } from '../../common/ipc/channels/accounts';
import type { RunStatus } from '../../common/ipc/channels/batch';
import { intOption, stringOption } from '../args';
import { helpText, type Command } from '../command';
import { ensureSecret, openBatch, openLocal } from '../context';
import { withConcurrency } from '../create-flow';
import { driveRuns, type RunJob } from '../drive-runs';
import { EXIT, type ExitCode } from '../exit-codes';
import { failure, type CliFailure } from '../io';
import { exitOfOutcomes, jobJson, printJob } from '../run-report';
import { openSandboxTarget, readSandboxChoice, SANDBOX_OPTIONS, type SandboxTarget } from '../sandbox-target';

/** Statuses a run is resumed from as it is (paused/running are what a killed process leaves before recovery). */
const RESUMABLE = new Set(['interrupted', 'quota_stopped', 'stopped', 'paused', 'running']);

/**
 * Whether a batch's latest run left work: resumable as is, or finished with drafts still
 * queued/unknown, or with drafts that failed for a transient reason (network, timeout, -1).
 */
export function leftWork(run: RunStatus): boolean {
  return RESUMABLE.has(run.status) || (run.status === 'done' && run.counts.queued + run.counts.unknown + run.counts.retryable > 0);
}

/** `resume`: start-up recovery, then every interrupted or stopped run to its end. */
export const resumeCommand: Command = {
  name: 'resume',
  options: { run: { type: 'string' }, batch: { type: 'string' }, concurrency: { type: 'string' }, ...SANDBOX_OPTIONS },
  positionals: { min: 0, max: 0 },
  summary: localized('核对上次未完成的创建，并继续被中断或被停止的批次', 'reconcile unfinished creates, then finish interrupted or stopped batches'),
  help: helpText(
    'resume [--run ID | --batch ID] [--sandbox | --sandbox-url URL] [--concurrency N] [--json]',
    localized(
      [
        '先做启动核对：上次进程（命令行或桌面应用）留下的“待发送/结果未知”的创建，逐个与微信的卡券列表核对——找到就记下 card_id，确认没有才重新排队，绝不盲目重发。',
        '然后继续每个批次最近一次未完成的运行：被中断（进程被杀、Ctrl-C）、因 45009 当日额度或账号问题停止，或结束时仍有待发送/未知的草稿，或有草稿因网络、超时、微信繁忙等临时原因失败（会重试）。已创建的草稿会跳过；微信上已有完全相同卡券的草稿直接关联，不再创建。',
        '--batch 也可以启动一个还没运行过的批次。沙箱账号的运行需要 --sandbox-url（原来的沙箱）或 --sandbox（新的内嵌沙箱，原沙箱里的卡券已不存在）。',
      ].join('\n'),
      [
        'First the start-up check: every create an earlier process (CLI or desktop app) left pending or unknown is checked against the account\'s card list on Weixin — a card found is recorded, and only a confirmed absence is queued again; nothing is resent blind.',
        'Then the latest unfinished run of each batch goes on: interrupted (process killed, Ctrl-C), stopped by the 45009 daily quota or an account problem, or finished with drafts still queued or unknown, or with drafts that failed for a passing reason (network, timeout, Weixin busy: they are tried again). Drafts already created are skipped; a draft whose identical card is already on Weixin is linked to it, not created again.',
        '--batch also starts a batch that never ran. Runs of sandbox accounts need --sandbox-url (the sandbox they ran against) or --sandbox (a new embedded one; the earlier sandbox\'s cards are gone).',
      ].join('\n'),
    ),
    [
      ['--run ID', '只继续这次运行', 'resume only this run'],
      ['--batch ID', '只处理这个草稿批次（没运行过的也会开始）', 'only this draft batch (started if it never ran)'],
      ['--sandbox', '沙箱账号用本进程内嵌的新沙箱', 'sandbox accounts use a new sandbox embedded in this process'],
      ['--sandbox-url URL', '沙箱账号用这个正在运行的沙箱', 'sandbox accounts use this running sandbox'],
      ['--concurrency N', `本次并发数 ${CONCURRENCY_LIMITS.min}–${CONCURRENCY_LIMITS.max}`, `parallel creates for this run, ${CONCURRENCY_LIMITS.min}–${CONCURRENCY_LIMITS.max}`],
    ],
  ),
  async run(ctx, args) {
    const { io } = ctx;
    const choice = readSandboxChoice(args.values);
    if (!choice.ok) return io.fail('resume', choice.error);
    const concurrency = intOption(args.values, 'concurrency', CONCURRENCY_LIMITS);
    if (!concurrency.ok) return io.fail('resume', concurrency.error);
    const onlyRun = stringOption(args.values, 'run');
    const onlyBatch = stringOption(args.values, 'batch');
    const sandboxRef: { target?: SandboxTarget } = {};
    const local = openLocal(ctx, () => sandboxRef.target?.baseUrl);
    const target = await openSandboxTarget(choice.value);
    sandboxRef.target = target;
    try {
      const opened = await openBatch(ctx, local, target, withConcurrency(local.accounts, concurrency.value));
      if (!opened.ok) return io.fail('resume', opened.error);
      const { engine, history } = opened.value;
      try {
        const recovery = await engine.ready;
        io.note(
          io.t(
            localized(
              `启动核对：未完成的创建 ${recovery.found} 个，已找回 ${recovery.adopted} 个，确认未创建 ${recovery.requeued} 个，仍未知 ${recovery.unresolved} 个；中断的运行 ${recovery.interruptedRuns} 个。`,
              `Start-up check: ${recovery.found} unfinished create(s), ${recovery.adopted} found on Weixin, ${recovery.requeued} confirmed absent, ${recovery.unresolved} still unknown; ${recovery.interruptedRuns} interrupted run(s).`,
            ),
          ),
        );
        const latest = new Map<string, RunStatus>();
        for (const run of engine.runs()) if (!latest.has(run.batchId)) latest.set(run.batchId, run);
        const jobs: RunJob[] = [];
        const blocked: { label: string; problem: CliFailure }[] = [];
        const accountsSeen = new Map<string, AccountView | undefined>();
        const usable = async (accountId: string, label: string): Promise<boolean> => {
          if (!accountsSeen.has(accountId)) {
            const view = await local.accounts.get(accountId);
            accountsSeen.set(accountId, view.ok ? view.value : undefined);
          }
          const account = accountsSeen.get(accountId);
          if (account?.environment === 'sandbox' && target === undefined) {
            blocked.push({
              label,
              problem: failure(
                EXIT.usage,
                'sandbox_required',
                localized(
                  `“${label}”属于沙箱账号：请加 --sandbox-url（原来的沙箱地址）或 --sandbox（新的内嵌沙箱）。`,
                  `"${label}" belongs to a sandbox account: add --sandbox-url (the sandbox it ran against) or --sandbox (a new embedded one).`,
                ),
              ),
            });
            return false;
          }
          const secret = await ensureSecret(local.accounts, accountId);
          if (!secret.ok) blocked.push({ label, problem: secret.error });
          return secret.ok;
        };
        if (onlyBatch !== undefined && !latest.has(onlyBatch)) {
          const batch = await local.drafts.get(onlyBatch);
          if (!batch.ok) return io.fail('resume', failure(EXIT.usage, batch.error.code, batch.error.message));
          const accountId = batch.value.accountId;
          if (accountId !== null && (await usable(accountId, batch.value.name))) jobs.push({ label: batch.value.name, launch: () => engine.start(onlyBatch) });
          else if (accountId === null) {
            blocked.push({ label: batch.value.name, problem: failure(EXIT.usage, 'batch_has_no_account', localized('这个批次还没有选择账号。', 'This batch has no account yet.')) });
          }
        }
        for (const run of latest.values()) {
          if (onlyRun !== undefined && run.runId !== onlyRun) continue;
          if (onlyBatch !== undefined && run.batchId !== onlyBatch) continue;
          if (!leftWork(run)) continue;
          if (!(await usable(run.accountId, run.batchName))) continue;
          // Only transient failures left: the same run retries them; drafts still queued need a new run.
          const again = !RESUMABLE.has(run.status) && run.counts.queued + run.counts.unknown > 0;
          jobs.push({ label: run.batchName, launch: () => (again ? engine.start(run.batchId) : engine.resume(run.runId)) });
        }
        if (onlyRun !== undefined && ![...latest.values()].some((run) => run.runId === onlyRun)) {
          const any = engine.status(onlyRun);
          const message = any
            ? localized(`运行 ${onlyRun} 不是该批次最近一次运行，不能继续。`, `Run ${onlyRun} is not its batch's latest run and cannot be resumed.`)
            : localized(`找不到运行 ${onlyRun}。`, `No run ${onlyRun}.`);
          return io.fail('resume', failure(EXIT.usage, 'run_not_found', message));
        }
        if (jobs.length === 0 && blocked.length === 0) io.note(io.t(localized('没有需要继续的批次。', 'Nothing to resume.')));
        for (const { label, problem } of blocked) io.note(`${label}: ${io.t(problem.message)}`);
        const { outcomes, interrupted } = await driveRuns(ctx, engine, jobs);
        for (const outcome of outcomes) printJob(io, history, outcome);
        const unfinished = history.unfinishedOps().length;
        let exitCode: ExitCode = exitOfOutcomes(outcomes, interrupted, unfinished);
        for (const { problem } of blocked) if (!interrupted && problem.exit > exitCode) exitCode = problem.exit;
        if (target?.kind === 'embedded' && outcomes.length > 0) io.note(io.t(localized('注意：本次使用的内嵌沙箱随进程结束而关闭。', 'Note: the embedded sandbox used here stops when this process exits.')));
        io.document({
          ok: exitCode === EXIT.ok,
          command: 'resume',
          exitCode,
          dataDir: ctx.dataDir.path,
          recovery,
          interrupted,
          unfinishedOps: unfinished,
          blocked: blocked.map(({ label, problem }) => ({ label, code: problem.code, message: problem.message })),
          runs: outcomes.map((outcome) => jobJson(history, outcome)),
        });
        return exitCode;
      } finally {
        await opened.value.close();
      }
    } finally {
      await target?.stop();
    }
  },
};
