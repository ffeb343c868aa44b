import { builderText } from '../i18n/builder-text';
import { useT } from '../i18n';
import { Icon } from './Icon';

/** ✓ / N 个错误 / N 个提醒: the state of one draft at a glance. */
export function StatusChip({ errors, warnings }: { errors: number; warnings: number }) {
  const t = useT();
  if (errors > 0) {
    return (
      <span className="chip chip--error" data-testid="status-chip" data-state="error">
        {t(builderText.errors(errors))}
      </span>
    );
  }
  if (warnings > 0) {
    return (
      <span className="chip chip--warning" data-testid="status-chip" data-state="warning">
        {t(builderText.warnings(warnings))}
      </span>
    );
  }
  return (
    <span className="chip chip--ok" data-testid="status-chip" data-state="ok" title={t(builderText.ok)}>
      <Icon name="check" size={12} />
      <span className="visually-hidden">{t(builderText.ok)}</span>
    </span>
  );
}
