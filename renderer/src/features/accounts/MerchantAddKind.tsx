import { Segmented } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n';
import { merchantFormText as text } from '../../i18n/merchant-form-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { useMerchantsStore } from '../../stores/merchants-store';
import { AccountForm } from './AccountForm';
import { MerchantForm } from './MerchantForm';

/** 添加账号: the two kinds (公众号 / 微信支付商户), then the form of the chosen one. */
export function MerchantAddKind() {
  const t = useT();
  const [kind, setKind] = useState<'official' | 'merchant'>('official');
  const done = (merchantId: string | null) => {
    useAccountsStore.getState().show(null);
    useMerchantsStore.getState().show(merchantId ? { kind: 'merchant', merchantId } : null);
  };
  return (
    <div className="merchant-add" data-testid="add-account-kind">
      <div className="merchant-add__kind" role="group" aria-label={t(text.kindLabel)}>
        <Segmented<'official' | 'merchant'>
          size="large"
          value={kind}
          onChange={setKind}
          options={[
            { value: 'official', label: <span data-testid="kind-official">{t(text.kindOfficial)}</span> },
            { value: 'merchant', label: <span data-testid="kind-merchant">{t(text.kindMerchant)}</span> },
          ]}
        />
        <p className="merchant-add__help">{t(text.kindHelp)}</p>
      </div>
      {kind === 'official' ? <AccountForm key="create" /> : <MerchantForm key="create-merchant" onCancel={() => done(null)} onSaved={done} />}
    </div>
  );
}
