import { useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { runText } from '../../i18n/run-text';
import { isLiveRun, useRunStore } from '../../stores/run-store';
import { DuplicatesConfirm } from './DuplicatesConfirm';
import { RunProgress } from './RunProgress';
import { RunSummary } from './RunSummary';
import { ConfirmRunDialog } from './ConfirmRunDialog';
import type { RunPlan } from './run-plan';
import type { StartGate } from './start-gate';

/** "开始创建" with what it will do, or why it cannot, and the offer to skip drafts with errors. */
function StartArea({ gate, plan }: { gate: StartGate; plan: RunPlan }) {
  const t = useT();
  const busy = useRunStore((s) => s.busy);
  const startRun = useRunStore((s) => s.startRun);
  const [confirming, setConfirming] = useState(false);
  const area = useRef<HTMLDivElement>(null);
  const starting = busy === 'start';
  const confirm = () => {
    setConfirming(false);
    // The start button turns into the progress block: keep the keyboard in the run panel.
    void startRun().then(() => area.current?.closest<HTMLElement>('[data-testid="run-panel"]')?.focus());
  };
  return (
    <div className="run-start" data-testid="run-start" data-gate={gate.kind} ref={area}>
      {confirming && gate.kind !== 'blocked' && <ConfirmRunDialog gate={gate} plan={plan} onConfirm={confirm} onCancel={() => setConfirming(false)} />}
      <Button variant="primary" icon="play" className="run-start__button" disabled={gate.kind !== 'ready' || starting} onClick={() => setConfirming(true)} data-testid="start-run">
        {t(starting ? runText.starting : runText.start)}
      </Button>
      {gate.kind === 'ready' && (
        <p className="run-start__hint" data-testid="start-hint">
          {t(runText.startHint(gate.toCreate, t(gate.account.displayName)))}
          {gate.alreadyCreated > 0 && <span className="run-start__sub">{t(runText.startHintSkip(gate.alreadyCreated))}</span>}
        </p>
      )}
      {gate.kind !== 'ready' && (
        <p className="run-start__reason" data-testid="start-reason">
          <Icon name="warning" size={14} />
          <span>{t(gate.reason)}</span>
        </p>
      )}
      {gate.kind === 'skip' && (
        <div className="run-start__skip">
          <Button size="sm" variant="secondary" disabled={starting} onClick={() => setConfirming(true)} data-testid="start-run-skip">
            {t(runText.skipOffer(gate.toCreate))}
          </Button>
          <p className="run-start__sub">{t(runText.skipNote)}</p>
        </div>
      )}
    </div>
  );
}

/**
 * The run block of the batch pane: the start button (with the batch's account), the live
 * progress with pause / resume / cancel, or the last run's summary; errors from main in between.
 */
export function RunPanel({ gate, plan }: { gate: StartGate; plan: RunPlan }) {
  const t = useT();
  const run = useRunStore((s) => s.run);
  const error = useRunStore((s) => s.error);
  const summaryHidden = useRunStore((s) => s.summaryHidden);
  const dismissError = useRunStore((s) => s.dismissError);
  const live = isLiveRun(run);
  const resumable = run !== null && (run.status === 'quota_stopped' || run.status === 'stopped' || run.status === 'interrupted');
  const showSummary = !live && run !== null && (!summaryHidden || resumable);
  return (
    <section className="run" tabIndex={-1} aria-label={t(runText.title)} data-testid="run-panel" data-status={run?.status ?? 'idle'}>
      {error && (
        <div className="callout callout--error run__error" role="alert" data-testid="run-error">
          <Icon name="error" size={14} />
          <span className="run__error-text">{t(error)}</span>
          <button type="button" className="run__error-close" aria-label={t(runText.dismiss)} onClick={dismissError}>
            <Icon name="close" size={12} />
          </button>
        </div>
      )}
      <DuplicatesConfirm />
      {live && run && <RunProgress run={run} />}
      {showSummary && <RunSummary run={run} />}
      {!live && !(showSummary && resumable) && <StartArea gate={gate} plan={plan} />}
    </section>
  );
}
