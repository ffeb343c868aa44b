import { Select } from 'antd';
import type { EnumOption } from '../../../../../common/coupon/enums';
import { localized, type Localized } from '../../../../../common/i18n';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { useField } from '../editor-context';

/** An enum field as an antd Select; clearing it removes the key. */
export function SelectField({ path, options, label, allowEmpty = true }: { path: string; options: readonly EnumOption[]; label?: Localized; allowEmpty?: boolean }) {
  const t = useT();
  const field = useField(path);
  const value = typeof field.value === 'string' ? field.value : '';
  const help = field.meta?.help;
  const known = options.some((o) => o.value === value);
  return (
    <FieldShell id={field.id} label={label ?? field.meta?.label ?? localized(path, path)} help={help} dev={field.dev} messages={field.messages}>
      <Select
        id={field.id}
        value={value === '' ? undefined : value}
        allowClear={allowEmpty}
        placeholder={t(editorText.notSet)}
        aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
        onChange={(next: string | undefined) => field.set(next === undefined || next === '' ? undefined : next)}
        options={[...(!known && value !== '' ? [{ value, label: value }] : []), ...options.map((o) => ({ value: o.value, label: t(o.label) }))]}
      />
    </FieldShell>
  );
}
