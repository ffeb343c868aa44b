import { Drawer } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
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
import { PayCellPayments } from './PayCellPayments';
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

/** How wide the drawer is; the table keeps the rest of the window (see history-detail.css). */
export const DRAWER_WIDTH = 440;

/** True when Escape belongs to something open above the drawer (a select's list, a menu, a dialog). */
function escapeTakenElsewhere(event: KeyboardEvent): boolean {
  if (event.defaultPrevented) return true;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('.ant-select-dropdown, .ant-dropdown, .ant-modal-root, [aria-expanded="true"]')) return true;
  return document.querySelector('.ant-modal-wrap:not([style*="display: none"])') !== null;
}

/**
 * The drawer (antd's Drawer, no mask: the table stays usable beside it): every field of one record,
 * its flags, error with the fix, review and the two switches. Escape closes it wherever focus is —
 * also after a switch toggle left focus on the page — and focus returns to the row that opened it.
 */
export function HistoryDetail({ record, onClose, container }: { record: HistoryRecord | null; onClose(): void; container: HTMLElement | null }) {
  const t = useT();
  const accounts = useAccountsStore((s) => s.accounts);
  const close = useRef<HTMLButtonElement>(null);
  const openerId = useRef<string | null>(null);
  // The last record stays drawn while the drawer slides out.
  const [current, setCurrent] = useState<HistoryRecord | null>(record);
  if (record && record !== current) setCurrent(record);
  const open = record !== null;
  useEffect(() => {
    if (!record) return;
    openerId.current = record.id;
    close.current?.focus();
  }, [record?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- a new record, not a refreshed copy
  // Focus goes back to the row's title first, then the drawer closes: focus is never left on
  // a control that is about to disappear.
  const closeAndReturn = useCallback(() => {
    const opener = openerId.current ? document.querySelector<HTMLElement>(`[data-open-record="${CSS.escape(openerId.current)}"]`) : null;
    opener?.focus();
    onClose();
  }, [onClose]);
  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || escapeTakenElsewhere(event)) return;
      closeAndReturn();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, closeAndReturn]);
  if (!current) return null;
  const sandbox = accounts.find((a) => a.id === current.accountId)?.environment === 'sandbox';
  const title = current.title ?? t(current.kind === 'orphan' ? historyText.orphanTitle : historyText.untitled);
  return (
    <Drawer
      open={open}
      onClose={closeAndReturn}
      mask={false}
      keyboard={false}
      closable={false}
      title={null}
      size={DRAWER_WIDTH}
      getContainer={container ?? false}
      rootClassName="history-drawer-root"
      classNames={{ body: 'history-drawer__antd-body' }}
      destroyOnHidden
      aria-label={t(text.label)}
    >
      <div className="history-drawer" data-testid="history-detail" data-record={current.id}>
        <header className="history-drawer__head">
          <TypeBadge type={current.cardType && isCardType(current.cardType) ? current.cardType : undefined} large />
          <div className="history-drawer__titles">
            <h2 className="history-drawer__title">{title}</h2>
            <ToneChip view={recordStateView(current)} testId="detail-state" />
          </div>
          <button ref={close} type="button" className="btn btn--ghost btn--md btn--icon" aria-label={t(text.close)} title={t(text.close)} onClick={closeAndReturn} data-testid="detail-close">
            <Icon name="close" />
          </button>
        </header>
        <div className="history-drawer__body">
          <section className="drawer-id" aria-label={t(text.cardId)}>
            <span className="drawer-id__label">{t(text.cardId)}</span>
            {current.cardId ? <CopyCardId cardId={current.cardId} size="lg" /> : <span className="drawer-id__none">{t(text.noCardId)}</span>}
            {sandbox && current.cardId && (
              <Button size="sm" variant="link" icon="terminal" title={t(text.reviewInSandboxHint)} onClick={() => useSandboxStore.getState().prepareReview(current.cardId ?? '')} data-testid="review-in-sandbox">
                {t(text.reviewInSandbox)}
              </Button>
            )}
          </section>
          <Flags record={current} />
          {current.error && <RecordError record={current} />}
          <Review record={current} />
          <CellSwitches key={current.id} record={current} />
          {sandbox && current.cardId && current.paycell.state === 'set' && <PayCellPayments cardId={current.cardId} />}
          <RecordFacts record={current} />
        </div>
      </div>
    </Drawer>
  );
}
