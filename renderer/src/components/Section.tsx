import type { ReactNode } from 'react';
import type { Localized } from '../../../common/i18n';
import { useT } from '../i18n';
import { builderText } from '../i18n/builder-text';
import { Icon } from './Icon';

/** Props of {@link Section}. */
export interface SectionProps {
  id: string;
  title: Localized;
  /** A short line under the title (what the section is for). */
  subtitle?: Localized;
  open: boolean;
  onToggle(): void;
  errors?: number;
  warnings?: number;
  children: ReactNode;
}

/** A collapsible form section; its heading shows how many problems it holds, so closed ones are not silent. */
export function Section({ id, title, subtitle, open, onToggle, errors = 0, warnings = 0, children }: SectionProps) {
  const t = useT();
  return (
    <section className={open ? 'section section--open' : 'section'} aria-labelledby={`${id}-head`} data-section={id}>
      <h3 className="section__heading">
        <button type="button" className="section__toggle" id={`${id}-head`} aria-expanded={open} aria-controls={open ? `${id}-body` : undefined} onClick={onToggle}>
          <Icon name={open ? 'chevronDown' : 'chevronRight'} className="section__chevron" />
          <span className="section__title">{t(title)}</span>
          {subtitle && <span className="section__subtitle">{t(subtitle)}</span>}
          <span className="section__badges">
            {errors > 0 && (
              <span className="count count--error" title={t(builderText.errors(errors))}>
                {errors}
              </span>
            )}
            {warnings > 0 && (
              <span className="count count--warning" title={t(builderText.warnings(warnings))}>
                {warnings}
              </span>
            )}
          </span>
        </button>
      </h3>
      {open && (
        <div className="section__body" id={`${id}-body`}>
          {children}
        </div>
      )}
    </section>
  );
}
