import { Switch as AntSwitch } from 'antd';

/** Props of {@link Switch}. */
export interface SwitchProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  /**
   * Waiting for main: the switch ignores clicks but stays enabled and focused. Disabling it (or
   * antd's `loading`, which disables) would drop focus to the page after each toggle (issue 11, problem 14).
   */
  busy?: boolean;
  'aria-describedby'?: string;
  'aria-labelledby'?: string;
}

/** antd's Switch (role="switch"); label it with `<label htmlFor={id}>` or aria-labelledby. */
export function Switch({ id, checked, onChange, disabled, busy, ...aria }: SwitchProps) {
  return (
    <AntSwitch
      id={id}
      checked={checked}
      disabled={disabled}
      className={busy ? 'switch--busy' : undefined}
      aria-busy={busy || undefined}
      onChange={(next) => {
        if (!busy) onChange(next);
      }}
      {...aria}
    />
  );
}
