import { useState } from 'react';
import type { CellKind, HistoryRecord } from '../../../../common/ipc/channels/history';
import { DeveloperDetail } from '../../components/DeveloperDetail';
import { Icon } from '../../components/Icon';
import { Checkbox, Switch } from 'antd';
import { useT } from '../../i18n';
import { developerText } from '../../i18n/developer-text';
import { historyDetailText as text } from '../../i18n/history-detail-text';
import { useHistoryStore, type CellIssue } from '../../stores/history-store';
import { cellView, chinaTime, hasCard } from './history-labels';
import { ToneChip } from './ToneChip';

/** Weixin's refusal of a switch, as the store kept it or as the record holds it. */
function issueOf(record: HistoryRecord, kind: CellKind, issues: Record<string, CellIssue>): CellIssue | undefined {
  const kept = issues[`${record.id}:${kind}`];
  if (kept) return kept;
  const cell = record[kind];
  return cell.state === 'failed' && cell.error ? { errcode: cell.error.errcode, message: cell.error.message } : undefined;
}

/** One switch: label and help, the switch, its state, and Weixin's refusal in full when there is one. */
function CellRow({ record, kind, flags }: { record: HistoryRecord; kind: CellKind; flags?: { needVerifyCode: boolean; needRemarkAmount: boolean } }) {
  const other: CellKind = kind === 'paycell' ? 'selfConsume' : 'paycell';
  // The other cell is on: this one cannot be, so it is off with the offer to switch (45046, issue 11, problem 12).
  const blocked = record[other].state === 'set' && record[kind].state !== 'set';
  const t = useT();
  const busy = useHistoryStore((s) => s.cellBusy[`${record.id}:${kind}`] === true);
  const issues = useHistoryStore((s) => s.cellIssues);
  const setCell = useHistoryStore((s) => s.setCell);
  const switchCellTo = useHistoryStore((s) => s.switchCellTo);
  const cell = record[kind];
  const issue = issueOf(record, kind, issues);
  const id = `cell-${kind}`;
  const usable = hasCard(record);
  return (
    <div className="cell-row" data-testid={`cell-${kind}`} data-state={cell.state}>
      <div className="cell-row__main">
        <div className="cell-row__text">
          <label className="cell-row__label" htmlFor={id}>
            {t(kind === 'paycell' ? text.paycell : text.selfConsume)}
          </label>
          <p className="cell-row__help" id={`${id}-help`}>
            {t(kind === 'paycell' ? text.paycellHelp : text.selfConsumeHelp)}
          </p>
        </div>
        <div className="cell-row__control">
          {busy ? <span className="spinner" aria-hidden="true" /> : <ToneChip view={cellView(cell)} testId={`cell-${kind}-state`} />}
          {/* Not disabled while Weixin answers: a disabled control drops focus to the page, and
              Escape and Tab would then start from nowhere. A second click waits instead. */}
          <Switch
            id={id}
            checked={cell.state === 'set'}
            disabled={!usable || blocked}
            aria-busy={busy}
            aria-describedby={blocked ? `${id}-help ${id}-blocked` : `${id}-help`}
            onChange={(open) => {
              if (!busy) void setCell(record.id, kind, open, flags);
            }}
          />
        </div>
      </div>
      {blocked && usable && (
        <p className="cell-row__blocked" id={`${id}-blocked`} data-testid={`cell-${kind}-blocked`}>
          <span>{t(text.cellBlocked(kind))}</span>
          <button type="button" className="btn btn--link btn--sm" disabled={busy} onClick={() => void switchCellTo(record.id, kind, flags)} data-testid={`cell-${kind}-switch`}>
            <span className="btn__label">{t(text.cellSwitchTo(kind))}</span>
          </button>
        </p>
      )}
      {cell.at !== null && cell.state === 'set' && <p className="cell-row__at">{t(text.cellAt(chinaTime(cell.at)))}</p>}
      {issue && (
        <div className="cell-refusal" role="alert" data-testid={`cell-${kind}-refusal`} data-errcode={issue.errcode ?? undefined}>
          <Icon name="error" size={14} />
          <div>
            <p className="cell-refusal__title">{t(text.cellRefused(issue.errcode))}</p>
            <p className="cell-refusal__body">{t(issue.message)}</p>
            <DeveloperDetail facts={issue.errcode !== null ? { rows: [{ label: developerText.errcode, code: String(issue.errcode) }] } : undefined} />
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * 快速买单 (card/paycell/set) and 自助核销 (card/selfconsumecell/set, with need_verify_cod and
 * need_remark_amount) for one created card. They exclude each other (45046, §1.11) and both need
 * stores (43017); Weixin's refusal is shown in full under the switch.
 */
export function CellSwitches({ record }: { record: HistoryRecord }) {
  const t = useT();
  const setCell = useHistoryStore((s) => s.setCell);
  const [flags, setFlags] = useState({ needVerifyCode: record.selfConsume.needVerifyCode, needRemarkAmount: record.selfConsume.needRemarkAmount });
  const usable = hasCard(record);
  const change = (patch: Partial<typeof flags>) => {
    const next = { ...flags, ...patch };
    setFlags(next);
    // Already on: Weixin takes the flags with is_open, so they are sent again.
    if (record.selfConsume.state === 'set') void setCell(record.id, 'selfConsume', true, next);
  };
  return (
    <section className="drawer-section" aria-labelledby="cells-title" data-testid="record-cells">
      <h3 className="drawer-section__title" id="cells-title">
        {t(text.cells)}
      </h3>
      <p className="drawer-section__help">{t(usable ? text.cellsHint : text.cellsNeedCard)}</p>
      <CellRow record={record} kind="paycell" />
      <CellRow record={record} kind="selfConsume" flags={flags} />
      <div className="cell-options">
        <Checkbox checked={flags.needVerifyCode} disabled={!usable} onChange={(e) => change({ needVerifyCode: e.target.checked })} data-testid="need-verify-code">
          {t(text.needVerifyCode)}
        </Checkbox>
        <Checkbox checked={flags.needRemarkAmount} disabled={!usable} onChange={(e) => change({ needRemarkAmount: e.target.checked })} data-testid="need-remark-amount">
          {t(text.needRemarkAmount)}
        </Checkbox>
      </div>
    </section>
  );
}
