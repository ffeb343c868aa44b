import { localized } from '../../../../../common/i18n';
import { plainDecimal } from '../../../../../common/units/money';
import { formatZheChinese, parseZhe, percentOffToZhe } from '../../../../../common/units/discount';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { useField } from '../editor-context';
import { useParsedText } from './use-parsed-text';

const zheText = (percentOff: number): string => plainDecimal(percentOffToZhe(percentOff));

/**
 * A discount typed in 折 ("7.5", "七五折") and stored as Weixin's percent off (25): "填30就是七折"
 * (product-landscape.md §3.3).
 */
export function DiscountField({ path }: { path: string }) {
  const t = useT();
  const field = useField(path);
  const { text, onChange } = useParsedText(field, zheText, parseZhe);
  const help = field.meta?.help;
  const value = typeof field.value === 'number' ? field.value : undefined;
  return (
    <FieldShell
      id={field.id}
      label={field.meta?.label ?? localized(path, path)}
      help={help}
      required={field.meta?.required}
      messages={field.messages}
      aside={
        value !== undefined && !field.issue ? (
          <span className="field__aside" data-testid="discount-meaning">
            {t(editorText.zheMeaning(formatZheChinese(value), value))}
          </span>
        ) : undefined
      }
    >
      <div className="input-affix">
        <input
          id={field.id}
          className="input input--affixed"
          type="text"
          inputMode="decimal"
          value={text}
          placeholder="7.5"
          aria-invalid={field.messages.some((m) => m.severity === 'error') || undefined}
          aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="input-affix__suffix">{t(editorText.zhe)}</span>
      </div>
    </FieldShell>
  );
}
