import { utf8ByteLength } from '../../../../../common/text/utf8';
import { localized, type Localized } from '../../../../../common/i18n';
import { ByteCounter } from '../../../components/ByteCounter';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { useT } from '../../../i18n';
import { useField } from '../editor-context';

/** Props of {@link TextField}. */
export interface TextFieldProps {
  /** Full path, e.g. `card.cash.base_info.title`; label, help and byte limit come from FIELDS. */
  path: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: Localized;
  /** Overrides the metadata label (list items: "图文描述"). */
  label?: Localized;
  hideHelp?: boolean;
}

/**
 * A text field with a live UTF-8 byte counter ("25 / 27 字节") and the validator's finding inline.
 * An emptied optional field is removed from the card instead of being sent as "".
 */
export function TextField({ path, multiline, rows = 4, placeholder, label, hideHelp }: TextFieldProps) {
  const t = useT();
  const field = useField(path);
  const meta = field.meta;
  const text = typeof field.value === 'string' ? field.value : field.value === undefined ? '' : JSON.stringify(field.value);
  const limit = meta?.maxBytes;
  const help = hideHelp ? undefined : meta?.help;
  const counterId = `${field.id}-count`;
  const onChange = (next: string) => field.set(next === '' && !meta?.required ? undefined : next);
  const common = {
    id: field.id,
    value: text,
    placeholder: placeholder ? t(placeholder) : undefined,
    'aria-invalid': field.messages.some((m) => m.severity === 'error') || undefined,
    'aria-describedby': describedBy(field.id, field.messages.length > 0, help !== undefined, limit ? counterId : undefined),
    'aria-required': meta?.required || undefined,
    className: multiline ? 'input textarea' : 'input',
  };
  return (
    <FieldShell
      id={field.id}
      label={label ?? meta?.label ?? localized(path, path)}
      help={help}
      dev={hideHelp ? undefined : field.dev}
      required={meta?.required}
      messages={field.messages}
      aside={limit ? <ByteCounter id={counterId} bytes={utf8ByteLength(text)} limit={limit} /> : undefined}
    >
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" spellCheck={false} onChange={(e) => onChange(e.target.value)} />
      )}
    </FieldShell>
  );
}
