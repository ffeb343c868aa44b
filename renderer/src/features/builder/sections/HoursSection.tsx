import { TIME_LIMIT_TYPES } from '../../../../../common/coupon/enums';
import { fieldMeta } from '../../../../../common/coupon/fields';
import { localized } from '../../../../../common/i18n';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { getAt } from '../../../lib/card-path';
import { findingsUnder } from '../../../lib/draft-findings';
import { fieldDomId } from '../../../lib/field-focus';
import { fullPath } from '../../../lib/draft-model';
import { useBuilderStore } from '../../../stores/builder-store';
import { useEditor } from '../editor-context';

type Slot = Record<string, unknown>;
const pad = (n: unknown) => (typeof n === 'number' ? String(n).padStart(2, '0') : '');
const timeOf = (hour: unknown, minute: unknown) => (typeof hour === 'number' ? `${pad(hour)}:${pad(typeof minute === 'number' ? minute : 0)}` : '');

/** Sets `<edge>_hour` / `<edge>_minute` from an HH:mm value, or removes both when cleared. */
function withTime(slot: Slot, edge: 'begin' | 'end', value: string): Slot {
  const next = { ...slot };
  const match = /^(\d{2}):(\d{2})/.exec(value);
  if (match) {
    next[`${edge}_hour`] = Number(match[1]);
    next[`${edge}_minute`] = Number(match[2]);
  } else {
    delete next[`${edge}_hour`];
    delete next[`${edge}_minute`];
  }
  return next;
}

/**
 * 使用时段: weekday or HOLIDAY rows with optional hours (the guide's own example has a bare
 * HOLIDAY row). Display only: "只控制显示，不控制实际使用逻辑" (§4.6).
 */
export function HoursSection() {
  const t = useT();
  const { type, draft, findings } = useEditor();
  const setField = useBuilderStore((s) => s.setField);
  const list = fullPath(type, 'advanced_info.time_limit');
  const raw = getAt(draft.card, list);
  const slots = Array.isArray(raw) ? (raw as unknown[]) : [];
  const meta = fieldMeta('advanced_info.time_limit');
  return (
    <>
      <p className="muted-note">{t(slots.length === 0 ? editorText.noSlots : (meta?.help ?? editorText.noSlots))}</p>
      {slots.map((item, i) => {
        const slot: Slot = typeof item === 'object' && item !== null ? (item as Slot) : {};
        const at = `${list}[${i}]`;
        const problems = findingsUnder(findings, at);
        const typeId = fieldDomId(`${at}.type`);
        return (
          <div className="slot-row" key={i} data-testid="time-slot">
            <select
              id={typeId}
              className="input select slot-row__day"
              aria-label={t(fieldMeta('advanced_info.time_limit[].type')?.label ?? localized('限制类型', 'Day'))}
              value={typeof slot.type === 'string' ? slot.type : ''}
              onChange={(e) => setField(`${at}.type`, e.target.value === '' ? undefined : e.target.value)}
            >
              <option value="">{t(editorText.selectPlaceholder)}</option>
              {TIME_LIMIT_TYPES.map((d) => (
                <option key={d.value} value={d.value}>
                  {t(d.label)}
                </option>
              ))}
            </select>
            <label className="slot-row__time">
              <span>{t(editorText.slotFrom)}</span>
              <input
                id={fieldDomId(`${at}.begin_hour`)}
                className="input"
                type="time"
                value={timeOf(slot.begin_hour, slot.begin_minute)}
                onChange={(e) => setField(at, withTime(slot, 'begin', e.target.value))}
              />
            </label>
            <label className="slot-row__time">
              <span>{t(editorText.slotTo)}</span>
              <input
                id={fieldDomId(`${at}.end_hour`)}
                className="input"
                type="time"
                value={timeOf(slot.end_hour, slot.end_minute)}
                onChange={(e) => setField(at, withTime(slot, 'end', e.target.value))}
              />
            </label>
            {slot.begin_hour === undefined && slot.end_hour === undefined && <span className="tag tag--muted">{t(editorText.allDay)}</span>}
            <Button size="sm" variant="ghost" icon="trash" aria-label={t(editorText.removeSlot)} onClick={() => setField(at, undefined)} />
            {problems.length > 0 && (
              <div className="slot-row__messages">
                {problems.map((f, j) => (
                  <p key={j} className={`field__msg field__msg--${f.severity}`}>
                    <Icon name={f.severity === 'error' ? 'error' : 'warning'} size={14} />
                    <span>{t(f.message)}</span>
                  </p>
                ))}
              </div>
            )}
          </div>
        );
      })}
      <Button icon="plus" onClick={() => setField(`${list}[${slots.length}]`, { type: 'MONDAY', begin_hour: 10, begin_minute: 0, end_hour: 22, end_minute: 0 })}>
        {t(editorText.addSlot)}
      </Button>
    </>
  );
}
