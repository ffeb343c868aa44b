import type { ReactNode } from 'react';
import { localized, type Localized } from '../../../../../common/i18n';
import type { Result } from '../../../../../common/result';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { useT } from '../../../i18n';
import { useField } from '../editor-context';
import { useParsedText } from './use-parsed-text';

/** Props of {@link UnitField}. */
export interface UnitFieldProps {
  path: string;
  /** The stored number as the merchant types it (分 → "9.9", 25 → "7.5"). */
  format(stored: number): string;
  /** The merchant's text back to the stored number, or why it cannot be. */
  parse(text: string): Result<number, Localized>;
  prefix?: string;
  suffix: Localized;
  placeholder: string;
  /** What the stored value means, beside the label (shown only while the text parses). */
  meaning?(stored: number): ReactNode;
}

/**
 * A number typed in the merchant's unit and stored in Weixin's (元 → 分, 折 → percent off): the text
 * is kept as typed while it does not parse, with the parser's message, and the card keeps its last
 * good value (product-landscape.md §3.2, §3.3).
 */
export function UnitField({ path, format, parse, prefix, suffix, placeholder, meaning }: UnitFieldProps) {
  const t = useT();
  const field = useField(path);
  const { text, onChange } = useParsedText(field, format, parse);
  const help = field.meta?.help;
  const stored = typeof field.value === 'number' ? field.value : undefined;
  return (
    <FieldShell
      id={field.id}
      label={field.meta?.label ?? localized(path, path)}
      help={help}
      dev={field.dev}
      required={field.meta?.required}
      messages={field.messages}
      aside={stored !== undefined && !field.issue && meaning ? meaning(stored) : undefined}
    >
      <div className="input-affix">
        {prefix && (
          <span className="input-affix__prefix" aria-hidden="true">
            {prefix}
          </span>
        )}
        <input
          id={field.id}
          className="input input--affixed"
          type="text"
          inputMode="decimal"
          value={text}
          placeholder={placeholder}
          aria-invalid={field.messages.some((m) => m.severity === 'error') || undefined}
          aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="input-affix__suffix">{t(suffix)}</span>
      </div>
    </FieldShell>
  );
}
