import { COUPON_COLORS, type CouponColorName } from '../../../../../common/coupon/colors';
import { localized } from '../../../../../common/i18n';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { Icon } from '../../../components/Icon';
import { useRovingRadio } from '../../../components/use-roving-radio';
import { useT } from '../../../i18n';
import { useField } from '../editor-context';

const NAMES: readonly CouponColorName[] = COUPON_COLORS.map((c) => c.name);
const COLUMNS = 7;

/**
 * Weixin's 14 background colours as a swatch grid (creation guide §2.5; wechat-card-api.md §4.5):
 * nothing else can be picked, the value stored is the ColorNNN name, arrows move across the grid.
 */
export function ColorPicker({ path }: { path: string }) {
  const t = useT();
  const field = useField(path);
  const value = typeof field.value === 'string' ? field.value : undefined;
  const set = (name: CouponColorName) => field.set(name);
  const onKeyDown = useRovingRadio(NAMES, value as CouponColorName | undefined, set, COLUMNS);
  const focusIndex = Math.max(0, NAMES.findIndex((n) => n === value));
  const help = field.meta?.help;
  const selected = COUPON_COLORS.find((c) => c.name === value);
  return (
    <FieldShell
      id={field.id}
      label={field.meta?.label ?? localized('卡券颜色', 'Card colour')}
      help={help}
      dev={field.dev}
      required
      messages={field.messages}
      aside={selected ? <span className="field__aside">{`${t(selected.label)} · ${selected.hex}`}</span> : undefined}
    >
      <div
        role="radiogroup"
        className="swatches"
        aria-labelledby={`${field.id}-label`}
        aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
        data-testid="color-picker"
      >
        {COUPON_COLORS.map((color, i) => {
          const checked = color.name === value;
          return (
            <button
              key={color.name}
              type="button"
              role="radio"
              aria-checked={checked}
              aria-label={`${t(color.label)} ${color.name}`}
              title={`${t(color.label)} · ${color.name} · ${color.hex}`}
              id={i === focusIndex ? field.id : undefined}
              tabIndex={i === focusIndex ? 0 : -1}
              className="swatch"
              data-color={color.name}
              onClick={() => set(color.name)}
              onKeyDown={onKeyDown}
            >
              <span className="swatch__fill" style={{ backgroundColor: color.hex }}>
                {checked && <Icon name="check" size={16} />}
              </span>
              <span className="swatch__name">{t(color.label)}</span>
            </button>
          );
        })}
      </div>
    </FieldShell>
  );
}
