import { useState } from 'react';
import type { AccountView } from '../../../../common/ipc/channels/accounts';
import { formatChinaDateTime } from '../../../../common/units/china-time';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { SandboxPanel } from '../sandbox/SandboxPanel';
import { AccountAvatar, EnvBadge, SecretChip } from './account-bits';
import { ConnectionResult } from './ConnectionResult';
import { RemoveAccountDialog } from './RemoveAccountDialog';
import { SecretStorageCard } from './SecretStorageCard';

const f = accountsText.fields;

/** product-landscape.md §0: since 2021-04-01 most accounts cannot create these five coupon types. */
function LiveNotice() {
  const t = useT();
  return (
    <div className="callout callout--warning" data-testid="live-notice">
      <Icon name="warning" size={16} />
      <div>
        <p className="callout__title">{t(accountsText.liveNotice.title)}</p>
        <p>{t(accountsText.liveNotice.body)}</p>
      </div>
    </div>
  );
}

/** The profile as facts: AppID, environment, token mode, secret state, last verified, concurrency, proxy. */
function Facts({ account, verifiedAt }: { account: AccountView; verifiedAt: number | undefined }) {
  const t = useT();
  return (
    <section className="detail-card" aria-label={t(accountsText.title)}>
      <dl className="facts">
        <dt>{t(f.appid)}</dt>
        <dd className="mono" data-testid="fact-appid">
          {account.appid}
        </dd>
        <dt>{t(f.environment)}</dt>
        <dd className="facts__inline">
          <EnvBadge environment={account.environment} />
          <span className="facts__note">{t(accountsText.envLong[account.environment])}</span>
        </dd>
        <dt>{t(f.token)}</dt>
        <dd data-testid="fact-token">
          <span className="facts__inline">
            {account.tokenMode === 'classic' && <Icon name="warning" size={14} className="facts__warn" />}
            {t(accountsText.token[account.tokenMode])}
          </span>
          <span className={account.tokenMode === 'classic' ? 'facts__note facts__note--warning' : 'facts__note'}>
            {t(account.tokenMode === 'classic' ? accountsText.classicWarning : accountsText.tokenDesc.stable)}
          </span>
        </dd>
        <dt>{t(f.secret)}</dt>
        <dd>
          <SecretChip account={account} />
          {!account.builtIn && <span className="facts__note">{t(accountsText.secretHint[account.secretState])}</span>}
        </dd>
        <dt>{t(f.verified)}</dt>
        <dd data-testid="fact-verified">{verifiedAt === undefined ? t(accountsText.neverVerified) : t(accountsText.verifiedAt(formatChinaDateTime(Math.floor(verifiedAt / 1000))))}</dd>
        <dt>{t(f.concurrency)}</dt>
        <dd>{t(accountsText.concurrencyValue(account.settings.concurrency))}</dd>
        <dt>{t(f.proxy)}</dt>
        <dd className={account.settings.proxy ? 'mono' : undefined}>{account.settings.proxy ?? t(accountsText.direct)}</dd>
      </dl>
    </section>
  );
}

/** One account: its facts, test connection and the result, and (built-in) the sandbox panel. */
export function AccountDetail({ account }: { account: AccountView }) {
  const t = useT();
  const connection = useAccountsStore((s) => s.connections[account.id]);
  const secretStorage = useAccountsStore((s) => s.secretStorage);
  const { testConnection, show } = useAccountsStore.getState();
  const [removing, setRemoving] = useState(false);
  const tested = useAccountsStore((s) => s.verifiedAt[account.id]);
  const verifiedAt = Math.max(account.lastVerifiedAt ?? -1, tested ?? -1);
  const edit = () => show({ kind: 'edit', accountId: account.id });
  const test = () => void testConnection(account.id);
  return (
    <div className="account-detail" data-testid="account-detail" data-account={account.id}>
      <header className="account-detail__head">
        <AccountAvatar account={account} size="lg" />
        <div className="account-detail__titles">
          <h2 className="account-detail__name" data-testid="account-name">
            {t(account.displayName)}
          </h2>
          <div className="account-detail__badges">
            <EnvBadge environment={account.environment} />
            {account.builtIn && <span className="tag tag--muted">{t(accountsText.builtIn)}</span>}
          </div>
        </div>
        <div className="account-detail__actions">
          {!account.builtIn && (
            <>
              <Button icon="edit" onClick={edit} data-testid="edit-account">
                {t(accountsText.edit)}
              </Button>
              <Button variant="danger" icon="trash" onClick={() => setRemoving(true)} data-testid="remove-account">
                {t(accountsText.remove)}
              </Button>
            </>
          )}
          <Button variant="primary" icon="link" onClick={test} disabled={connection?.status === 'testing'} data-testid="test-connection">
            {t(connection?.status === 'testing' ? accountsText.testing : accountsText.test)}
          </Button>
        </div>
      </header>
      {connection && <ConnectionResult state={connection} account={account} onEdit={edit} onRetry={test} />}
      {account.builtIn && (
        <p className="callout">
          <Icon name="info" size={16} />
          <span>{t(accountsText.builtInHint)}</span>
        </p>
      )}
      {account.environment === 'weixin' && <LiveNotice />}
      <Facts account={account} verifiedAt={verifiedAt < 0 ? undefined : verifiedAt} />
      {account.builtIn && <SandboxPanel />}
      {!account.builtIn && secretStorage && <SecretStorageCard info={secretStorage} />}
      {removing && <RemoveAccountDialog account={account} onClose={() => setRemoving(false)} />}
    </div>
  );
}
