import { useEffect } from 'react';
import { localized, type Localized } from '../../../../common/i18n';
import type { AccountView } from '../../../../common/ipc/channels/accounts';
import { Icon } from '../../components/Icon';
import { Menu, type MenuItem } from '../../components/Menu';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';
import { frameText } from '../../i18n/frame-text';
import { accountById, useAccountsStore } from '../../stores/accounts-store';
import { useAppStore } from '../../stores/app-store';
import { useBuilderStore } from '../../stores/builder-store';
import { AccountAvatar } from './account-bits';
import { merchantById, useMerchantsStore } from '../../stores/merchants-store';
import { merchantText } from '../../i18n/merchant-text';

const text = frameText.account;

/** "沙箱 · 内置演示密钥" / "正式 · wx…2046 · 仅本次运行有效": what a menu entry needs to say. */
function hintOf(account: AccountView): Localized {
  const env = accountsText.env[account.environment];
  const secret = account.builtIn ? accountsText.secretBuiltIn : accountsText.secret[account.secretState];
  return localized(`${env['zh-CN']} · ${account.appid} · ${secret['zh-CN']}`, `${env.en} · ${account.appid} · ${secret.en}`);
}

/**
 * The top bar's account switcher: the open batch's account with its environment, a menu of
 * accounts (with their secret state) and 管理账号…; choosing one sets the batch's accountId
 * through the builder store, so autosave keeps it. No account = offline drafting.
 */
export function AccountSwitcher() {
  const t = useT();
  const accounts = useAccountsStore((s) => s.accounts);
  const accountId = useBuilderStore((s) => s.batch.accountId);
  const setAccount = useBuilderStore((s) => s.setAccount);
  const showScreen = useAppStore((s) => s.showScreen);
  const merchants = useMerchantsStore((s) => s.merchants);
  useEffect(() => void useMerchantsStore.getState().load(), []);
  const current = accountById(accounts, accountId);
  // A 商家券 batch's account is a WeChat Pay merchant: shown with its kind, never as "removed".
  const merchant = current ? undefined : merchantById(merchants, accountId);
  const missing = accountId !== null && !current && !merchant && accounts.length > 0;

  const loading = accountId !== null && accounts.length === 0;
  const name = current ? t(current.displayName) : merchant ? t(merchant.displayName) : t(missing ? text.removed : loading ? text.loading : text.none);
  const items: MenuItem[] = [
    ...accounts.map((account, i) => ({
      key: account.id,
      label: account.displayName,
      hint: hintOf(account),
      visual: <AccountAvatar account={account} size="sm" />,
      checked: account.id === accountId,
      ...(i === 0 ? { group: text.group } : {}),
      onSelect: () => setAccount(account.id),
    })),
    ...merchants.map((m, i) => ({
      key: m.id,
      label: m.displayName,
      hint: localized(`${merchantText.kind['zh-CN']} · ${merchantText.env[m.environment]['zh-CN']} · 商户号 ${m.mchid}`, `${merchantText.kind.en} · ${merchantText.env[m.environment].en} · mchid ${m.mchid}`),
      icon: 'store' as const,
      checked: m.id === accountId,
      ...(i === 0 ? { group: merchantText.listTitle } : {}),
      onSelect: () => setAccount(m.id),
    })),
    { key: 'offline', label: text.offlineItem, hint: text.offlineHint, icon: 'cloudOff', checked: accountId === null, onSelect: () => setAccount(null) },
    {
      key: 'manage',
      label: text.manage,
      hint: text.manageHint,
      icon: 'settings',
      group: accountsText.title,
      onSelect: () => {
        if (current) useAccountsStore.getState().show({ kind: 'account', accountId: current.id });
        showScreen('accounts');
      },
    },
  ];

  return (
    <Menu
      label={text.menu(name)}
      items={items}
      align="end"
      testId="account-slot"
      popupClassName="account-menu"
      onOpen={() => {
        void useAccountsStore.getState().load();
        void useMerchantsStore.getState().load();
      }}
      trigger={{
        className: 'account-slot',
        title: t(current ? hintOf(current) : missing ? text.removedHint : text.hint),
        content: (
          <>
            {current ? (
              <AccountAvatar account={current} size="sm" />
            ) : (
              <span className="account-slot__avatar">
                <Icon name={missing ? 'warning' : 'user'} size={14} />
              </span>
            )}
            <span className="account-slot__name" data-testid="account-slot-name">
              {name}
            </span>
            {current ? (
              <span className={`account-slot__state env-badge env-badge--${current.environment}`} data-testid="account-slot-env">
                {t(accountsText.env[current.environment])}
              </span>
            ) : merchant ? (
              <span className={`account-slot__state env-badge env-badge--${merchant.environment === 'sandbox' ? 'sandbox' : 'weixin'}`} data-testid="account-slot-env">
                {t(merchantText.kindShort)} · {t(merchantText.env[merchant.environment])}
              </span>
            ) : (
              !loading && <span className={missing ? 'account-slot__state account-slot__state--warning' : 'account-slot__state'}>{t(missing ? text.reselect : text.offline)}</span>
            )}
            <Icon name="chevronDown" size={14} />
          </>
        ),
      }}
    />
  );
}
