import { fieldForPath } from '../../../../common/coupon/fields';
import type { Localized } from '../../../../common/i18n';
import type { Finding } from '../../../../common/validate';
import { DeveloperDetail } from '../../components/DeveloperDetail';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { builderText } from '../../i18n/builder-text';
import { developerText } from '../../i18n/developer-text';
import { previewText } from '../../i18n/preview-text';
import { sectionLabel, sectionOfPath } from '../../lib/editor-sections';
import { useBuilderStore, type InputIssue } from '../../stores/builder-store';

/** One row of the panel: a validator finding, or an input that did not parse. */
interface Row {
  path: string;
  code?: string;
  severity: 'error' | 'warning';
  message: Localized;
  errcode?: number;
}

/** Every error and warning of the selected draft; a click opens the field's section and focuses the field. */
export function FindingsPanel({ findings, issues }: { findings: readonly Finding[]; issues: readonly (InputIssue & { path: string })[] }) {
  const t = useT();
  const reveal = useBuilderStore((s) => s.revealFinding);
  const rows: Row[] = [
    ...issues.map((i) => ({ path: i.path, severity: 'error' as const, message: i.error })),
    ...findings.filter((f) => f.severity === 'error'),
    ...findings.filter((f) => f.severity === 'warning'),
  ];
  const errors = rows.filter((r) => r.severity === 'error').length;
  const warnings = rows.length - errors;
  return (
    <section className="findings" aria-labelledby="findings-title" data-testid="findings-panel">
      <header className="findings__head">
        <h2 id="findings-title" className="pane-title">
          {t(previewText.findings)}
        </h2>
        <span className="findings__counts">
          {errors > 0 && <span className="count count--error">{t(builderText.errors(errors))}</span>}
          {warnings > 0 && <span className="count count--warning">{t(builderText.warnings(warnings))}</span>}
        </span>
      </header>
      {rows.length === 0 ? (
        <p className="findings__ok">
          <Icon name="check" />
          {t(previewText.findingsNone)}
        </p>
      ) : (
        <ul className="findings__list">
          {rows.map((row, i) => {
            const meta = fieldForPath(row.path);
            const where = `${t(sectionLabel(sectionOfPath(row.path, row.code)))}${meta ? ` › ${t(meta.label)}` : ''}`;
            return (
              <li key={`${row.path}-${i}`} className="findings__item">
                <button type="button" className={`finding finding--${row.severity}`} onClick={() => reveal(row.path, row.code)} data-testid="finding" data-path={row.path}>
                  <Icon name={row.severity === 'error' ? 'error' : 'warning'} className="finding__icon" />
                  <span className="finding__body">
                    <span className="finding__where">{where}</span>
                    <span className="finding__message">{t(row.message)}</span>
                  </span>
                </button>
                {/* The path and errcode are for developers (issue 11, problem 8); a disclosure cannot sit inside the button. */}
                <DeveloperDetail
                  className="finding__dev"
                  facts={{
                    rows: [
                      { label: developerText.field, code: row.path || 'card' },
                      ...(row.errcode !== undefined ? [{ label: developerText.errcode, code: String(row.errcode) }] : []),
                      ...(row.code !== undefined ? [{ label: developerText.code, code: row.code }] : []),
                    ],
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
