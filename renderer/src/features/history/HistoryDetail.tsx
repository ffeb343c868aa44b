import { useEffect, useRef } from 'react';
import type { HistoryRecord } from '../../../../common/ipc/channels/history';
import { isCardType } from '../../../../common/coupon/card-types';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { historyDetailText as text } from '../../i18n/history-detail-text';
import { historyText } from '../../i18n/history-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { useHistoryStore } from '../../stores/history-store';
import { useSandboxStore } from '../../stores/sandbox-store';
import { TypeBadge } from '../builder/TypeBadge';
import { CellSwitches } from './CellSwitches';
import { CopyCardId } from './CopyCardId';
import { RecordError, RecordFacts } from './RecordFacts';
import { chinaTime, hasCard, recordStateView, reviewView } from './history-labels';
import { ToneChip } from './ToneChip';

/** Duplicates and orphans explained (flagged, never hidden: security-reliability.md §4.3). */
function Flags({ record }: { record: HistoryRecord }) {
  const t = useT();
  const select = useHistoryStore((s) => s.select);
  const page = useHistoryStore((s) => s.page);
  const first = record.duplicateOf ? page?.records.find((r) => r.id === record.duplicateOf) : undefined;
  return (
    <>
      {record.flags.duplicate && (
        <div className="callout callout--warning" data-testid="flag-duplicate">
          <Icon name="flag" size={16} />
          <div>
            <p className="callout__title">{t(text.duplicateTitle)}</p>
            <p>{t(text.duplicateBody)}</p>
            {first && (
              <Button size="sm" variant="link" onClick={() => select(first)}>
                {t(text.duplicateOf)} {first.cardId ?? ''}
              </Button>
            )}
          </div>
        </div>
      )}
      {record.flags.orphan && !record.flags.duplicate && (
        <div className="callout callout--warning" data-testid="flag-orphan">
          <Icon name="flag" size={16} />
          <div>
            <p className="callout__title">{t(text.orphanTitle)}</p>
            <p>{t(text.orphanBody)}</p>
          </div>
        </div>
      )}
      {record.flags.adopted && record.kind === 'op' && (
        <div className="callout" data-testid="flag-adopted">
          <Icon name="info" size={16} />
          <span>{t(text.adoptedNote)}</span>
        </div>
      )}
    </>
  );
}

/** Review status, when it was read, and a refresh of this card only. */
function Review({ record }: { record: HistoryRecord }) {
  const t = useT();
  const refreshing = useHistoryStore((s) => s.refreshing);
  const refreshReview = useHistoryStore((s) => s.refreshReview);
  const review = reviewView(record.reviewStatus);
  return (
    <section className="drawer-section" aria-labelledby="review-title">
      <h3 className="drawer-section__title" id="review-title">
        {t(text.review)}
      </h3>
      <div className="drawer-review">
        {review ? <ToneChip view={review} testId="detail-review" /> : <span className="hcell-none">{t(text.reviewNone)}</span>}
        {record.reviewStatusAt !== null && <span className="drawer-review__at">{t(text.reviewAt(chinaTime(record.reviewStatusAt)))}</span>}
        {hasCard(record) && (
          <Button size="sm" icon="refresh" disabled={refreshing} onClick={() => void refreshReview([record.id])} data-testid="detail-refresh-review">
            {t(refreshing ? historyText.refreshing : text.refreshOne)}
          </Button>
        )}
      </div>
    </section>
  );
}

/** The drawer: every field of one record, its flags, error with the fix, review and the two switches. */
export function HistoryDetail({ record, onClose }: { record: HistoryRecord; onClose(): void }) {
  const t = useT();
  const accounts = useAccountsStore((s) => s.accounts);
  const close = useRef<HTMLButtonElement>(null);
  const sandbox = accounts.find((a) => a.id === record.accountId)?.environment === 'sandbox';
  const title = record.title ?? t(record.kind === 'orphan' ? historyText.orphanTitle : historyText.untitled);
  useEffect(() => close.current?.focus(), [record.id]);
  return (
    <aside
      className="history-drawer"
      aria-label={t(text.label)}
      data-testid="history-detail"
      data-record={record.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <header className="history-drawer__head">
        <TypeBadge type={record.cardType && isCardType(record.cardType) ? record.cardType : undefined} large />
        <div className="history-drawer__titles">
          <h2 className="history-drawer__title">{title}</h2>
          <ToneChip view={recordStateView(record)} testId="detail-state" />
        </div>
        <button ref={close} type="button" className="btn btn--ghost btn--md btn--icon" aria-label={t(text.close)} title={t(text.close)} onClick={onClose} data-testid="detail-close">
          <Icon name="close" />
        </button>
      </header>
      <div className="history-drawer__body">
        <section className="drawer-id" aria-label={t(text.cardId)}>
          <span className="drawer-id__label">{t(text.cardId)}</span>
          {record.cardId ? <CopyCardId cardId={record.cardId} size="lg" /> : <span className="drawer-id__none">{t(text.noCardId)}</span>}
          {sandbox && record.cardId && (
            <Button size="sm" variant="link" icon="terminal" title={t(text.reviewInSandboxHint)} onClick={() => useSandboxStore.getState().prepareReview(record.cardId ?? '')} data-testid="review-in-sandbox">
              {t(text.reviewInSandbox)}
            </Button>
          )}
        </section>
        <Flags record={record} />
        {record.error && <RecordError record={record} />}
        <Review record={record} />
        <CellSwitches key={record.id} record={record} />
        <RecordFacts record={record} />
      </div>
    </aside>
  );
}
