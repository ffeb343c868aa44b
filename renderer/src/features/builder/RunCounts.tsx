import type { RunStatus } from '../../../../common/ipc/channels/batch';
import type { Localized } from '../../../../common/i18n';
import { useT } from '../../i18n';
import { runText } from '../../i18n/run-text';

/** One figure of a run. */
interface Stat {
  key: string;
  value: number;
  label: Localized;
  tone: 'ok' | 'error' | 'warning' | 'muted';
}

/** Which figures a run card shows. */
export type RunCountsMode = 'live' | 'done' | 'stopped';

/**
 * The run's figures: while it runs, created / failed / skipped and anything else that happened;
 * in the final summary duplicates and orphans always too (flagged, never hidden, §4.3); for a
 * stopped run only what happened (the text above already says how many were not sent).
 */
export function RunCounts({ run, mode }: { run: RunStatus; mode: RunCountsMode }) {
  const t = useT();
  const { counts } = run;
  const always: Stat[] = [
    { key: 'created', value: counts.created, label: runText.count.created, tone: 'ok' },
    { key: 'failed', value: counts.failed, label: runText.count.failed, tone: 'error' },
    { key: 'invalid', value: counts.invalid, label: runText.count.invalid, tone: 'muted' },
  ];
  const flagged: Stat[] = [
    { key: 'duplicates', value: run.duplicatesFlagged, label: runText.count.duplicates, tone: 'warning' },
    { key: 'orphans', value: run.orphansFlagged, label: runText.count.orphans, tone: 'warning' },
  ];
  const sometimes: Stat[] = [
    { key: 'alreadyCreated', value: counts.alreadyCreated, label: runText.count.alreadyCreated, tone: 'muted' },
    { key: 'unknown', value: counts.unknown, label: runText.count.unknown, tone: 'warning' },
    { key: 'cancelled', value: counts.cancelled, label: runText.count.cancelled, tone: 'muted' },
    { key: 'cellFailed', value: counts.cellFailed, label: runText.count.cellFailed, tone: 'warning' },
  ];
  const happened = (list: readonly Stat[]) => list.filter((s) => s.value > 0);
  const stats =
    mode === 'done' ? [...always, ...flagged, ...happened(sometimes)] : mode === 'live' ? [...always, ...happened([...flagged, ...sometimes])] : happened([...always, ...flagged, ...sometimes]);
  if (stats.length === 0) return null;
  return (
    <dl className={`run-stats run-stats--${mode}`} data-testid="run-counts">
      {stats.map((stat) => (
        <div key={stat.key} className={`run-stat run-stat--${stat.value > 0 ? stat.tone : 'zero'}`} data-count={stat.key}>
          <dt>{t(stat.label)}</dt>
          <dd>{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
