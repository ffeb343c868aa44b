import { Modal } from 'antd';
import { useEffect, useId, type ReactNode } from 'react';
import type { Localized } from '../../../common/i18n';
import { useT } from '../i18n';
import { Icon, type IconName } from './Icon';

/** Props of {@link Dialog}. */
export interface DialogProps {
  title: Localized;
  icon?: IconName;
  tone?: 'default' | 'danger';
  children: ReactNode;
  /** The buttons; the first one marked `data-autofocus` gets focus (else the first button). */
  actions: ReactNode;
  onCancel(): void;
  testId?: string;
}

/**
 * A confirmation on antd's Modal: its focus trap covers every control (selects included), Escape or
 * a click on the mask cancels, and focus returns to what had it before. The button marked
 * `data-autofocus` gets focus when it opens.
 */
export function Dialog({ title, icon, tone = 'default', children, actions, onCancel, testId }: DialogProps) {
  const t = useT();
  const id = useId();
  // Callers unmount the dialog to close it, which skips antd's own focus return: do it here.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // After antd's own open focus (its panel), move to the button the caller marked.
    const timer = setTimeout(() => document.querySelector<HTMLElement>(`[data-dialog="${id}"] [data-autofocus]`)?.focus(), 0);
    return () => {
      clearTimeout(timer);
      before?.focus();
    };
  }, [id]);
  return (
    <Modal
      open
      centered
      width={520}
      className={`dialog dialog--${tone}`}
      title={
        <span className="dialog__head" id={`${id}-title`}>
          {icon && (
            <span className="dialog__icon">
              <Icon name={icon} size={18} />
            </span>
          )}
          <span className="dialog__title">{t(title)}</span>
        </span>
      }
      footer={<div className="dialog__actions">{actions}</div>}
      onCancel={onCancel}
      modalRender={(node) => (
        <div role="alertdialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} data-testid={testId} data-dialog={id}>
          {node}
        </div>
      )}
      destroyOnHidden
    >
      <div className="dialog__body" id={`${id}-body`}>
        {children}
      </div>
    </Modal>
  );
}
