import { localized, type Localized } from '../../../../../common/i18n';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { Switch } from '../../../components/Switch';
import { useField } from '../editor-context';

/** A boolean of the card as a switch; `fallback` is what Weixin assumes when the key is absent. */
export function BoolField({ path, fallback = false, label }: { path: string; fallback?: boolean; label?: Localized }) {
  const field = useField(path);
  const checked = typeof field.value === 'boolean' ? field.value : fallback;
  const help = field.meta?.help;
  return (
    <FieldShell id={field.id} label={label ?? field.meta?.label ?? localized(path, path)} help={help} dev={field.dev} messages={field.messages} inline>
      <Switch
        id={field.id}
        checked={checked}
        onChange={(next) => field.set(next)}
        aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
      />
    </FieldShell>
  );
}
