import { localized, type Localized } from '../../../../../common/i18n';
import { err, ok } from '../../../../../common/result';
import { toHalfWidth } from '../../../../../common/units/money';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { useT } from '../../../i18n';
import { editorText } from '../../../i18n/editor-text';
import { useField } from '../editor-context';
import { useParsedText } from './use-parsed-text';

const parseInteger = (text: string) => {
  const clean = toHalfWidth(text).replace(/[,\s]/g, '');
  return /^-?\d+$/.test(clean) ? ok(Number(clean)) : err(editorText.integerOnly(text.trim()));
};

/**
 * A whole-number field (stock, limits, days); the unit comes from the metadata (天 / 张). Fields
 * required only under one validity type are shown only under it, so they are marked required.
 */
export function IntField({ path, label, compact }: { path: string; label?: Localized; compact?: boolean }) {
  const t = useT();
  const field = useField(path);
  const { text, onChange } = useParsedText(field, String, parseInteger);
  const unit = field.meta?.unit === 'days' ? editorText.days : field.meta?.unit === 'count' ? editorText.count : undefined;
  const help = compact ? undefined : field.meta?.help;
  return (
    <FieldShell id={field.id} label={label ?? field.meta?.label ?? localized(path, path)} help={help} dev={compact ? undefined : field.dev} required={field.meta?.required || field.meta?.requiredWhen !== undefined} messages={field.messages}>
      <div className="input-affix input-affix--narrow">
        <input
          id={field.id}
          className={unit ? 'input input--affixed' : 'input'}
          type="text"
          inputMode="numeric"
          value={text}
          aria-invalid={field.messages.some((m) => m.severity === 'error') || undefined}
          aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
          onChange={(e) => onChange(e.target.value)}
        />
        {unit && <span className="input-affix__suffix">{t(unit)}</span>}
      </div>
    </FieldShell>
  );
}
