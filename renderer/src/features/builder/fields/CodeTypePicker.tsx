import { CODE_TYPES, type CodeType } from '../../../../../common/coupon/enums';
import { localized } from '../../../../../common/i18n';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { Icon, type IconName } from '../../../components/Icon';
import { RadioCards, type RadioOption } from '../../../components/RadioCards';
import { editorText } from '../../../i18n/editor-text';
import { useField } from '../editor-context';

const VISUAL: Readonly<Record<CodeType, IconName>> = {
  CODE_TYPE_TEXT: 'textCode',
  CODE_TYPE_BARCODE: 'barcode',
  CODE_TYPE_QRCODE: 'qrcode',
  CODE_TYPE_ONLY_QRCODE: 'qrcode',
  CODE_TYPE_ONLY_BARCODE: 'barcode',
  CODE_TYPE_NONE: 'noCode',
};

const OPTIONS: readonly RadioOption<CodeType>[] = CODE_TYPES.map((c) => ({
  value: c.value,
  label: c.label,
  description: editorText.codeHow[c.value],
  visual: <Icon name={VISUAL[c.value]} size={22} />,
}));

/** code_type as six visual choices. */
export function CodeTypePicker({ path }: { path: string }) {
  const field = useField(path);
  const value = typeof field.value === 'string' ? (field.value as CodeType) : undefined;
  const help = field.meta?.help;
  return (
    <FieldShell id={field.id} label={field.meta?.label ?? localized('销券方式', 'Code type')} help={help} dev={field.dev} required messages={field.messages}>
      <RadioCards
        id={field.id}
        options={OPTIONS}
        value={value}
        onChange={(next) => field.set(next)}
        labelledBy={`${field.id}-label`}
        describedBy={describedBy(field.id, field.messages.length > 0, help !== undefined)}
        columns={3}
      />
    </FieldShell>
  );
}
