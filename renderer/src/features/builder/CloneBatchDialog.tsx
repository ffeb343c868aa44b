import { Checkbox, Input, Select } from 'antd';
import { useState } from 'react';
import type { Localized } from '../../../../common/i18n';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { FieldShell } from '../../components/FieldShell';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { cloneText as text } from '../../i18n/clone-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { useBuilderStore } from '../../stores/builder-store';
import { useSaveStore } from '../../stores/save-store';

/** Copies the open batch for another account (agencies reuse one design across clients) and opens the copy. */
export function CloneBatchDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const batch = useBuilderStore((s) => s.batch);
  const accounts = useAccountsStore((s) => s.accounts).filter((a) => a.id !== batch.accountId);
  const cloneToAccount = useSaveStore((s) => s.cloneToAccount);
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? '');
  const chosen = accounts.find((a) => a.id === accountId);
  const [name, setName] = useState<string | null>(null);
  const [brandName, setBrandName] = useState('');
  const [servicePhone, setServicePhone] = useState('');
  const [clearStores, setClearStores] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Localized | null>(null);
  // The name follows the chosen account until the merchant types one.
  const shownName = name ?? (chosen ? `${batch.name} · ${t(chosen.displayName)}` : batch.name);

  const confirm = () => {
    if (!chosen) return;
    setBusy(true);
    setError(null);
    void cloneToAccount({
      accountId: chosen.id,
      name: shownName,
      substitutions: {
        ...(brandName.trim() ? { brand_name: brandName.trim() } : {}),
        ...(servicePhone.trim() ? { service_phone: servicePhone.trim() } : {}),
        ...(clearStores ? { location_id_list: [] } : {}),
      },
    }).then((problem) => {
      setBusy(false);
      if (problem) setError(problem);
      else onClose();
    });
  };

  return (
    <Dialog
      title={text.title}
      icon="copy"
      onCancel={onClose}
      testId="clone-dialog"
      actions={
        <>
          <Button onClick={onClose}>{t(text.cancel)}</Button>
          <Button variant="primary" icon="copy" onClick={confirm} disabled={busy || !chosen} data-autofocus="" data-testid="confirm-clone">
            {t(text.confirm)}
          </Button>
        </>
      }
    >
      <p>{t(text.body)}</p>
      {accounts.length === 0 ? (
        <p className="dialog__note">{t(text.noOtherAccount)}</p>
      ) : (
        <div className="clone-form">
          <FieldShell id="clone-account" label={text.account} required>
            {/* antd's Select is a real focus stop inside the Modal's focus trap (the native one was skipped). */}
            <Select<string>
              id="clone-account"
              className="clone-form__account"
              value={accountId}
              onChange={setAccountId}
              options={accounts.map((a) => ({ value: a.id, label: `${t(a.displayName)} · ${a.appid}` }))}
              data-testid="clone-account"
            />
          </FieldShell>
          <FieldShell id="clone-name" label={text.name} required>
            <Input id="clone-name" value={shownName} maxLength={100} onChange={(e) => setName(e.target.value)} data-testid="clone-name" />
          </FieldShell>
          <FieldShell id="clone-brand" label={text.brandName} help={text.brandHelp}>
            <Input id="clone-brand" value={brandName} onChange={(e) => setBrandName(e.target.value)} data-testid="clone-brand" />
          </FieldShell>
          <FieldShell id="clone-phone" label={text.servicePhone}>
            <Input id="clone-phone" value={servicePhone} onChange={(e) => setServicePhone(e.target.value)} />
          </FieldShell>
          <Checkbox checked={clearStores} onChange={(e) => setClearStores(e.target.checked)} data-testid="clone-clear-stores">
            {t(text.clearStores)}
          </Checkbox>
        </div>
      )}
      {error && (
        <p className="field__msg field__msg--error" role="alert">
          <Icon name="error" size={14} />
          <span>{t(error)}</span>
        </p>
      )}
    </Dialog>
  );
}
