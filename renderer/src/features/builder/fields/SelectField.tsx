import type { EnumOption } from '../../../../../common/coupon/enums';
import { localized, type Localized } from '../../../../../common/i18n';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { useField } from '../editor-context';

/** An enum field as a native select; the empty choice removes the key. */
export function SelectField({ path, options, label, allowEmpty = true }: { path: string; options: readonly EnumOption[]; label?: Localized; allowEmpty?: boolean }) {
  const t = useT();
  const field = useField(path);
  const value = typeof field.value === 'string' ? field.value : '';
  const help = field.meta?.help;
  const known = options.some((o) => o.value === value);
  return (
    <FieldShell id={field.id} label={label ?? field.meta?.label ?? localized(path, path)} help={help} dev={field.dev} messages={field.messages}>
      <select
        id={field.id}
        className="input select"
        value={value}
        aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
        onChange={(e) => field.set(e.target.value === '' ? undefined : e.target.value)}
      >
        {allowEmpty && <option value="">{t(editorText.notSet)}</option>}
        {!known && value !== '' && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {t(o.label)}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
