import { Switch as AntSwitch } from 'antd';

/** Props of {@link Switch}. */
export interface SwitchProps {
  id: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-labelledby'?: string;
}

/** antd's Switch (role="switch"); label it with `<label htmlFor={id}>` or aria-labelledby. */
export function Switch({ id, checked, onChange, disabled, ...aria }: SwitchProps) {
  return <AntSwitch id={id} checked={checked} disabled={disabled} onChange={(next) => onChange(next)} {...aria} />;
}
