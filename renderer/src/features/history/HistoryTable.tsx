import type { HistoryRecord } from '../../../../common/ipc/channels/history';
import { isCardType } from '../../../../common/coupon/card-types';
import { useT } from '../../i18n';
import { historyText } from '../../i18n/history-text';
import { TypeBadge } from '../builder/TypeBadge';
import { duplicatesText } from '../../i18n/duplicates-text';
import { CopyCardId } from './CopyCardId';
import { cellView, chinaTime, recordStateView, reviewView } from './history-labels';
import { ToneChip } from './ToneChip';

/** The coupon: type badge, title (opens the drawer), account and batch. */
function CouponCell({ record, onOpen }: { record: HistoryRecord; onOpen(): void }) {
  const t = useT();
  const title = record.title ?? (record.kind === 'orphan' ? t(historyText.orphanTitle) : t(historyText.untitled));
  return (
    <div className="hcell-coupon">
      <TypeBadge type={record.cardType && isCardType(record.cardType) ? record.cardType : undefined} />
      <div className="hcell-coupon__text">
        <button type="button" className="hcell-coupon__title" onClick={onOpen} aria-label={t(historyText.openDetail(title))} data-testid="record-open">
          {title}
        </button>
        <span className="hcell-coupon__meta">
          {record.accountName}
          {record.batchName && <> · {record.batchName}</>}
        </span>
      </div>
    </div>
  );
}

/** One record as a row: a click anywhere opens its drawer. */
function Row({ record, selected, onOpen }: { record: HistoryRecord; selected: boolean; onOpen(): void }) {
  const t = useT();
  const state = recordStateView(record);
  const review = reviewView(record.reviewStatus);
  const flagged = record.flags.duplicate || record.flags.orphan;
  return (
    <tr
      className={`hrow${selected ? ' hrow--selected' : ''}${flagged ? ' hrow--flagged' : ''}`}
      onClick={onOpen}
      data-testid="history-row"
      data-record={record.id}
      data-state={state.key}
      data-card-id={record.cardId ?? undefined}
    >
      <td>
        <CouponCell record={record} onOpen={onOpen} />
      </td>
      <td className="hcell-id">{record.cardId ? <CopyCardId cardId={record.cardId} /> : <span className="hcell-none">{t(historyText.noReview)}</span>}</td>
      <td>
        <ToneChip view={state} testId="record-state" />
        {record.flags.adopted && record.kind === 'op' && <span className="hcell-flag">{t(historyText.adopted)}</span>}
        {record.flags.found === true && record.kind === 'op' && <span className="hcell-flag">{t(duplicatesText.foundFlag)}</span>}
      </td>
      <td>
        {review ? (
          <span className="hcell-review">
            <ToneChip view={review} testId="record-review" />
            {record.reviewStatusAt !== null && <span className="hcell-sub">{chinaTime(record.reviewStatusAt).slice(5, 16)}</span>}
          </span>
        ) : (
          <span className="hcell-none">{t(historyText.noReview)}</span>
        )}
      </td>
      <td className="hcell-cells-td">
        <span className="hcell-cells">
          {(['paycell', 'selfConsume'] as const).map((kind) => {
            const view = cellView(record[kind]);
            return (
              <span key={kind} className={`cell-dot cell-dot--${view.tone}`} data-testid={`record-${kind}`} data-state={record[kind].state} title={`${t(historyText.cellShort[kind])}：${t(view.label)}`}>
                <span className="cell-dot__mark" aria-hidden="true" />
                {t(historyText.cellShort[kind])}
                <span className="visually-hidden">{t(view.label)}</span>
              </span>
            );
          })}
        </span>
      </td>
      <td className="hcell-time">{record.createdAt === null ? <span className="hcell-none">{t(historyText.noReview)}</span> : chinaTime(record.createdAt)}</td>
      <td className="hcell-error">
        {record.error ? (
          <span className="hcell-error__text" title={t(record.error.message)}>
            {record.error.errcode !== null && <b className="hcell-error__code">{record.error.errcode}</b>}
            {t(record.error.message)}
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/** The history table, newest first. */
export function HistoryTable({ records, selectedId, onOpen }: { records: readonly HistoryRecord[]; selectedId: string | null; onOpen(record: HistoryRecord): void }) {
  const t = useT();
  return (
    <table className="history-table" data-testid="history-table">
      <thead>
        <tr>
          <th scope="col" className="hcol-card">{t(historyText.col.card)}</th>
          <th scope="col" className="hcol-id">{t(historyText.col.cardId)}</th>
          <th scope="col" className="hcol-state">{t(historyText.col.state)}</th>
          <th scope="col" className="hcol-review">{t(historyText.col.review)}</th>
          <th scope="col" className="hcol-cells">{t(historyText.col.cells)}</th>
          <th scope="col" className="hcol-time">{t(historyText.col.created)}</th>
          <th scope="col" className="hcol-error">{t(historyText.col.error)}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => (
          <Row key={record.id} record={record} selected={record.id === selectedId} onOpen={() => onOpen(record)} />
        ))}
      </tbody>
    </table>
  );
}
