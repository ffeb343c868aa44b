import type { RunStatus } from '../common/ipc/channels/batch';
import { localized } from '../common/i18n';
import type { Result } from '../common/result';
import type { BatchError } from '../main/batch/batch-errors';
import type { BatchEngine } from '../main/batch/engine';
import type { CommandContext } from './context';
import { ProgressReporter } from './progress';

/** One run to drive: a new run of a batch, or a resumed one. */
export interface RunJob {
  readonly label: string;
  launch(): Promise<Result<RunStatus, BatchError>>;
}

/** How a job ended. */
export type JobOutcome =
  | { readonly label: string; readonly kind: 'finished'; readonly status: RunStatus }
  /** Ctrl-C: paused after every create already sent was finished and recorded. */
  | { readonly label: string; readonly kind: 'paused'; readonly status: RunStatus }
  | { readonly label: string; readonly kind: 'refused'; readonly error: BatchError }
  /** Not started: Ctrl-C came first. */
  | { readonly label: string; readonly kind: 'skipped' };

/** Checks a condition on every engine event, and now and then, until it holds. */
function until(engine: BatchEngine, check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (!check()) return;
      stop();
      clearInterval(timer);
      resolve();
    };
    const stop = engine.subscribe(done);
    // The controller's last event may be throttled: look again every so often as well.
    const timer = setInterval(done, 100);
    done();
  });
}

/**
 * Runs the jobs one after another with progress on stderr. The first Ctrl-C pauses the live run:
 * nothing new is sent, the creates already on the wire finish (and reconcile if ambiguous) and are
 * journaled, then the jobs end; the journal keeps the run for `resume`. A second Ctrl-C quits at
 * once (the write-ahead journal makes that safe too: the next start reconciles).
 */
export async function driveRuns(ctx: CommandContext, engine: BatchEngine, jobs: readonly RunJob[]): Promise<{ outcomes: JobOutcome[]; interrupted: boolean }> {
  const { io, host } = ctx;
  const reporter = new ProgressReporter(io);
  const unsubscribe = engine.subscribe((event) => reporter.handle(event));
  let interrupted = false;
  let wake: () => void = () => undefined;
  const interruption = new Promise<void>((resolve) => (wake = resolve));
  const removeHandler = host.onInterrupt(() => {
    if (interrupted) {
      reporter.finish();
      io.note(io.t(localized('再次按下 Ctrl-C：立即退出。未完成的创建会在下次启动时先与微信核对。', 'Ctrl-C again: quitting now. Unfinished creates are checked with Weixin at the next start.')));
      host.exitNow(130);
      return;
    }
    interrupted = true;
    reporter.finish();
    io.note(io.t(localized('正在暂停：不再发送新的卡券，等待已发出的创建完成并记录…（再按一次 Ctrl-C 立即退出）', 'Pausing: nothing new is sent; waiting for the creates already sent to finish and be recorded… (Ctrl-C again to quit now)')));
    wake();
  });
  const outcomes: JobOutcome[] = [];
  try {
    for (const job of jobs) {
      if (interrupted) {
        outcomes.push({ label: job.label, kind: 'skipped' });
        continue;
      }
      const launched = await job.launch();
      if (!launched.ok) {
        outcomes.push({ label: job.label, kind: 'refused', error: launched.error });
        continue;
      }
      const runId = launched.value.runId;
      reporter.begin(launched.value);
      const settled = engine.settled(runId);
      const first = await Promise.race([settled.then(() => 'settled' as const), interruption.then(() => 'interrupted' as const)]);
      if (first === 'settled') {
        outcomes.push({ label: job.label, kind: 'finished', status: engine.status(runId) ?? launched.value });
        continue;
      }
      await engine.pause(runId);
      await until(engine, () => {
        const status = engine.status(runId);
        return status === undefined || status.counts.inFlight === 0 || (status.status !== 'paused' && status.status !== 'running');
      });
      const status = engine.status(runId) ?? launched.value;
      outcomes.push({ label: job.label, kind: status.status === 'paused' ? 'paused' : 'finished', status });
    }
  } finally {
    unsubscribe();
    removeHandler();
    reporter.finish();
  }
  return { outcomes, interrupted };
}
