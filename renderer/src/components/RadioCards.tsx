import type { ReactNode } from 'react';
import type { Localized } from '../../../common/i18n';
import { useT } from '../i18n';
import { useRovingRadio } from './use-roving-radio';

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

/** A visual radio group with roving focus. */
export function RadioCards<T extends string>({ id, options, value, onChange, labelledBy, describedBy, variant = 'cards', columns }: RadioCardsProps<T>) {
  const t = useT();
  const values = options.map((o) => o.value);
  const onKeyDown = useRovingRadio(values, value, onChange);
  const focusIndex = Math.max(0, values.findIndex((v) => v === value));
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={`radio-${variant}`}
      data-columns={columns}
    >
      {options.map((option, i) => {
        const checked = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            role="radio"
            id={i === focusIndex ? id : undefined}
            aria-checked={checked}
            tabIndex={i === focusIndex ? 0 : -1}
            className={`radio-${variant}__item`}
            onClick={() => onChange(option.value)}
            onKeyDown={onKeyDown}
            data-value={option.value}
          >
            {option.visual && <span className="radio-cards__visual">{option.visual}</span>}
            <span className="radio-cards__text">
              <span className="radio-cards__label">{t(option.label)}</span>
              {option.description && <span className="radio-cards__desc">{t(option.description)}</span>}
            </span>
          </button>
        );
      })}
    </div>
  );
}
