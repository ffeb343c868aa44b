import { localized } from '../../../../../common/i18n';
import { fenToYuanString, parseYuan } from '../../../../../common/units/money';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { useField } from '../editor-context';
import { useParsedText } from './use-parsed-text';

/**
 * An amount typed in 元 and stored in 分 (`least_cost` / `reduce_cost` "单位为分", product-landscape.md
 * §3.2): "9.9" → 990, exact, never rounded; a third decimal is refused with parseYuan's message.
 */
export function MoneyField({ path }: { path: string }) {
  const t = useT();
  const field = useField(path);
  const { text, onChange } = useParsedText(field, fenToYuanString, parseYuan);
  const help = field.meta?.help;
  const fen = typeof field.value === 'number' ? field.value : undefined;
  return (
    <FieldShell
      id={field.id}
      label={field.meta?.label ?? localized(path, path)}
      help={help}
      required={field.meta?.required}
      messages={field.messages}
      aside={fen !== undefined && !field.issue ? <span className="field__aside">{t(editorText.fenEquals(fen))}</span> : undefined}
    >
      <div className="input-affix">
        <span className="input-affix__prefix" aria-hidden="true">¥</span>
        <input
          id={field.id}
          className="input input--affixed"
          type="text"
          inputMode="decimal"
          value={text}
          placeholder="0.00"
          aria-invalid={field.messages.some((m) => m.severity === 'error') || undefined}
          aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="input-affix__suffix">{t(editorText.yuan)}</span>
      </div>
    </FieldShell>
  );
}
