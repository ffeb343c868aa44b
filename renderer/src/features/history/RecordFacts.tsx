import type { ReactNode } from 'react';
import type { HistoryRecord } from '../../../../common/ipc/channels/history';
import type { Localized } from '../../../../common/i18n';
import { cardTypeName, isCardType } from '../../../../common/coupon/card-types';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { historyDetailText as text } from '../../i18n/history-detail-text';
import { chinaTime } from './history-labels';

/** The record's error: what kind, the errcode, main's explanation with the fix, Weixin's words, the request id, and any findings. */
export function RecordError({ record }: { record: HistoryRecord }) {
  const t = useT();
  const error = record.error;
  if (!error) return null;
  const kind = text.errorKind[error.kind];
  return (
    <section className="record-error" role="group" aria-label={t(text.error)} data-testid="detail-error" data-errcode={error.errcode ?? undefined}>
      <header className="record-error__head">
        <Icon name="error" size={16} />
        <span className="record-error__kind">{kind ? t(kind) : error.kind}</span>
        {error.errcode !== null && <span className="record-error__code">{t(text.errcode(error.errcode))}</span>}
      </header>
      <p className="record-error__message" data-testid="detail-error-message">
        {t(error.message)}
      </p>
      {error.errmsg && (
        <p className="record-error__raw">
          <span>{t(text.errmsg)}</span> <code>{error.errmsg}</code>
        </p>
      )}
      {error.rid && (
        <p className="record-error__raw">
          <span>{t(text.rid)}</span> <code>{error.rid}</code>
        </p>
      )}
      {record.findings.length > 0 && (
        <div className="record-findings" data-testid="detail-findings">
          <p className="record-findings__title">{t(text.findings(record.findings.length))}</p>
          <ul>
            {record.findings.map((f, i) => (
              <li key={`${f.path}-${i}`}>
                <span>{t(f.message)}</span>
                <span className="record-findings__meta">
                  <code>{f.path || 'card'}</code>
                  {f.errcode !== null && <span>{t(text.errcode(f.errcode))}</span>}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

/** Every other field of the record, times in Beijing time. */
export function RecordFacts({ record }: { record: HistoryRecord }) {
  const t = useT();
  const none = <span className="hcell-none">{t(text.none)}</span>;
  const time = (ms: number | null) => (ms === null ? none : t(text.beijing(chinaTime(ms))));
  const mono = (value: string | null) => (value === null ? none : <code>{value}</code>);
  const rows: [Localized, ReactNode][] = [
    [text.cardType, record.cardType && isCardType(record.cardType) ? `${t(cardTypeName(record.cardType))} (${record.cardType})` : (record.cardType ?? none)],
    [text.account, <>
      {record.accountName} <code className="record-facts__muted">{record.appid}</code>
    </>],
    [text.batch, record.batchName ?? none],
    [text.attempts, String(record.attempts)],
    [text.firstSeen, time(record.firstSeenAt)],
    [text.attempted, time(record.attemptedAt)],
    [text.createdAt, time(record.createdAt)],
    [text.updatedAt, time(record.updatedAt)],
    [text.draftId, mono(record.draftId)],
    [text.runId, mono(record.runId)],
    [text.recordId, mono(record.id)],
    [text.fingerprint, record.fingerprint === null ? none : <code title={t(text.fingerprintHint)}>{record.fingerprint}</code>],
  ];
  return (
    <section className="drawer-section" aria-labelledby="facts-title">
      <h3 className="drawer-section__title" id="facts-title">
        {t(text.facts)}
      </h3>
      <dl className="record-facts" data-testid="detail-facts">
        {rows.map(([label, value]) => (
          <div key={label['zh-CN']} className="record-facts__row">
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
