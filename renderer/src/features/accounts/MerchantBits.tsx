import { Tag } from 'antd';
import type { SecretState } from '../../../../common/ipc/channels/accounts';
import type { MerchantAccountView } from '../../../../common/ipc/channels/merchants';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { merchantText } from '../../i18n/merchant-text';

/** 微信支付商户 + 沙箱/正式: the kind is always named, so a merchant is never mistaken for a 公众号. */
export function MerchantBadges({ merchant }: { merchant: Pick<MerchantAccountView, 'environment'> }) {
  const t = useT();
  return (
    <span className="account-detail__badges">
      <Tag color="green" className="merchant-kind" data-testid="merchant-kind">
        {t(merchantText.kind)}
      </Tag>
      <span className={`env-badge env-badge--${merchant.environment === 'sandbox' ? 'sandbox' : 'weixin'}`} title={t(merchantText.envLong[merchant.environment])}>
        {t(merchantText.env[merchant.environment])}
      </span>
    </span>
  );
}

/** Where a key is kept (已加密保存 / 仅本次运行有效 / …), never the key. */
export function MerchantSecretChip({ state }: { state: SecretState }) {
  const t = useT();
  const icon = state === 'needs_reentry' || state === 'none' ? 'warning' : 'check';
  return (
    <span className={`secret-chip secret-chip--${state}`} data-testid="merchant-secret-state" data-state={state}>
      <Icon name={icon} size={12} />
      {t(merchantText.secret[state])}
    </span>
  );
}
