import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { localized, type Localized } from '../../../../../common/i18n';
import { chinaToday, endOfChinaDay, startOfChinaDay, unixToChinaParts } from '../../../../../common/units/china-time';
import { dayjs } from '../../../platform/dayjs';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { useField } from '../editor-context';

/** Props of {@link ChinaDateField}. */
export interface ChinaDateFieldProps {
  path: string;
  /** 'start' stores 00:00:00, 'end' 23:59:59 (§4.3 recommends ending at 23:59:59), China time. */
  edge: 'start' | 'end';
  label?: Localized;
  help?: Localized;
  /** Required under the validity type in effect (end_timestamp is required for a range, optional for days). */
  required?: boolean;
}

/** The typed and shown form: ISO in both languages (the calendar's words follow the UI language, not the OS). */
const DATE_FORMAT = 'YYYY-MM-DD';

/** A calendar date as the picker holds it: a carrier of YYYY-MM-DD, never read as an instant. */
const calendarDay = (date: string): Dayjs => dayjs(date, DATE_FORMAT);

/** Quick picks from today in China: 今天 / 明天 for a start; 30 天后 / 到月底 / 到年底 for an end. */
function presets(edge: 'start' | 'end', t: (text: Localized) => string): { label: string; value: Dayjs }[] {
  const today = calendarDay(chinaToday(Date.now()));
  if (edge === 'start') {
    return [
      { label: t(localized('今天', 'Today')), value: today },
      { label: t(localized('明天', 'Tomorrow')), value: today.add(1, 'day') },
    ];
  }
  return [
    { label: t(localized('30 天后', 'In 30 days')), value: today.add(30, 'day') },
    { label: t(localized('到月底', 'End of this month')), value: today.endOf('month') },
    { label: t(localized('到下月底', 'End of next month')), value: today.add(1, 'month').endOf('month') },
    { label: t(localized('到年底', 'End of this year')), value: today.endOf('year') },
  ];
}

/**
 * antd's DatePicker read as a date in China Standard Time, whatever the computer's zone is
 * (product-landscape.md §2.6, §3.4): the picked YYYY-MM-DD goes through china-time.ts, never
 * through `new Date(…)` in the local zone.
 */
export function ChinaDateField({ path, edge, label, help, required = false }: ChinaDateFieldProps) {
  const t = useT();
  const field = useField(path);
  const seconds = typeof field.value === 'number' && Number.isFinite(field.value) ? field.value : undefined;
  const parts = seconds === undefined ? undefined : unixToChinaParts(seconds);
  const shownHelp = help ?? field.meta?.help;
  const onChange = (date: string) => {
    if (date === '') {
      field.set(undefined);
      return;
    }
    const result = edge === 'start' ? startOfChinaDay(date) : endOfChinaDay(date);
    if (result.ok) {
      field.setIssue(null);
      field.set(result.value);
    } else field.setIssue({ text: date, error: result.error });
  };
  return (
    <FieldShell
      id={field.id}
      label={label ?? field.meta?.label ?? localized(path, path)}
      help={shownHelp}
      dev={field.dev}
      required={required}
      messages={field.messages}
      aside={<span className="tag tag--muted">{t(editorText.beijingTime)}</span>}
    >
      <div className="date-field">
        <DatePicker
          id={field.id}
          className="input--date"
          format={DATE_FORMAT}
          value={parts ? calendarDay(parts.date) : null}
          minDate={calendarDay('2000-01-01')}
          maxDate={calendarDay('2038-01-18')}
          presets={presets(edge, t)}
          status={field.messages.some((m) => m.severity === 'error') ? 'error' : undefined}
          aria-invalid={field.messages.some((m) => m.severity === 'error') || undefined}
          aria-describedby={describedBy(field.id, field.messages.length > 0, shownHelp !== undefined)}
          onChange={(date) => onChange(date ? date.format(DATE_FORMAT) : '')}
        />
        <span className="date-field__time" data-testid="date-time">
          {parts ? `${parts.time}` : t(edge === 'start' ? editorText.startOfDay : editorText.endOfDay)}
        </span>
      </div>
    </FieldShell>
  );
}
