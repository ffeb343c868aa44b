import type { AccountView } from '../../../../common/ipc/channels/accounts';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';

/** The first letter of the account's name in a round badge: green for the sandbox, blue for live. */
export function AccountAvatar({ account, size = 'md' }: { account: Pick<AccountView, 'displayName' | 'environment'>; size?: 'sm' | 'md' | 'lg' }) {
  const t = useT();
  const initial = [...t(account.displayName).trim()][0] ?? '?';
  return (
    <span className={`account-avatar account-avatar--${size} account-avatar--${account.environment}`} aria-hidden="true">
      {initial.toUpperCase()}
    </span>
  );
}

/** 沙箱 / 正式. */
export function EnvBadge({ environment }: { environment: AccountView['environment'] }) {
  const t = useT();
  return (
    <span className={`env-badge env-badge--${environment}`} data-testid="env-badge" title={t(accountsText.envLong[environment])}>
      {t(accountsText.env[environment])}
    </span>
  );
}

/** 已加密保存 / 仅本次运行有效 / 需要重新输入 / 未设置 (the built-in account: 内置演示密钥). */
export function SecretChip({ account }: { account: Pick<AccountView, 'secretState' | 'builtIn'> }) {
  const t = useT();
  const state = account.builtIn ? 'builtin' : account.secretState;
  const icon = state === 'needs_reentry' || state === 'none' ? 'warning' : 'check';
  const label = account.builtIn ? accountsText.secretBuiltIn : accountsText.secret[account.secretState];
  return (
    <span className={`secret-chip secret-chip--${state}`} data-testid="secret-state" data-state={state}>
      <Icon name={icon} size={12} />
      {t(label)}
    </span>
  );
}
