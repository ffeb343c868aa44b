import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Icon } from '../../components/Icon';
import { useNotice } from '../../platform/use-notice';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';
import { accountById, useAccountsStore } from '../../stores/accounts-store';
import { useBuilderStore } from '../../stores/builder-store';
import { AccountDetail } from './AccountDetail';
import { AccountForm } from './AccountForm';
import { AccountList } from './AccountList';
import { merchantById, useMerchantsStore } from '../../stores/merchants-store';
import { MerchantAddKind } from './MerchantAddKind';
import { MerchantDetail } from './MerchantDetail';
import { MerchantForm } from './MerchantForm';

/** 账号: the accounts on the left; the chosen one (or the add / edit form) on the right. */
export function AccountsScreen() {
  const t = useT();
  const status = useAccountsStore((s) => s.status);
  const error = useAccountsStore((s) => s.error);
  const accounts = useAccountsStore((s) => s.accounts);
  const problems = useAccountsStore((s) => s.problems);
  const view = useAccountsStore((s) => s.view);
  const notice = useAccountsStore((s) => s.notice);
  const batchAccountId = useBuilderStore((s) => s.batch.accountId);
  const merchants = useMerchantsStore((s) => s.merchants);
  const merchantView = useMerchantsStore((s) => s.view);
  const { load, dismissNotice } = useAccountsStore.getState();
  useEffect(() => void load(), [load]);
  useNotice('accounts-notice', notice && { tone: 'success', message: t(notice.message), seconds: 6, seq: notice.seq }, dismissNotice, 'accounts-toast');

  if (status === 'failed' && accounts.length === 0) {
    return (
      <div className="screen screen--centered">
        <EmptyState icon="user" title={accountsText.loadFailed} body={error ?? accountsText.unavailable}>
          <Button icon="refresh" onClick={() => void load()}>
            {t(accountsText.retry)}
          </Button>
        </EmptyState>
      </div>
    );
  }
  if (accounts.length === 0) {
    return <p className="app__loading">{t(accountsText.loading)}</p>;
  }
  // Nothing chosen yet: the open batch's account, else the built-in one (listed first).
  const shownId = view?.kind === 'account' || view?.kind === 'edit' ? view.accountId : (accountById(accounts, batchAccountId)?.id ?? accounts[0]?.id ?? null);
  const shown = accountById(accounts, shownId);
  // A merchant is shown while no 公众号 is chosen (choosing one sets the accounts view).
  const merchant = view === null && merchantView ? merchantById(merchants, merchantView.merchantId) : undefined;
  const showMerchant = useMerchantsStore.getState().show;
  return (
    <div className="accounts" data-testid="accounts">
      <AccountList selectedId={merchant ? null : shownId} />
      <section className="accounts__main" aria-label={t(accountsText.title)}>
        <div className="accounts__content">
          {status === 'failed' && error && (
            <div className="callout callout--error" role="alert">
              <Icon name="error" size={16} />
              <span>
                <b>{t(accountsText.loadFailed)}</b> {t(error)}
              </span>
            </div>
          )}
          {problems.map((problem, i) => (
            <div key={i} className="callout callout--error" role="alert">
              <Icon name="error" size={16} />
              <span>{t(problem)}</span>
            </div>
          ))}
          {view?.kind === 'create' && <MerchantAddKind />}
          {view?.kind === 'edit' && shown && <AccountForm key={`edit-${shown.id}`} account={shown} />}
          {merchant && merchantView?.kind === 'edit' && (
            <MerchantForm key={`edit-${merchant.id}`} merchant={merchant} onCancel={() => showMerchant({ kind: 'merchant', merchantId: merchant.id })} onSaved={(merchantId) => showMerchant({ kind: 'merchant', merchantId })} />
          )}
          {merchant && merchantView?.kind === 'merchant' && <MerchantDetail key={merchant.id} merchant={merchant} onEdit={() => showMerchant({ kind: 'edit', merchantId: merchant.id })} onRemoved={() => showMerchant(null)} />}
          {!merchant && view?.kind !== 'create' && view?.kind !== 'edit' && shown && <AccountDetail key={shown.id} account={shown} />}
        </div>
      </section>
    </div>
  );
}
