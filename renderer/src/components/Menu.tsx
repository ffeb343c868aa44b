import { Dropdown, type MenuProps as AntMenuProps } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
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
  /** Starts a titled group here ("最近的批次"); the items after it belong to it until the next. */
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

type AntItems = NonNullable<AntMenuProps['items']>;
type AntItem = AntItems[number];

/** Our items as antd's: titled groups, hints under labels, radio items with their tick. */
function antItems(items: readonly MenuItem[], t: ReturnType<typeof useT>): AntItems {
  const out: AntItems = [];
  let group: AntItem[] | null = null;
  for (const item of items) {
    const entry = {
      key: item.key,
      disabled: item.disabled,
      icon: item.visual ?? (item.icon && <Icon name={item.icon} />),
      label: (
        <span className="menu__text">
          <span className="menu__label">{t(item.label)}</span>
          {item.hint && <span className="menu__hint">{t(item.hint)}</span>}
        </span>
      ),
      extra: item.checked ? <Icon name="check" size={14} className="menu__tick" /> : undefined,
      // Passed on to the <li>: a choice among several is a menuitemradio; tests and styles find items by key.
      role: item.checked === undefined ? 'menuitem' : 'menuitemradio',
      'aria-checked': item.checked,
      'data-key': item.key,
    } as AntItem;
    if (item.group) {
      group = [];
      out.push({ type: 'group', key: `${item.key}-group`, label: t(item.group), children: group });
    }
    (group ?? out).push(entry);
  }
  return out;
}

/**
 * A menu button on antd's Dropdown (arrows move, Enter picks, Escape closes and returns focus). The
 * items keep our Localized model, so callers stay short; antd draws and traps the popup.
 */
export function Menu({ label, icon, items, variant = 'secondary', iconOnly, align = 'start', up, onOpen, testId, trigger, popupClassName }: MenuProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const byKey = new Map(items.map((item) => [item.key, item]));
  const placement = `${up ? 'top' : 'bottom'}${align === 'end' ? 'Right' : 'Left'}` as const;
  return (
    <Dropdown
      open={open}
      onOpenChange={(next) => {
        if (next && !open) onOpen?.();
        setOpen(next);
      }}
      trigger={['click']}
      placement={placement}
      autoFocus
      destroyOnHidden
      classNames={{ root: popupClassName ? `menu-popup ${popupClassName}` : 'menu-popup' }}
      menu={{
        items: antItems(items, t),
        'aria-label': t(label),
        onClick: ({ key }) => {
          setOpen(false);
          // Back on the button first; what the item opens (a dialog) then takes focus from there.
          triggerRef.current?.focus();
          byKey.get(key)?.onSelect();
        },
      }}
    >
      <button
        ref={triggerRef}
        type="button"
        className={trigger ? trigger.className : `btn btn--${variant} btn--md${iconOnly ? ' btn--icon' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={iconOnly || trigger ? t(label) : undefined}
        title={trigger ? trigger.title : iconOnly ? t(label) : undefined}
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
    </Dropdown>
  );
}
