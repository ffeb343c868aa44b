import { Button } from '../../components/Button';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { AccountAvatar, EnvBadge, SecretChip } from './account-bits';
import { MerchantList } from './MerchantList';

/** The left pane: every account (the built-in sandbox one first) and "add account". */
export function AccountList({ selectedId }: { selectedId: string | null }) {
  const t = useT();
  const accounts = useAccountsStore((s) => s.accounts);
  const view = useAccountsStore((s) => s.view);
  const show = useAccountsStore((s) => s.show);
  const creating = view?.kind === 'create';
  return (
    <aside className="account-pane" aria-label={t(accountsText.listLabel)}>
      <header className="account-pane__head">
        <span className="eyebrow">{t(accountsText.title)}</span>
        <span className="account-pane__count">{t(accountsText.count(accounts.length))}</span>
      </header>
      <ul className="account-list" data-testid="account-list">
        {accounts.map((account) => {
          const current = !creating && account.id === selectedId;
          return (
            <li key={account.id}>
              <button
                type="button"
                className={current ? 'account-row account-row--current' : 'account-row'}
                aria-current={current ? 'true' : undefined}
                onClick={() => show({ kind: 'account', accountId: account.id })}
                data-testid="account-row"
                data-account={account.id}
              >
                <AccountAvatar account={account} />
                <span className="account-row__text">
                  <span className="account-row__title">
                    <span className="account-row__name">{t(account.displayName)}</span>
                    <EnvBadge environment={account.environment} />
                  </span>
                  <span className="account-row__appid mono">{account.appid}</span>
                  <SecretChip account={account} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <MerchantList />
      <footer className="account-pane__foot">
        <Button variant="primary" icon="plus" className="account-pane__add" onClick={() => show({ kind: 'create' })} data-testid="add-account" disabled={creating}>
          {t(accountsText.add)}
        </Button>
      </footer>
    </aside>
  );
}
