import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import type { DraftRunInfo } from '../../stores/run-store';
import type { RunChipView } from './run-chip';

/** A draft's run state as a chip: a spinner while it is worked on, a tick once created. */
export function RunChip({ view }: { view: RunChipView }) {
  const t = useT();
  return (
    <span className={`chip run-chip run-chip--${view.tone}`} data-testid="run-chip" data-state={view.key}>
      {view.tone === 'busy' && <span className="run-chip__spin" aria-hidden="true" />}
      {view.tone === 'ok' && <Icon name="check" size={12} />}
      {t(view.label)}
    </span>
  );
}

/** Under the title: the card_id once created, the errcode's message once failed or skipped. */
export function RunLine({ info }: { info: DraftRunInfo }) {
  const t = useT();
  if (info.state === 'created' && info.cardId) {
    return (
      <span className="draft-row__sub draft-row__sub--card" data-testid="run-card-id" title={info.cardId}>
        {info.cardId}
      </span>
    );
  }
  if (info.phase === 'done' && info.message && (info.state === 'failed' || info.state === 'invalid' || info.state === 'queued' || info.state === 'unknown')) {
    const text = t(info.message);
    return (
      <span className={`draft-row__sub draft-row__sub--${info.state === 'failed' ? 'error' : 'muted'}`} data-testid="run-message" title={text}>
        {text}
      </span>
    );
  }
  return null;
}
