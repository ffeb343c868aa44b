import { localized } from '../../../../../common/i18n';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { Switch } from '../../../components/Switch';
import { useField } from '../editor-context';
import { withSupply } from './member-rules';
import { m, useMemberCard } from './use-member-card';

/** 积分 / 储值 as a switch; off also removes the fields only that feature uses ({@link withSupply}). */
export function SupplySwitch({ which }: { which: 'bonus' | 'balance' }) {
  const key = which === 'bonus' ? 'supply_bonus' : 'supply_balance';
  const field = useField(m(key));
  const { card, replace } = useMemberCard();
  const help = field.meta?.help;
  return (
    <FieldShell id={field.id} label={field.meta?.label ?? localized(key, key)} help={help} dev={field.dev} messages={field.messages} inline>
      <Switch
        id={field.id}
        checked={card[key] === true}
        onChange={(on) => replace(withSupply(card, which, on))}
        aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
      />
    </FieldShell>
  );
}
