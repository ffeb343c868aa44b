import { Select, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
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
import { dayjs } from '../../../platform/dayjs';
import { useAppStore } from '../../../stores/app-store';
import { useBuilderStore } from '../../../stores/builder-store';
import { useEditor } from '../editor-context';

type Slot = Record<string, unknown>;
const isIn = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;

/**
 * A slot's hour and minute as a picker value. They are China wall-clock numbers (§4.6) and are
 * read back as the same numbers: a zone-less dayjs, so the computer's zone never shifts them. Out
 * of range (a typed JSON) shows empty, and the finding under the row says why.
 */
function timeOf(hour: unknown, minute: unknown): Dayjs | null {
  const m = minute === undefined ? 0 : minute;
  return isIn(hour, 23) && isIn(m, 59) ? dayjs().hour(hour).minute(m).second(0).millisecond(0) : null;
}

/** Sets `<edge>_hour` / `<edge>_minute` from the picked time, or removes both when cleared. */
function withTime(slot: Slot, edge: 'begin' | 'end', value: Dayjs | null): Slot {
  const next = { ...slot };
  if (value) {
    next[`${edge}_hour`] = value.hour();
    next[`${edge}_minute`] = value.minute();
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
  const locale = useAppStore((s) => s.locale);
  // The time format follows the UI language, not the computer's settings.
  const timeFormat = locale === 'zh-CN' ? 'HH:mm' : 'h:mm A';
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
            <Select
              id={typeId}
              className="slot-row__day"
              aria-label={t(fieldMeta('advanced_info.time_limit[].type')?.label ?? localized('限制类型', 'Day'))}
              value={typeof slot.type === 'string' ? slot.type : undefined}
              placeholder={t(editorText.selectPlaceholder)}
              onChange={(next: string) => setField(`${at}.type`, next)}
              options={TIME_LIMIT_TYPES.map((d) => ({ value: d.value, label: t(d.label) }))}
              popupMatchSelectWidth={false}
            />
            <label className="slot-row__time">
              <span>{t(editorText.slotFrom)}</span>
              <TimePicker
                id={fieldDomId(`${at}.begin_hour`)}
                format={timeFormat}
                use12Hours={locale !== 'zh-CN'}
                needConfirm={false}
                value={timeOf(slot.begin_hour, slot.begin_minute)}
                onChange={(value) => setField(at, withTime(slot, 'begin', value))}
              />
            </label>
            <label className="slot-row__time">
              <span>{t(editorText.slotTo)}</span>
              <TimePicker
                id={fieldDomId(`${at}.end_hour`)}
                format={timeFormat}
                use12Hours={locale !== 'zh-CN'}
                needConfirm={false}
                value={timeOf(slot.end_hour, slot.end_minute)}
                onChange={(value) => setField(at, withTime(slot, 'end', value))}
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
