import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
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

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal confirmation (WAI-ARIA alertdialog): focus moves in and stays (Tab cycles), Escape or a
 * click outside cancels, and focus returns to what had it before.
 */
export function Dialog({ title, icon, tone = 'default', children, actions, onCancel, testId }: DialogProps) {
  const t = useT();
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = box.current?.querySelector<HTMLElement>('[data-autofocus]') ?? box.current?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => before?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const items = [...(box.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = event.shiftKey ? (at <= 0 ? items.length - 1 : at - 1) : at === items.length - 1 ? 0 : at + 1;
    event.preventDefault();
    items[next]?.focus();
  };
  return (
    <div className="dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onCancel()}>
      <div
        ref={box}
        className={`dialog dialog--${tone}`}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
        data-testid={testId}
      >
        <header className="dialog__head">
          {icon && (
            <span className="dialog__icon">
              <Icon name={icon} size={18} />
            </span>
          )}
          <h2 className="dialog__title" id={`${id}-title`}>
            {t(title)}
          </h2>
        </header>
        <div className="dialog__body" id={`${id}-body`}>
          {children}
        </div>
        <footer className="dialog__actions">{actions}</footer>
      </div>
    </div>
  );
}
