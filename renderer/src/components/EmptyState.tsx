import type { ReactNode } from 'react';
import type { Localized } from '../../../common/i18n';
import { useT } from '../i18n';
import { Icon, type IconName } from './Icon';

/** A calm placeholder: what will be here and, when there is one, the first step. */
export function EmptyState({ icon, title, body, children }: { icon: IconName; title: Localized; body: Localized; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="empty-state">
      <div className="empty-state__icon">
        <Icon name={icon} size={28} />
      </div>
      <h2 className="empty-state__title">{t(title)}</h2>
      <p className="empty-state__body">{t(body)}</p>
      {children && <div className="empty-state__actions">{children}</div>}
    </div>
  );
}
