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
}

/** A menu button (WAI-ARIA menu pattern): arrows move, Enter picks, Escape closes and returns focus. */
export function Menu({ label, icon, items, variant = 'secondary', iconOnly, align = 'start', up, onOpen, testId }: MenuProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const entries = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const move: Record<string, number | undefined> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: entries.length - 1 };
    if (event.key === 'Escape' || event.key === 'Tab') {
      setOpen(false);
      if (event.key === 'Escape') trigger.current?.focus();
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
        ref={trigger}
        type="button"
        className={`btn btn--${variant} btn--md${iconOnly ? ' btn--icon' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={iconOnly ? t(label) : undefined}
        title={iconOnly ? t(label) : undefined}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
        data-testid={testId}
      >
        {icon && <Icon name={icon} />}
        {!iconOnly && <span className="btn__label">{t(label)}</span>}
        {!iconOnly && <Icon name="chevronDown" size={14} className="btn__caret" />}
      </button>
      {open && (
        <div className="menu__popup" role="menu" id={menuId} aria-label={t(label)} onKeyDown={onKeyDown}>
          {items.map((item) => [
            item.group && (
              <p key={`${item.key}-group`} className="menu__group" role="presentation">
                {t(item.group)}
              </p>
            ),
            <button
              key={item.key}
              type="button"
              role="menuitem"
              className="menu__item"
              disabled={item.disabled}
              data-key={item.key}
              onClick={() => {
                setOpen(false);
                trigger.current?.focus();
                item.onSelect();
              }}
            >
              {item.visual ?? (item.icon && <Icon name={item.icon} />)}
              <span className="menu__text">
                <span className="menu__label">{t(item.label)}</span>
                {item.hint && <span className="menu__hint">{t(item.hint)}</span>}
              </span>
            </button>,
          ])}
        </div>
      )}
    </div>
  );
}
