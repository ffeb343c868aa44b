import type { RunStatus } from '../../../../common/ipc/channels/batch';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { runText } from '../../i18n/run-text';
import { processedCount, runTotal, useRunStore } from '../../stores/run-store';
import { RunCounts } from './RunCounts';

/** A live run: status, a progress bar, the figures so far, and 暂停 / 继续 / 取消. */
export function RunProgress({ run }: { run: RunStatus }) {
  const t = useT();
  const busy = useRunStore((s) => s.busy);
  const { pause, resume, cancel } = useRunStore.getState();
  const done = processedCount(run);
  const total = runTotal(run);
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  const paused = run.status === 'paused';
  const cancelling = run.status === 'cancelling';
  return (
    <div className={`run-card run-card--live${paused ? ' run-card--paused' : ''}`} data-testid="run-progress" data-status={run.status}>
      <header className="run-card__head">
        {paused ? <Icon name="pause" size={16} className="run-card__icon" /> : <span className="spinner run-card__spinner" aria-hidden="true" />}
        <h3 className="run-card__title" data-testid="run-title">
          {t(runText.status[run.status])}
        </h3>
        <span className="run-card__fraction" data-testid="run-fraction">
          {t(runText.progress(done, total))}
        </span>
      </header>
      <div className="run-bar" role="progressbar" aria-label={t(runText.progressLabel)} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
        <span className="run-bar__fill" style={{ width: `${percent}%` }} />
      </div>
      <RunCounts run={run} mode="live" />
      <p className="run-card__meta">
        {t(runText.concurrency(run.concurrency.current, run.concurrency.max))}
        {run.reconciles > 0 && <> · {t(runText.reconciles(run.reconciles))}</>}
      </p>
      {(paused || cancelling) && <p className="run-card__text">{t(paused ? runText.pausedHint : runText.cancellingHint)}</p>}
      {!cancelling && (
        <footer className="run-card__actions">
          {paused ? (
            <Button size="sm" variant="primary" icon="play" disabled={busy !== null} onClick={() => void resume()} data-testid="run-resume">
              {t(runText.resume)}
            </Button>
          ) : (
            <Button size="sm" icon="pause" disabled={busy !== null} onClick={() => void pause()} data-testid="run-pause">
              {t(runText.pause)}
            </Button>
          )}
          <Button size="sm" variant="ghost" icon="close" disabled={busy !== null} onClick={() => void cancel()} data-testid="run-cancel">
            {t(runText.cancel)}
          </Button>
        </footer>
      )}
    </div>
  );
}
