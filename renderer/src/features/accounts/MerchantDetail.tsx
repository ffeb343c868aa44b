import { Button, Popconfirm } from 'antd';
import type { MerchantAccountView } from '../../../../common/ipc/channels/merchants';
import { formatChinaDateTime } from '../../../../common/units/china-time';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';
import { merchantFormText as text } from '../../i18n/merchant-form-text';
import { merchantText } from '../../i18n/merchant-text';
import { useMerchantsStore } from '../../stores/merchants-store';
import { MerchantBadges, MerchantSecretChip } from './MerchantBits';
import { MerchantConnectionSteps } from './MerchantConnectionSteps';

/** One merchant: its facts (no key, only where each is kept), 测试连接 with its steps, edit and remove. */
export function MerchantDetail({ merchant, onEdit, onRemoved }: { merchant: MerchantAccountView; onEdit(): void; onRemoved(): void }) {
  const t = useT();
  const connection = useMerchantsStore((s) => s.connections[merchant.id]);
  const { testConnection, remove } = useMerchantsStore.getState();
  const test = () => void testConnection(merchant.id);
  const f = text.facts;
  return (
    <div className="account-detail merchant-detail" data-testid="merchant-detail" data-merchant={merchant.id}>
      <header className="account-detail__head">
        <span className={`account-avatar account-avatar--lg merchant-avatar account-avatar--${merchant.environment === 'sandbox' ? 'sandbox' : 'weixin'}`} aria-hidden="true">
          ¥
        </span>
        <div className="account-detail__titles">
          <h2 className="account-detail__name" data-testid="merchant-name">
            {t(merchant.displayName)}
          </h2>
          <MerchantBadges merchant={merchant} />
        </div>
        <div className="account-detail__actions">
          <Button onClick={onEdit} data-testid="edit-merchant">
            {t(text.edit)}
          </Button>
          <Popconfirm title={t(text.removeConfirm(t(merchant.displayName)))} onConfirm={() => void remove(merchant.id).then((problem) => problem === null && onRemoved())} okButtonProps={{ danger: true, id: 'confirm-remove-merchant' }}>
            <Button danger data-testid="remove-merchant">
              {t(text.remove)}
            </Button>
          </Popconfirm>
          <Button type="primary" onClick={test} loading={connection?.status === 'testing'} data-testid="test-merchant">
            {t(connection?.status === 'testing' ? text.testing : text.test)}
          </Button>
        </div>
      </header>
      {connection && <MerchantConnectionSteps state={connection} onEdit={onEdit} onRetry={test} />}
      <section className="detail-card">
        <dl className="facts">
          <dt>{t(f.mchid)}</dt>
          <dd className="mono" data-testid="fact-mchid">
            {merchant.mchid}
          </dd>
          <dt>{t(f.serial)}</dt>
          <dd className="mono">{merchant.serialNo}</dd>
          <dt>{t(f.verification)}</dt>
          <dd>
            {merchant.verification === 'public-key' ? (
              <>
                {t(text.verificationPublicKey)} <span className="mono facts__note">{merchant.publicKeyId}</span>
              </>
            ) : (
              <>
                {t(text.verificationCertificate)}
                <span className="facts__note">{merchant.platformCertificates.map((c) => c.serialNo).join('、') || t(text.none)}</span>
              </>
            )}
          </dd>
          <dt>{t(f.keys)}</dt>
          <dd className="facts__inline">
            <MerchantSecretChip state={merchant.secrets.privateKey} />
            <MerchantSecretChip state={merchant.secrets.apiv3Key} />
          </dd>
          <dt>{t(f.appid)}</dt>
          <dd className="mono">{merchant.appid ?? t(text.none)}</dd>
          <dt>{t(f.environment)}</dt>
          <dd>{t(merchantText.envLong[merchant.environment])}</dd>
          <dt>{t(f.verified)}</dt>
          <dd data-testid="merchant-verified">
            {merchant.lastVerifiedAt === undefined ? t(accountsText.neverVerified) : t(accountsText.verifiedAt(formatChinaDateTime(Math.floor(merchant.lastVerifiedAt / 1000))))}
          </dd>
        </dl>
      </section>
    </div>
  );
}
