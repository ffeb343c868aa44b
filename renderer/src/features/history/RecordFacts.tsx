import type { ReactNode } from 'react';
import type { HistoryRecord } from '../../../../common/ipc/channels/history';
import type { Localized } from '../../../../common/i18n';
import { cardTypeName, isCardType } from '../../../../common/coupon/card-types';
import { DeveloperDetail, type DeveloperRow } from '../../components/DeveloperDetail';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { developerText } from '../../i18n/developer-text';
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
      </header>
      <p className="record-error__message" data-testid="detail-error-message">
        {t(error.message)}
      </p>
      {record.findings.length > 0 && (
        <div className="record-findings" data-testid="detail-findings">
          <p className="record-findings__title">{t(text.findings(record.findings.length))}</p>
          <ul>
            {record.findings.map((f, i) => (
              <li key={`${f.path}-${i}`}>
                <span>{t(f.message)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Weixin's own words, the errcode, the rid and the finding paths are for developers (issue 11, problem 8). */}
      <DeveloperDetail
        facts={{
          rows: [
            ...(error.errcode !== null ? [{ label: developerText.errcode, code: String(error.errcode) }] : []),
            ...(error.errmsg ? [{ label: text.errmsg, code: error.errmsg }] : []),
            ...(error.rid ? [{ label: developerText.rid, code: error.rid }] : []),
            ...record.findings.map((f) => ({ label: developerText.field, code: f.errcode !== null ? `${f.path || 'card'} (${f.errcode})` : f.path || 'card' })),
          ],
        }}
      />
    </section>
  );
}

/** Every other field of the record, times in Beijing time. */
export function RecordFacts({ record }: { record: HistoryRecord }) {
  const t = useT();
  const none = <span className="hcell-none">{t(text.none)}</span>;
  const time = (ms: number | null) => (ms === null ? none : t(text.beijing(chinaTime(ms))));
  const rows: [Localized, ReactNode][] = [
    [text.cardType, record.cardType && isCardType(record.cardType) ? t(cardTypeName(record.cardType)) : (record.cardType ?? none)],
    [text.account, record.accountName],
    [text.batch, record.batchName ?? none],
    [text.attempts, String(record.attempts)],
    [text.firstSeen, time(record.firstSeenAt)],
    [text.attempted, time(record.attemptedAt)],
    [text.createdAt, time(record.createdAt)],
    [text.updatedAt, time(record.updatedAt)],
  ];
  // Internal ids and the fingerprint help a developer trace a record; the merchant never needs them.
  const dev: DeveloperRow[] = [
    ...(record.cardType ? [{ label: text.cardType, code: record.cardType }] : []),
    { label: text.appid, code: record.appid },
    ...(record.draftId ? [{ label: text.draftId, code: record.draftId }] : []),
    ...(record.runId ? [{ label: text.runId, code: record.runId }] : []),
    { label: text.recordId, code: record.id },
    ...(record.fingerprint ? [{ label: text.fingerprint, code: record.fingerprint }] : []),
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
      <DeveloperDetail facts={{ rows: dev, notes: record.fingerprint ? [text.fingerprintHint] : [] }} />
    </section>
  );
}
