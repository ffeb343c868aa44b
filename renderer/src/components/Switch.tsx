/** Props of {@link Switch}. */
export interface SwitchProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-labelledby'?: string;
}

/** An on/off switch (role="switch"); label it with `<label htmlFor={id}>` or aria-labelledby. */
export function Switch({ id, checked, onChange, disabled, ...aria }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      className="switch"
      aria-checked={checked}
      disabled={disabled}
      onClick={() => onChange(!checked)}
      {...aria}
    >
      <span className="switch__thumb" />
    </button>
  );
}
