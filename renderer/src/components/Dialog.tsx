import { Modal } from 'antd';
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
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

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the last control goes to the first, Shift+Tab from the first to the last. antd's own
 * trap only pulls focus back once it has left, and leaving to the page body sends no event it
 * hears, so the wrap is done here where it happens.
 */
function wrapTab(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'Tab') return;
  const stops = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null && !el.hasAttribute('aria-hidden'));
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  }
}

/**
 * A confirmation on antd's Modal: its focus trap covers every control (selects included), Escape or
 * a click on the mask cancels, and focus returns to what had it before. The button marked
 * `data-autofocus` gets focus when it opens.
 */
export function Dialog({ title, icon, tone = 'default', children, actions, onCancel, testId }: DialogProps) {
  const t = useT();
  const id = useId();
  // rc-dialog arms its focus trap when `open` turns true and its wrapper (in a portal) is already
  // there and position: fixed. Mounted open, the portal is not there yet at that moment and the
  // trap never arms: Tab then walked out into the page (issue 11 §6). Opening one frame after
  // mounting arms it.
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setOpen(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  // Callers unmount the dialog to close it, which skips antd's own focus return: do it here.
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // After antd's own open focus (its panel, a frame after mounting), move to the button the caller marked.
    const timer = setTimeout(() => document.querySelector<HTMLElement>(`[data-dialog="${id}"] [data-autofocus]`)?.focus(), 50);
    return () => {
      clearTimeout(timer);
      before?.focus();
    };
  }, [id]);
  return (
    <Modal
      open={open}
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
        <div role="alertdialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} data-testid={testId} data-dialog={id} onKeyDown={wrapTab}>
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
