import { localized, type Localized } from '../../../../../common/i18n';
import { endOfChinaDay, startOfChinaDay, unixToChinaParts } from '../../../../../common/units/china-time';
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

/**
 * A native date picker read as a date in China Standard Time, whatever the computer's zone is
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
        <input
          id={field.id}
          className="input input--date"
          type="date"
          value={parts?.date ?? ''}
          min="2000-01-01"
          max="2038-01-18"
          aria-invalid={field.messages.some((m) => m.severity === 'error') || undefined}
          aria-describedby={describedBy(field.id, field.messages.length > 0, shownHelp !== undefined)}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="date-field__time" data-testid="date-time">
          {parts ? `${parts.time}` : t(edge === 'start' ? editorText.startOfDay : editorText.endOfDay)}
        </span>
      </div>
    </FieldShell>
  );
}
