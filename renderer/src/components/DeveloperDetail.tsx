import type { Localized } from '../../../common/i18n';
import { useT } from '../i18n';
import { developerText } from '../i18n/developer-text';

/** One line of a developer detail: what it is, and the raw value (a path, an errcode, an endpoint). */
export interface DeveloperRow {
  label: Localized;
  code: string;
}

/** What a developer needs to see and a merchant does not: raw names and numbers, plus notes. */
export interface DeveloperFacts {
  rows: readonly DeveloperRow[];
  notes?: readonly Localized[];
}

/** True when there is nothing to show. */
export const noDeveloperFacts = (facts: DeveloperFacts | undefined): boolean =>
  facts === undefined || (facts.rows.length === 0 && (facts.notes?.length ?? 0) === 0);

/**
 * The one place raw field paths, errcodes, endpoints and internal IDs appear (issue 11, problems 2
 * and 8): folded by default under 开发者信息, so the merchant reads the help and the message, and a
 * developer opens it for the names. A native disclosure: keyboard and screen readers handle it, and
 * it costs nothing per field while closed.
 */
export function DeveloperDetail({ facts, className }: { facts: DeveloperFacts | undefined; className?: string }) {
  const t = useT();
  if (!facts || noDeveloperFacts(facts)) return null;
  return (
    <details className={className ? `dev-detail ${className}` : 'dev-detail'} data-testid="dev-detail">
      <summary className="dev-detail__summary">{t(developerText.summary)}</summary>
      {facts.rows.length > 0 && (
        <dl className="dev-detail__rows">
          {facts.rows.map((row) => (
            <div key={`${t(row.label)} ${row.code}`} className="dev-detail__row">
              <dt>{t(row.label)}</dt>
              <dd>
                <code>{row.code}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {facts.notes?.map((note, i) => (
        <p key={i} className="dev-detail__note">
          {t(note)}
        </p>
      ))}
    </details>
  );
}
