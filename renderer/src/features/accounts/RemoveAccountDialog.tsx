import { useState } from 'react';
import type { Localized } from '../../../../common/i18n';
import type { AccountView } from '../../../../common/ipc/channels/accounts';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { accountsText } from '../../i18n/accounts-text';
import { useAccountsStore } from '../../stores/accounts-store';
import { useBuilderStore } from '../../stores/builder-store';

const text = accountsText.removeConfirm;

/** "删除账号？" — says what goes (profile, saved secret) and what stays (drafts, history). */
export function RemoveAccountDialog({ account, onClose }: { account: AccountView; onClose(): void }) {
  const t = useT();
  const remove = useAccountsStore((s) => s.remove);
  const openBatchUsesIt = useBuilderStore((s) => s.batch.accountId === account.id);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Localized | null>(null);
  const confirm = () => {
    setBusy(true);
    void remove(account.id).then((problem) => {
      setBusy(false);
      if (problem) setError(problem);
      else onClose();
    });
  };
  return (
    <Dialog
      title={text.title(account.name)}
      icon="trash"
      tone="danger"
      onCancel={onClose}
      testId="remove-dialog"
      actions={
        <>
          <Button onClick={onClose} data-autofocus="">
            {t(text.cancel)}
          </Button>
          <Button variant="danger" icon="trash" onClick={confirm} disabled={busy} data-testid="confirm-remove">
            {t(text.confirm)}
          </Button>
        </>
      }
    >
      <p>{t(text.body)}</p>
      {openBatchUsesIt && <p className="dialog__note">{t(text.batch)}</p>}
      {error && (
        <p className="field__msg field__msg--error" role="alert">
          <Icon name="error" size={14} />
          <span>{t(error)}</span>
        </p>
      )}
    </Dialog>
  );
}
