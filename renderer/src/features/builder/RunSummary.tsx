import { useState } from 'react';
import type { RunStatus } from '../../../../common/ipc/channels/batch';
import { Button } from '../../components/Button';
import { Icon, type IconName } from '../../components/Icon';
import { useT } from '../../i18n';
import { duplicatesText } from '../../i18n/duplicates-text';
import { runText } from '../../i18n/run-text';
import { useHistoryStore } from '../../stores/history-store';
import { useRunStore } from '../../stores/run-store';
import { RunCounts } from './RunCounts';

/** 48001 on card/create: since 2021-04-01 Weixin refuses new coupons of these types (product-landscape.md §0). */
const BLOCKED = 48001;

/** How a finished (or stopped) run's card looks. */
function toneOf(run: RunStatus): { tone: 'ok' | 'warning' | 'error' | 'muted'; icon: IconName } {
  switch (run.status) {
    case 'done':
      return run.counts.failed + run.duplicatesFlagged + run.orphansFlagged + run.counts.unknown > 0 ? { tone: 'warning', icon: 'warning' } : { tone: 'ok', icon: 'check' };
    case 'quota_stopped':
    case 'interrupted':
      return { tone: 'warning', icon: 'clock' };
    case 'stopped':
      return { tone: 'error', icon: 'error' };
    default:
      return { tone: 'muted', icon: 'info' };
  }
}

/**
 * The run after its loop ended: 已完成 with the figures; 45009 "今日额度已用完，剩余 N 张明天继续"
 * with 继续创建; a stop (48001's honest 2021 explanation, 40164…) with main's message and 重试;
 * an interrupted run with 继续创建. Duplicates and orphans are always counted (§4.3).
 */
export function RunSummary({ run }: { run: RunStatus }) {
  const t = useT();
  const busy = useRunStore((s) => s.busy);
  const { resume, dismissSummary } = useRunStore.getState();
  const { tone, icon } = toneOf(run);
  const remaining = run.counts.queued;
  const errcode = run.stopReason?.errcode ?? null;
  const title =
    run.status === 'quota_stopped'
      ? runText.quotaTitle(remaining)
      : run.status === 'stopped'
        ? errcode === BLOCKED
          ? runText.blockedTitle
          : runText.stoppedTitle(errcode)
        : run.status === 'interrupted'
          ? runText.interruptedTitle(remaining)
          : runText.status[run.status];
  // 48001 is the 2021 stop: the same request will be refused again, so 重试 is not offered (issue 11, problem 7).
  const blocked = run.status === 'stopped' && errcode === BLOCKED;
  const resumable = !blocked && (run.status === 'quota_stopped' || run.status === 'stopped' || run.status === 'interrupted');
  const flagged = run.duplicatesFlagged + run.orphansFlagged > 0;
  const [expanded, setExpanded] = useState(false);
  const reason = run.stopReason ? t(run.stopReason.message) : '';
  // A long explanation (48001's is a paragraph) is folded so the drafts list stays in view.
  const long = reason.length > 90;
  return (
    <div className={`run-card run-card--${tone}`} data-testid="run-summary" data-status={run.status} data-errcode={errcode ?? undefined} role={run.status === 'stopped' ? 'alert' : 'status'}>
      <header className="run-card__head">
        <Icon name={icon} size={16} className="run-card__icon" />
        <h3 className="run-card__title" data-testid="run-title">
          {t(title)}
        </h3>
        {!resumable && <Button size="sm" variant="ghost" icon="close" className="run-card__close" aria-label={t(runText.dismiss)} title={t(runText.dismiss)} onClick={dismissSummary} />}
      </header>
      {run.status === 'quota_stopped' && <p className="run-card__text">{t(runText.quotaHint)}</p>}
      {run.status === 'stopped' && run.stopReason && (
        <>
          <p className={`run-card__text run-card__text--reason${long && !expanded ? ' run-card__text--clamped' : ''}`} data-testid="run-stop-reason">
            {reason}
          </p>
          {long && (
            <button type="button" className="run-card__more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)} data-testid="run-reason-more">
              {t(expanded ? runText.less : runText.more)}
            </button>
          )}
        </>
      )}
      {run.status === 'stopped' && remaining > 0 && <p className="run-card__text">{t(runText.remainingNotSent(remaining))}</p>}
      {blocked && (
        <p className="run-card__text" data-testid="run-alternatives">
          {t(runText.blockedAlternatives)}
        </p>
      )}
      {run.status === 'interrupted' && <p className="run-card__text">{t(runText.interruptedHint)}</p>}
      <RunCounts run={run} mode={run.status === 'done' || run.status === 'cancelled' ? 'done' : 'stopped'} />
      {run.counts.found > 0 && (
        <p className="run-card__text" data-testid="run-found">
          {t(duplicatesText.foundNote(run.counts.found))}
        </p>
      )}
      {flagged && <p className="run-card__note">{t(runText.flaggedNote)}</p>}
      <footer className="run-card__actions">
        {resumable && (
          <Button size="sm" variant={run.status === 'stopped' ? 'secondary' : 'primary'} icon="refresh" disabled={busy !== null} onClick={() => void resume()} data-testid="run-resume">
            {t(run.status === 'stopped' ? runText.retry : runText.resumeRun)}
          </Button>
        )}
        <Button size="sm" variant="link" icon="history" onClick={() => useHistoryStore.getState().showBatch(run.batchId)} data-testid="run-view-history">
          {t(runText.viewHistory)}
        </Button>
      </footer>
    </div>
  );
}
