import { Table, type TableColumnsType } from 'antd';
import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import type { HistoryRecord } from '../../../../common/ipc/channels/history';
import { isCardType } from '../../../../common/coupon/card-types';
import { useT } from '../../i18n';
import { historyText } from '../../i18n/history-text';
import { duplicatesText } from '../../i18n/duplicates-text';
import { TypeBadge } from '../builder/TypeBadge';
import { CopyCardId } from './CopyCardId';
import { cellView, chinaTime, recordStateView, reviewView } from './history-labels';
import { ToneChip } from './ToneChip';

/** Pages this long are drawn virtually (only the rows in view are in the DOM). */
const VIRTUAL_FROM = 200;

/** The columns' widths added up: the whole table fits beside the rail from a 1366 px window. */
const TABLE_WIDTH = 1200;

/** The coupon: type badge, title (opens the drawer), account and batch. */
function CouponCell({ record, onOpen }: { record: HistoryRecord; onOpen(): void }) {
  const t = useT();
  const title = record.title ?? (record.kind === 'orphan' ? t(historyText.orphanTitle) : t(historyText.untitled));
  return (
    <div className="hcell-coupon">
      <TypeBadge type={record.cardType && isCardType(record.cardType) ? record.cardType : undefined} />
      <div className="hcell-coupon__text">
        <button
          type="button"
          className="hcell-coupon__title"
          onClick={(event) => {
            // The row's own click opens it too: once is enough.
            event.stopPropagation();
            onOpen();
          }}
          aria-label={t(historyText.openDetail(title))}
          data-testid="record-open"
          data-open-record={record.id}
        >
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

function StateCell({ record }: { record: HistoryRecord }) {
  const t = useT();
  return (
    <>
      <ToneChip view={recordStateView(record)} testId="record-state" />
      {record.flags.adopted && record.kind === 'op' && <span className="hcell-flag">{t(historyText.adopted)}</span>}
      {record.flags.found === true && record.kind === 'op' && <span className="hcell-flag">{t(duplicatesText.foundFlag)}</span>}
    </>
  );
}

function ReviewCell({ record }: { record: HistoryRecord }) {
  const t = useT();
  const review = reviewView(record.reviewStatus);
  if (!review) return <span className="hcell-none">{t(historyText.noReview)}</span>;
  return (
    <span className="hcell-review">
      <ToneChip view={review} testId="record-review" />
      {record.reviewStatusAt !== null && <span className="hcell-sub">{chinaTime(record.reviewStatusAt).slice(5, 16)}</span>}
    </span>
  );
}

function CellsCell({ record }: { record: HistoryRecord }) {
  const t = useT();
  return (
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
  );
}

/** What went wrong in merchant words; the errcode is in the drawer's developer detail (issue 11, problem 8). */
function ErrorCell({ record }: { record: HistoryRecord }) {
  const t = useT();
  if (!record.error) return null;
  return (
    <span className="hcell-error__text" title={t(record.error.message)}>
      {t(record.error.message)}
    </span>
  );
}

/** The height left for the table's body inside its frame, followed as the window resizes. */
function useBodyHeight(frame: React.RefObject<HTMLDivElement | null>): number {
  const [height, setHeight] = useState(400);
  useEffect(() => {
    const node = frame.current;
    if (!node) return undefined;
    const head = 48;
    const observer = new ResizeObserver(([entry]) => entry && setHeight(Math.max(160, Math.floor(entry.contentRect.height - head))));
    observer.observe(node);
    return () => observer.disconnect();
  }, [frame]);
  return height;
}

/** Props of {@link HistoryTable}. */
export interface HistoryTableProps {
  records: readonly HistoryRecord[];
  selectedId: string | null;
  onOpen(record: HistoryRecord): void;
}

/**
 * The history table on antd's Table, newest first: a click anywhere on a row opens its drawer. The
 * header stays while the body scrolls; long pages (200, 500 a page) render virtually. Paging is the
 * screen's (main pages the query), so the table itself shows one page as given.
 */
export function HistoryTable({ records, selectedId, onOpen }: HistoryTableProps) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const bodyHeight = useBodyHeight(frame);
  const columns: TableColumnsType<HistoryRecord> = [
    { key: 'card', title: t(historyText.col.card), className: 'hcol-card', width: 260, render: (_, record) => <CouponCell record={record} onOpen={() => onOpen(record)} /> },
    {
      key: 'cardId',
      title: t(historyText.col.cardId),
      className: 'hcol-id',
      width: 258,
      render: (_, record) => (record.cardId ? <CopyCardId cardId={record.cardId} /> : <span className="hcell-none">{t(historyText.noReview)}</span>),
    },
    { key: 'state', title: t(historyText.col.state), className: 'hcol-state', width: 96, render: (_, record) => <StateCell record={record} /> },
    { key: 'review', title: t(historyText.col.review), className: 'hcol-review', width: 100, render: (_, record) => <ReviewCell record={record} /> },
    { key: 'cells', title: t(historyText.col.cells), className: 'hcol-cells', width: 104, render: (_, record) => <CellsCell record={record} /> },
    {
      key: 'created',
      title: t(historyText.col.created),
      className: 'hcol-time hcell-time',
      width: 164,
      render: (_, record) => (record.createdAt === null ? <span className="hcell-none">{t(historyText.noReview)}</span> : chinaTime(record.createdAt)),
    },
    { key: 'error', title: t(historyText.col.error), className: 'hcol-error', width: 218, render: (_, record) => <ErrorCell record={record} /> },
  ];
  const virtual = records.length >= VIRTUAL_FROM;
  return (
    <div className="history-table" data-testid="history-table" ref={frame}>
      <Table<HistoryRecord>
        size="middle"
        rowKey="id"
        columns={columns}
        dataSource={records as HistoryRecord[]}
        pagination={false}
        virtual={virtual}
        scroll={{ x: TABLE_WIDTH, y: bodyHeight }}
        rowClassName={(record) => `hrow${record.id === selectedId ? ' hrow--selected' : ''}${record.flags.duplicate || record.flags.orphan ? ' hrow--flagged' : ''}`}
        onRow={(record) =>
          ({
            onClick: () => onOpen(record),
            'data-testid': 'history-row',
            'data-record': record.id,
            'data-state': recordStateView(record).key,
            'data-card-id': record.cardId ?? undefined,
          }) as HTMLAttributes<HTMLElement>
        }
      />
    </div>
  );
}
