import type { AccountView, ConnectionReport, FailedConnectionReport } from '../../../../common/ipc/channels/accounts';
import { formatChinaDateTime } from '../../../../common/units/china-time';
import { Button } from '../../components/Button';
import { DeveloperDetail } from '../../components/DeveloperDetail';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';
import { connectionText } from '../../i18n/connection-text';
import { developerText } from '../../i18n/developer-text';
import type { ConnectionState } from '../../stores/accounts-store';
import { CopyButton } from './CopyButton';

/** The headline of a failed step: by errcode where the catalog's meaning needs a short title. */
function headline(report: FailedConnectionReport) {
  if (report.stage === 'secret') return connectionText.headlineSecret;
  if (report.errcode === null) return connectionText.headlineNetwork;
  return connectionText.headline[report.errcode] ?? connectionText.headlineOther;
}

/** 40164: the exact address and where on the platform to add it (product-landscape.md §2.2). */
function WhitelistBox({ ip, ipv6 }: { ip: string; ipv6?: string | undefined }) {
  const t = useT();
  return (
    <div className="ip-box">
      <div className="ip-box__row">
        <span className="ip-box__label">{t(connectionText.ipLabel)}</span>
        <code className="ip-box__ip" data-testid="whitelist-ip">
          {ip}
        </code>
        <CopyButton text={ip} testId="copy-ip" />
      </div>
      {ipv6 && (
        <div className="ip-box__row">
          <span className="ip-box__label">{t(connectionText.ipv6Label)}</span>
          <code className="ip-box__ip ip-box__ip--v6">{ipv6}</code>
          <CopyButton text={ipv6} />
        </div>
      )}
      <div className="ip-box__where">
        <span className="ip-box__label">{t(connectionText.whitelistWhere)}</span>
        <span className="ip-box__path" data-testid="whitelist-path">
          {t(connectionText.whitelistPath)}
        </span>
      </div>
      <p className="ip-box__note">{t(connectionText.whitelistNote)}</p>
    </div>
  );
}

/** A failed test: what failed, why, what to do — and the IP, the secret button or the network checks. */
function Failed({ report, account, onEdit, onRetry }: { report: FailedConnectionReport; account: AccountView; onEdit(): void; onRetry(): void }) {
  const t = useT();
  const wantsSecret = !account.builtIn && (report.stage === 'secret' || report.errcode === 40125);
  const network = report.stage === 'network' || (report.errcode === null && report.stage !== 'secret');
  return (
    <section className="result result--failed" role="alert" data-testid="connection-result" data-state="failed" data-errcode={report.errcode ?? undefined}>
      <header className="result__head">
        <Icon name="error" size={18} />
        <h4 className="result__title">{t(headline(report))}</h4>
      </header>
      <p className="result__stage">{t(connectionText.failedAt(t(connectionText.stage[report.stage])))}</p>
      {report.whitelistIp && <WhitelistBox ip={report.whitelistIp.ip} ipv6={report.whitelistIp.ipv6} />}
      <dl className="result__explain">
        <dt>{t(connectionText.meaning)}</dt>
        <dd data-testid="result-meaning">{t(report.meaning)}</dd>
        <dt>{t(connectionText.fix)}</dt>
        <dd data-testid="result-fix">{t(report.fix)}</dd>
      </dl>
      {network && (
        <div className="result__checks-box">
          <p className="result__checks-title">{t(connectionText.networkCheckTitle)}</p>
          <ul className="result__bullets">
            {connectionText.networkChecks.map((check, i) => (
              <li key={i}>{t(check)}</li>
            ))}
          </ul>
        </div>
      )}
      {/* The errcode and rid are for developers and support (issue 11, problem 8). */}
      <DeveloperDetail
        facts={{
          rows: [
            ...(report.errcode !== null ? [{ label: developerText.errcode, code: String(report.errcode) }] : []),
            ...(report.rid ? [{ label: developerText.rid, code: report.rid }] : []),
          ],
        }}
      />
      <footer className="result__actions">
        {wantsSecret && (
          <Button variant="primary" size="sm" icon="edit" onClick={onEdit}>
            {t(connectionText.reenterSecret)}
          </Button>
        )}
        {network && !account.builtIn && (
          <Button size="sm" icon="settings" onClick={onEdit}>
            {t(connectionText.openSettings)}
          </Button>
        )}
        <Button size="sm" variant="ghost" onClick={onRetry}>
          {t(connectionText.again)}
        </Button>
      </footer>
    </section>
  );
}

/** The panel under "测试连接": success with the store counts, or a failure explained. */
export function ConnectionResult({ state, account, onEdit, onRetry }: { state: ConnectionState; account: AccountView; onEdit(): void; onRetry(): void }) {
  const t = useT();
  if (state.status === 'testing') {
    return (
      <section className="result result--testing" aria-live="polite" data-testid="connection-result" data-state="testing">
        <span className="spinner" aria-hidden="true" />
        {t(accountsText.testing)}
      </section>
    );
  }
  if (state.status === 'error') {
    return (
      <section className="result result--failed" role="alert" data-testid="connection-result" data-state="error">
        <header className="result__head">
          <Icon name="error" size={18} />
          <h4 className="result__title">{t(connectionText.failedToRun)}</h4>
        </header>
        <p className="result__stage">{t(state.error)}</p>
      </section>
    );
  }
  const report: ConnectionReport = state.report;
  if (report.status === 'failed') return <Failed report={report} account={account} onEdit={onEdit} onRetry={onRetry} />;
  const when = formatChinaDateTime(Math.floor(report.verifiedAt / 1000));
  return (
    <section className="result result--ok" role="status" data-testid="connection-result" data-state="connected">
      <header className="result__head">
        <Icon name="check" size={18} />
        <h4 className="result__title">{t(connectionText.okTitle)}</h4>
        <span className="result__time">{t(connectionText.verifiedAt(when))}</span>
      </header>
      <ul className="result__list">
        <li>
          <Icon name="check" size={14} />
          {t(connectionText.okToken(Math.round(report.tokenExpiresIn / 60)))}
        </li>
        <li data-testid="result-stores">
          <Icon name="store" size={14} />
          {t(report.stores.total === 0 ? connectionText.okNoStores : connectionText.okStores(report.stores.total, report.stores.usable))}
        </li>
        <li>
          <Icon name="check" size={14} />
          {t(connectionText.okCardApi)}
        </li>
      </ul>
      <DeveloperDetail facts={{ rows: [{ label: developerText.endpoint, code: account.tokenMode === 'stable' ? 'stable_token' : 'cgi-bin/token' }] }} />
    </section>
  );
}
