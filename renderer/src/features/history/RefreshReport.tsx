import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { historyText } from '../../i18n/history-text';
import { useHistoryStore } from '../../stores/history-store';

/** What 刷新审核状态 did: cards checked and changed, and how many API calls it spent (the daily quota, §2.4). */
export function RefreshReport() {
  const t = useT();
  const report = useHistoryStore((s) => s.refreshReport);
  const error = useHistoryStore((s) => s.refreshError);
  const dismiss = useHistoryStore((s) => s.dismissRefresh);
  if (!report && !error) return null;
  const close = <Button size="sm" variant="ghost" icon="close" aria-label={t(historyText.dismiss)} onClick={dismiss} className="refresh-report__close" />;
  if (error || !report) {
    return (
      <div className="callout callout--error refresh-report" role="alert" data-testid="refresh-report" data-state="failed">
        <Icon name="error" size={16} />
        <span>
          <b>{t(historyText.refreshFailed)}</b> {error ? t(error) : ''}
        </span>
        {close}
      </div>
    );
  }
  return (
    <div className={`callout refresh-report${report.failures.length > 0 ? ' callout--warning' : ''}`} role="status" data-testid="refresh-report" data-state="done" data-calls={report.callsUsed}>
      <Icon name={report.failures.length > 0 ? 'warning' : 'check'} size={16} />
      <div className="refresh-report__text">
        <p data-testid="refresh-summary">{t(historyText.refreshed(report.checked, report.changed, report.callsUsed))}</p>
        {report.skippedFinal > 0 && <p className="refresh-report__sub">{t(historyText.refreshSkipped(report.skippedFinal))}</p>}
        {report.remaining > 0 && <p className="refresh-report__sub">{t(historyText.refreshRemaining(report.remaining))}</p>}
        {report.failures.map((f, i) => (
          <p key={`${f.accountId}-${i}`} className="refresh-report__sub">
            {t(f.message)}
          </p>
        ))}
      </div>
      {close}
    </div>
  );
}
