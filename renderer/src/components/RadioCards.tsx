import { Radio } from 'antd';
import type { ReactNode } from 'react';
import type { Localized } from '../../../common/i18n';
import { useT } from '../i18n';

/** One choice of a {@link RadioCards} group. */
export interface RadioOption<T extends string> {
  value: T;
  label: Localized;
  description?: Localized;
  visual?: ReactNode;
}

/** Props of {@link RadioCards}. */
export interface RadioCardsProps<T extends string> {
  /** Given to the checked option (or the first), so a finding can focus the group. */
  id: string;
  options: readonly RadioOption<T>[];
  value: T | undefined;
  onChange(value: T): void;
  labelledBy: string;
  describedBy?: string;
  /** 'cards' (icon + text tiles) or 'segmented' (a compact bar). */
  variant?: 'cards' | 'segmented';
  columns?: number;
}

/**
 * A radio group on antd's Radio.Group: native radios, so the browser gives the arrow keys and the
 * single tab stop; 'segmented' is antd's button style, 'cards' the same radios laid out as tiles.
 */
export function RadioCards<T extends string>({ id, options, value, onChange, labelledBy, describedBy, variant = 'cards', columns }: RadioCardsProps<T>) {
  const t = useT();
  const focusIndex = Math.max(0, options.findIndex((o) => o.value === value));
  const Item = variant === 'segmented' ? Radio.Button : Radio;
  return (
    <Radio.Group
      name={`${id}-choice`}
      value={value ?? null}
      onChange={(event) => onChange(event.target.value as T)}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={`radio-${variant}`}
      data-columns={columns}
    >
      {options.map((option, i) => (
        <Item key={option.value} value={option.value} id={i === focusIndex ? id : undefined} className={`radio-${variant}__item`} data-value={option.value}>
          {option.visual && <span className="radio-cards__visual">{option.visual}</span>}
          <span className="radio-cards__text">
            <span className="radio-cards__label">{t(option.label)}</span>
            {option.description && <span className="radio-cards__desc">{t(option.description)}</span>}
          </span>
        </Item>
      ))}
    </Radio.Group>
  );
}
