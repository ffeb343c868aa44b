import type { KeyboardEvent } from 'react';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { frameText } from '../../i18n/frame-text';
import type { ScreenDef } from './screens';

/** The left navigation rail; Up/Down move between entries, the current one is aria-current. */
export function NavRail({ screens, current, onSelect }: { screens: readonly ScreenDef[]; current: string; onSelect(id: string): void }) {
  const t = useT();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const items = [...(event.currentTarget.closest('nav')?.querySelectorAll<HTMLButtonElement>('.rail__item') ?? [])];
    const at = items.indexOf(event.currentTarget);
    items[(at + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
  };
  return (
    <nav className="rail" aria-label={t(frameText.navLabel)}>
      {screens.map((screen) => (
        <button
          key={screen.id}
          type="button"
          className={screen.id === current ? 'rail__item rail__item--current' : 'rail__item'}
          aria-current={screen.id === current ? 'page' : undefined}
          onClick={() => onSelect(screen.id)}
          onKeyDown={onKeyDown}
          data-testid={`nav-${screen.id}`}
        >
          <Icon name={screen.icon} size={20} />
          <span className="rail__label">{t(screen.label)}</span>
        </button>
      ))}
    </nav>
  );
}
