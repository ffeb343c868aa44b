import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Localized } from '../../../common/i18n';
import { useT } from '../i18n';
import { Icon, type IconName } from './Icon';

/** One entry of a {@link Menu}. */
export interface MenuItem {
  key: string;
  label: Localized;
  hint?: Localized;
  icon?: IconName;
  visual?: ReactNode;
  disabled?: boolean;
  /** A heading printed above this item (groups such as "最近的批次"). */
  group?: Localized;
  /** Makes the item a menuitemradio: the current choice among its group (shown with a tick). */
  checked?: boolean;
  onSelect(): void;
}

/** Props of {@link Menu}. */
export interface MenuProps {
  label: Localized;
  icon?: IconName;
  items: readonly MenuItem[];
  variant?: 'primary' | 'secondary' | 'ghost';
  /** Show only the icon (the label becomes the accessible name). */
  iconOnly?: boolean;
  align?: 'start' | 'end';
  /** Open above the button (menus at the bottom of a pane). */
  up?: boolean;
  /** Called when the menu opens (to fetch fresh items). */
  onOpen?(): void;
  testId?: string;
  /** A custom trigger (the top bar's account pill): its class and content replace the button's. */
  trigger?: { className: string; content: ReactNode; title?: string };
  /** A class for the popup (wider menus). */
  popupClassName?: string;
}

const ITEMS = '[role^="menuitem"]:not([disabled])';
const CHECKED_ITEM = '[role="menuitemradio"][aria-checked="true"]';

/** A menu button (WAI-ARIA menu pattern): arrows move, Enter picks, Escape closes and returns focus. */
export function Menu({ label, icon, items, variant = 'secondary', iconOnly, align = 'start', up, onOpen, testId, trigger, popupClassName }: MenuProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const entries = root.current?.querySelectorAll<HTMLElement>(ITEMS);
    (root.current?.querySelector<HTMLElement>(`${CHECKED_ITEM}:not([disabled])`) ?? entries?.[0])?.focus();
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(root.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number | undefined> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: entries.length - 1 };
    if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') triggerRef.current?.focus();
      return;
    }
    const target = move[event.key];
    if (target === undefined) return;
    event.preventDefault();
    entries[(target + entries.length) % entries.length]?.focus();
  };

  return (
    <div className={`menu menu--${align}${up ? ' menu--up' : ''}`} ref={root}>
      <button
        ref={triggerRef}
        type="button"
        className={trigger ? trigger.className : `btn btn--${variant} btn--md${iconOnly ? ' btn--icon' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={iconOnly || trigger ? t(label) : undefined}
        title={trigger ? trigger.title : iconOnly ? t(label) : undefined}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
        data-testid={testId}
      >
        {trigger ? (
          trigger.content
        ) : (
          <>
            {icon && <Icon name={icon} />}
            {!iconOnly && <span className="btn__label">{t(label)}</span>}
            {!iconOnly && <Icon name="chevronDown" size={14} className="btn__caret" />}
          </>
        )}
      </button>
      {open && (
        <div className={popupClassName ? `menu__popup ${popupClassName}` : 'menu__popup'} role="menu" id={menuId} aria-label={t(label)} onKeyDown={onKeyDown}>
          {items.map((item) => [
            item.group && (
              <p key={`${item.key}-group`} className="menu__group" role="presentation">
                {t(item.group)}
              </p>
            ),
            <button
              key={item.key}
              type="button"
              role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={item.checked}
              className="menu__item"
              disabled={item.disabled}
              data-key={item.key}
              onClick={() => {
                setOpen(false);
                triggerRef.current?.focus();
                item.onSelect();
              }}
            >
              {item.visual ?? (item.icon && <Icon name={item.icon} />)}
              <span className="menu__text">
                <span className="menu__label">{t(item.label)}</span>
                {item.hint && <span className="menu__hint">{t(item.hint)}</span>}
              </span>
              {item.checked && <Icon name="check" size={14} className="menu__tick" />}
            </button>,
          ])}
        </div>
      )}
    </div>
  );
}
