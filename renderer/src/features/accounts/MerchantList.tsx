import { useEffect } from 'react';
import { useT } from '../../i18n';
import { merchantText } from '../../i18n/merchant-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { useMerchantsStore } from '../../stores/merchants-store';
import { MerchantSecretChip } from './MerchantBits';

/** The merchants under the 公众号 in the accounts pane, each labelled 微信支付商户 with its mchid. */
export function MerchantList() {
  const t = useT();
  const merchants = useMerchantsStore((s) => s.merchants);
  const load = useMerchantsStore((s) => s.load);
  const selectedId = useMerchantsStore((s) => s.view?.merchantId ?? null);
  // A merchant is on show only while no 公众号 (or the add form) is.
  const accountsView = useAccountsStore((s) => s.view);
  const shownId = accountsView === null ? selectedId : null;
  const select = (merchantId: string) => {
    useAccountsStore.getState().show(null);
    useMerchantsStore.getState().show({ kind: 'merchant', merchantId });
  };
  useEffect(() => void load(), [load]);
  if (merchants.length === 0) return null;
  return (
    <section className="merchant-list" aria-label={t(merchantText.listTitle)} data-testid="merchant-list">
      <header className="account-pane__head">
        <span className="eyebrow">{t(merchantText.listTitle)}</span>
        <span className="account-pane__count">{merchants.length}</span>
      </header>
      <ul className="account-list merchant-list__rows">
        {merchants.map((merchant) => {
          const current = merchant.id === shownId;
          return (
            <li key={merchant.id}>
              <button
                type="button"
                className={current ? 'account-row account-row--current' : 'account-row'}
                aria-current={current ? 'true' : undefined}
                onClick={() => select(merchant.id)}
                data-testid="merchant-row"
                data-merchant={merchant.id}
              >
                <span className={`account-avatar account-avatar--md merchant-avatar account-avatar--${merchant.environment === 'sandbox' ? 'sandbox' : 'weixin'}`} aria-hidden="true">
                  ¥
                </span>
                <span className="account-row__text">
                  <span className="account-row__title">
                    <span className="account-row__name">{t(merchant.displayName)}</span>
                    <span className={`env-badge env-badge--${merchant.environment === 'sandbox' ? 'sandbox' : 'weixin'}`}>{t(merchantText.env[merchant.environment])}</span>
                  </span>
                  <span className="account-row__appid mono">
                    {t(merchantText.kindShort)} · {merchant.mchid}
                  </span>
                  <MerchantSecretChip state={merchant.secrets.privateKey} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
