import { Radio } from 'antd';
import { COUPON_COLORS, type CouponColorName } from '../../../../../common/coupon/colors';
import { localized } from '../../../../../common/i18n';
import { FieldShell, describedBy } from '../../../components/FieldShell';
import { Icon } from '../../../components/Icon';
import { useT } from '../../../i18n';
import { useField } from '../editor-context';

const NAMES: readonly CouponColorName[] = COUPON_COLORS.map((c) => c.name);

/**
 * Weixin's 14 background colours as a swatch grid (creation guide §2.5; wechat-card-api.md §4.5):
 * nothing else can be picked, the value stored is the ColorNNN name. Native radios (antd Radio):
 * one tab stop, arrows move and select.
 */
export function ColorPicker({ path }: { path: string }) {
  const t = useT();
  const field = useField(path);
  const value = typeof field.value === 'string' ? field.value : undefined;
  const set = (name: CouponColorName) => field.set(name);
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
      <Radio.Group
        name={`${field.id}-colour`}
        className="swatches"
        value={value ?? null}
        onChange={(event) => set(event.target.value as CouponColorName)}
        aria-labelledby={`${field.id}-label`}
        aria-describedby={describedBy(field.id, field.messages.length > 0, help !== undefined)}
        data-testid="color-picker"
      >
        {COUPON_COLORS.map((color, i) => (
          <Radio
            key={color.name}
            value={color.name}
            aria-label={`${t(color.label)} ${color.name}`}
            title={`${t(color.label)} · ${color.name} · ${color.hex}`}
            id={i === focusIndex ? field.id : undefined}
            className="swatch"
            data-color={color.name}
          >
            <span className="swatch__fill" style={{ backgroundColor: color.hex }}>
              {color.name === value && <Icon name="check" size={16} />}
            </span>
            <span className="swatch__name">{t(color.label)}</span>
          </Radio>
        ))}
      </Radio.Group>
    </FieldShell>
  );
}
